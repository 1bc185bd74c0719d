import { describe, expect, it } from 'vitest';
import { amountLine, answerSummary, leadSentences, formatReasonValues, groupHints, yearlyValue } from '../../../src/lib/regelingen/present';
import { screen } from '../../../src/lib/regelingen/screen';
import { day, household } from './fixtures';
import { createTranslator } from '../../../src/lib/i18n/translator';
import nl from '../../../messages/nl.json' with { type: 'json' };
import ar from '../../../messages/ar.json' with { type: 'json' };

describe('results presentation', () => {
	it('formats reason values by kind: money, dates, years, numbers', () => {
		const v = formatReasonValues({ key: 'x', values: { limit: 1820.85, normDate: '2025-07-01', year: 2025, percent: 140 } }, 'nl');
		expect(v.limit).toBe('\u2066€\u00a01.820,85\u2069');
		expect(v.normDate).toBe('1 juli 2025');
		expect(v.year).toBe('2025');
		expect(v.percent).toBe('140');
	});
	it('groups by verdict, most valuable first, without losing any hint', () => {
		const hints = screen(household({ children: [7, 13], netMonthlyIncome: 1200 }), day('2025-08-01'));
		const groups = groupHints(hints);
		const all = [...groups.likely, ...groups.maybe, ...groups.unknown, ...groups.unlikely];
		expect(all.map((h) => h.id).sort()).toEqual(hints.map((h) => h.id).sort());
		for (const g of Object.values(groups)) for (let i = 1; i < g.length; i++) expect(yearlyValue(g[i - 1]!)).toBeGreaterThanOrEqual(yearlyValue(g[i]!));
		expect(groups.likely.map((h) => h.id)).toContain('kindtegoed');
	});
	it('gives an age as a number, so i18next can pick its plural form ("34 jaar", never a missing key)', () => {
		for (const [lang, messages] of [['nl', nl], ['ar', ar]] as const) {
			const line = answerSummary('age', { age: 34 }, lang)[0]!;
			// Outside the browser a missing message throws: a string count would find no plural form.
			const t = createTranslator(lang, messages as typeof nl);
			expect(t(line.key, line.values)).toContain('34');
		}
	});

	it('summarises answers for the check page', () => {
		expect(answerSummary('netMonthlyIncome', { netMonthlyIncome: null }, 'nl')).toEqual([{ key: 'regelingen.answer.dontKnow' }]);
		expect(answerSummary('rentPerMonth', { rentPerMonth: null }, 'nl')).toEqual([{ key: 'regelingen.answer.notRenting' }]);
		expect(answerSummary('children', { children: [3, 12] }, 'nl')[0]?.values?.ages).toBe('3 en 12');
		// Arabic lists are joined the Arabic way, with no Latin comma.
		expect(answerSummary('children', { children: [3, 7, 12] }, 'ar')[0]?.values?.ages).toBe('3 و7 و12');
		expect(answerSummary('hasDebts', { hasDebts: true }, 'nl')).toEqual([{ key: 'regelingen.answer.yes' }]);
		expect(answerSummary('care', { care: { hoursPerWeek: 9, longerThan3Months: false, caredForInDordrecht: true } }, 'nl').map((l) => l.key)).toEqual([
			'regelingen.summary.hoursPerWeek',
			'regelingen.summary.shorterThan3Months',
			'regelingen.summary.caredForInDordrecht'
		]);
		expect(answerSummary('alreadyReceives', { alreadyReceives: ['bijstand', 'zorgtoeslag'] }, 'nl').map((l) => l.key)).toEqual(['regelingen.scheme.bijstand.name', 'regelingen.scheme.zorgtoeslag.name']);
		expect(answerSummary('alreadyReceives', { alreadyReceives: [] }, 'nl')).toEqual([{ key: 'regelingen.answer.none' }]);
		expect(answerSummary('otherAdults', { otherAdults: [30] }, 'nl')).toEqual([{ key: 'regelingen.summary.childAges', values: { ages: '30' } }]);
	});
});

