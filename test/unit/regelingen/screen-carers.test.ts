import { describe, expect, it } from 'vitest';
import { household, hint, keys } from './fixtures';
import type { CareAnswer } from '../../../src/lib/regelingen/household';
import { householdSchema } from '../../../src/lib/regelingen/household-schema';

/** The carer from issue #15: 67, caring 20 hours a week for his wife, who has dementia. */
const wife: CareAnswer = { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true, dementia: true, helpAtHome: false };
const carer = household({ age: 67, partner: true, partnerAge: 66, netMonthlyIncome: 2300, rentPerMonth: null, fullAow: true, care: wife });
const on = '2026-12-01';

describe('carer schemes (#15)', () => {
	it('the carer in the issue sees respite, carer support, the casemanager and the Wmo for his wife', () => {
		expect(hint(carer, 'respijtzorg', on).verdict).toBe('likely');
		expect(hint(carer, 'mantelzorgondersteuning', on).verdict).toBe('likely');
		expect(hint(carer, 'casemanager-dementie', on).verdict).toBe('likely');
		// The Wmo decides in a talk: never more than maybe.
		expect(hint(carer, 'wmo-ondersteuning', on).verdict).toBe('maybe');
		expect(householdSchema.safeParse(carer).success).toBe(true);
	});

	it('respijtzorg and mantelzorgondersteuning: any care counts; none gives unlikely; outside Dordrecht unlikely', () => {
		const little = household({ care: { hoursPerWeek: 2, longerThan3Months: false, caredForInDordrecht: true } });
		for (const id of ['respijtzorg', 'mantelzorgondersteuning']) {
			expect(hint(little, id, on).verdict).toBe('likely');
			expect(keys(hint(little, id, on))).toContain('caresForSomeone');
			expect(hint(household({ care: null }), id, on).verdict).toBe('unlikely');
			expect(keys(hint(household({ care: null }), id, on))[0]).toBe('noCare');
			expect(hint(household({ care: wife, livesInDordrecht: false }), id, on).verdict).toBe('unlikely');
		}
		expect(keys(hint(little, 'respijtzorg', on))).toContain('respijtSometimesIndication');
	});

	it('casemanager-dementie: dementia yes → likely, no → unlikely, not answered → unknown; not caring → unlikely', () => {
		const care = (dementia: CareAnswer['dementia']) => household({ care: { hoursPerWeek: 10, longerThan3Months: true, caredForInDordrecht: true, dementia } });
		expect(hint(care(true), 'casemanager-dementie', on).verdict).toBe('likely');
		expect(hint(care(false), 'casemanager-dementie', on).verdict).toBe('unlikely');
		expect(hint(care(null), 'casemanager-dementie', on).verdict).toBe('unknown');
		expect(hint(household({ care: { hoursPerWeek: 10, longerThan3Months: true, caredForInDordrecht: true } }), 'casemanager-dementie', on).verdict).toBe('unknown');
		expect(hint(household({ care: null }), 'casemanager-dementie', on).verdict).toBe('unlikely');
		// National (Zorgverzekeringswet): living outside Dordrecht does not matter; no eigen risico.
		expect(hint(household({ care: wife, livesInDordrecht: false }), 'casemanager-dementie', on).verdict).toBe('likely');
		expect(keys(hint(care(true), 'casemanager-dementie', on))).toEqual(expect.arrayContaining(['caredForDementia', 'noEigenRisico', 'casemanagerNoDiagnosisNeeded']));
	});

	it('wmo-ondersteuning: about the person cared for, with the contribution and its year', () => {
		const h = hint(carer, 'wmo-ondersteuning', on);
		expect(h.aboutCaredFor).toBe(true);
		expect(keys(h)).toEqual(expect.arrayContaining(['caresForSomeone', 'caredForNoHelpYet', 'wmoKitchenTable', 'ownContributionOutdated']));
		// On 1 December 2026 the newest tariff found is 2025's €21 a month: shown as an old figure.
		const contribution = h.reasons.find((r) => r.key.endsWith('ownContributionOutdated'));
		expect(contribution?.values).toEqual({ contribution: 21, year: 2025 });
		// In 2025 the same figure is current.
		expect(hint(carer, 'wmo-ondersteuning', '2025-06-01').reasons.find((r) => r.key.endsWith('.ownContribution'))?.values).toEqual({ contribution: 21, year: 2025 });
		// A service: no amount and no "ask who for the amount".
		expect(h.amount).toBeNull();
		expect(h.askWho).toBeNull();
		expect(h.sources.some((s) => s.url.includes('wetten.overheid.nl/BWBR0035733'))).toBe(true);
	});

	it('wmo-ondersteuning: already getting help is shown, without changing the verdict; not caring is unlikely and not about someone else', () => {
		const helped = household({ care: { ...wife, helpAtHome: true } });
		expect(keys(hint(helped, 'wmo-ondersteuning', on))).toContain('caredForHasHelp');
		expect(hint(helped, 'wmo-ondersteuning', on).verdict).toBe('maybe');
		const unknownHelp = household({ care: { hoursPerWeek: 5, longerThan3Months: false, caredForInDordrecht: true } });
		expect(keys(hint(unknownHelp, 'wmo-ondersteuning', on))).not.toContain('caredForHasHelp');
		expect(keys(hint(unknownHelp, 'wmo-ondersteuning', on))).not.toContain('caredForNoHelpYet');
		const none = hint(household({ care: null }), 'wmo-ondersteuning', on);
		expect(none.verdict).toBe('unlikely');
		expect(keys(none)[0]).toBe('wmoNoCare');
		expect(none.aboutCaredFor).toBeUndefined();
	});

	it('only the schemes for the person cared for are marked as such', () => {
		expect(hint(carer, 'casemanager-dementie', on).aboutCaredFor).toBe(true);
		expect(hint(carer, 'respijtzorg', on).aboutCaredFor).toBeUndefined();
		expect(hint(carer, 'mantelzorgwaardering', on).aboutCaredFor).toBeUndefined();
	});
});