describe('the one line of a scheme in the result list', () => {
	it('takes the first sentence, in every script', () => {
		expect(leadSentences('Geld om van te leven. Vraag het aan.')).toBe('Geld om van te leven.');
		expect(leadSentences('استراحة من الرعاية. شخص آخر')).toBe('استراحة من الرعاية.');
		expect(leadSentences('ካብ ክንክን ዕረፍቲ። ካልእ ሰብ')).toBe('ካብ ክንክን ዕረፍቲ።');
		expect(leadSentences('Kun je dit betalen? Dan niet.')).toBe('Kun je dit betalen?');
		// No sentence end inside a figure ("1.820,85") or without a space after it.
		expect(leadSentences('Tot € 1.820,85 per maand')).toBe('Tot € 1.820,85 per maand');
	});
	it('adds the next sentences while they fit, and always keeps the first', () => {
		expect(leadSentences('Eén. Twee. Drie.', 10)).toBe('Eén. Twee.');
		expect(leadSentences('Eén. Twee. Drie.', 100)).toBe('Eén. Twee. Drie.');
		expect(leadSentences('Een lange eerste zin. Twee.', 5)).toBe('Een lange eerste zin.');
	});
	it('keeps every scheme line short enough for one row', () => {
		for (const [lang, messages] of Object.entries({ nl, ar })) {
			for (const [id, scheme] of Object.entries(messages.regelingen.scheme)) {
				const line = leadSentences((scheme as { explain: string }).explain);
				expect(line.length, `${lang} ${id}`).toBeLessThanOrEqual(130);
				expect(line.length, `${lang} ${id}`).toBeGreaterThan(15);
			}
		}
	});
});

describe('what a hint is worth, in one line', () => {
	const t = createTranslator('nl', nl as typeof nl);
	const base = { askWho: null, amount: { value: 310, period: 'month' as const, asOf: '2026-01-01', upTo: false, outdated: false, countsInTotal: true, computed: true, estimated: true } };
	it('marks an estimate and an "up to", and gives the year of an old amount', () => {
		expect(amountLine(t, base, 'nl')).toBe(`Ongeveer \u2066€\u00a0310\u2069 per maand (schatting)`);
		expect(amountLine(t, { ...base, amount: { ...base.amount, estimated: false, upTo: true } }, 'nl')).toMatch(/^Tot .*310.* per maand$/);
		expect(amountLine(t, { ...base, amount: { ...base.amount, estimated: false, outdated: true, asOf: '2023-01-01' } }, 'nl')).toMatch(/310.* per maand \(bedrag van 1 januari 2023\)$/);
		expect(amountLine(t, base, 'nl', { date: 'always' })).toMatch(/per maand \(schatting, bedrag van 1 januari 2026\)$/);
	});
	it('names who to ask for an unknown amount, and nothing for a service', () => {
		expect(amountLine(t, { amount: null, askWho: 'sdd' }, 'nl')).toMatch(/^Het bedrag weten we niet\. Vraag het aan .+\.$/);
		expect(amountLine(t, { amount: null, askWho: null }, 'nl')).toBeNull();
	});
});

describe('why a maybe is a maybe', () => {
	it('lists the open checks of a maybe, and none for a likely', () => {
		const maybe = screen(household({ netMonthlyIncome: null }), day('2026-07-01')).filter((h) => h.verdict === 'maybe');
		expect(maybe.length).toBeGreaterThan(0);
		for (const h of maybe) expect(h.openChecks.length, h.id).toBeGreaterThan(0);
		expect(maybe.some((h) => h.openChecks.some((c) => c.status === 'missing' && c.reason.key.includes('income')))).toBe(true);
		const likely = screen(household({ children: [7], netMonthlyIncome: 1100 }), day('2026-07-01')).filter((h) => h.verdict === 'likely');
		for (const h of likely) expect(h.openChecks, h.id).toEqual([]);
	});
});