describe('the missing schemes (#15)', () => {
	it('tegemoetkoming-alleenverdieners: couples only, €1,100 once in 2026 (€1,000 in 2025), decided by the municipality', () => {
		const couple = household({ partner: true, partnerAge: 50, netMonthlyIncome: 1900 });
		const h = hint(couple, 'tegemoetkoming-alleenverdieners', '2026-03-01');
		expect(h.verdict).toBe('maybe');
		expect(h.amount).toMatchObject({ value: 1100, period: 'once', asOf: '2026-01-01', outdated: false });
		expect(hint(couple, 'tegemoetkoming-alleenverdieners', '2025-06-01').amount).toMatchObject({ value: 1000, asOf: '2025-01-01' });
		expect(hint(household({ partner: false }), 'tegemoetkoming-alleenverdieners', '2026-03-01').verdict).toBe('unlikely');
		expect(keys(hint(household({ partner: false }), 'tegemoetkoming-alleenverdieners', '2026-03-01'))[0]).toBe('needsPartner');
		expect(hint({ ...couple, livesInDordrecht: false }, 'tegemoetkoming-alleenverdieners', '2026-03-01').verdict).toBe('unlikely');
		expect(h.sources[0]?.url).toContain('stcrt-2025-44064');
		// After 2026 the 2026 figure is shown as outdated rather than as current.
		expect(hint(couple, 'tegemoetkoming-alleenverdieners', '2027-03-01').amount?.outdated).toBe(true);
	});

	it('sun-drechtsteden: only through a professional helper, when there are debts or unpaid bills', () => {
		const h = hint(household({ hasDebts: true }), 'sun-drechtsteden', on);
		expect(h.verdict).toBe('maybe');
		expect(keys(h)).toContain('onlyViaProfessional');
		expect(h.apply.channels).toEqual(['via-helper']);
		expect(hint(household({ hasDebts: false }), 'sun-drechtsteden', on).verdict).toBe('unlikely');
		expect(hint(household({ hasDebts: null }), 'sun-drechtsteden', on).verdict).toBe('unknown');
	});

	it('hulpteam-toeslagen: the app does not ask whether someone was harmed, so at most maybe; Drechtsteden only', () => {
		expect(hint(household(), 'hulpteam-toeslagen', on).verdict).toBe('maybe');
		expect(hint(household({ livesInDordrecht: false }), 'hulpteam-toeslagen', on).verdict).toBe('unlikely');
	});

	it('tegemoetkoming-kinderopvang (SDD): needs childcare; the SDD groups cannot be checked', () => {
		expect(hint(household({ children: [2], childcare: true }), 'tegemoetkoming-kinderopvang', on).verdict).toBe('maybe');
		expect(hint(household({ children: [2], childcare: false }), 'tegemoetkoming-kinderopvang', on).verdict).toBe('unlikely');
		expect(hint(household({ children: [2], childcare: true }), 'tegemoetkoming-kinderopvang', on).askWho).toBe('sdd');
	});

	it('jarige-job: a child of 1 to 18 and a low income; a box worth about €35, not counted in the total', () => {
		const parent = household({ children: [6], netMonthlyIncome: 1200 });
		const h = hint(parent, 'jarige-job', on);
		expect(h.verdict).toBe('maybe');
		expect(h.amount).toMatchObject({ value: 35, period: 'once', countsInTotal: false });
		expect(hint(household({ children: [0] }), 'jarige-job', on).verdict).toBe('unlikely');
		expect(hint(household({ children: [19] }), 'jarige-job', on).verdict).toBe('unlikely');
		// Far above every known local income limit (150% of the norm) it is unlikely.
		expect(hint(household({ children: [6], netMonthlyIncome: 4000 }), 'jarige-job', on).verdict).toBe('unlikely');
	});

	it('nationaal-fonds-kinderhulp: children up to 21, low income, always through an intermediary', () => {
		const h = hint(household({ children: [20], netMonthlyIncome: 1200 }), 'nationaal-fonds-kinderhulp', on);
		expect(h.verdict).toBe('maybe');
		expect(keys(h)).toContain('onlyViaIntermediary');
		expect(h.apply.channels).toEqual(['via-helper']);
		expect(hint(household({ children: [22] }), 'nationaal-fonds-kinderhulp', on).verdict).toBe('unlikely');
		expect(hint(household({ children: [] }), 'nationaal-fonds-kinderhulp', on).verdict).toBe('unlikely');
		expect(hint(household({ children: [8], netMonthlyIncome: 4000 }), 'nationaal-fonds-kinderhulp', on).verdict).toBe('unlikely');
	});

	it('kledingbank: low income, in Dordrecht; its address is unknown, so the hint says who to ask', () => {
		const h = hint(household({ netMonthlyIncome: 1100 }), 'kledingbank', on);
		expect(h.verdict).toBe('maybe');
		expect(keys(h)).toContain('kledingbankAskFirst');
		expect(hint(household({ netMonthlyIncome: 4000 }), 'kledingbank', on).verdict).toBe('unlikely');
		expect(hint(household({ livesInDordrecht: false }), 'kledingbank', on).verdict).toBe('unlikely');
	});
});
