import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/lib/regelingen/estimates';
import type { Household } from '../../../src/lib/regelingen/household';
import { netFromGross, toetsingsinkomenFromNet } from '../../../src/lib/regelingen/income-tax';
import { NORMS } from '../../../src/lib/regelingen/norms';
import { contextFor } from '../../../src/lib/regelingen/screen';
import { day, hint, household } from './fixtures';

const tax2026 = NORMS.incomeTax[0] as (typeof NORMS.incomeTax)[number];

/** An estimate for a household whose toetsingsinkomen is given directly (the published examples give gross income). */
function withIncome(id: Parameters<typeof estimate>[0], h: Household, toetsingsinkomen: number, on = '2026-03-01') {
	const ctx = contextFor(h, day(on));
	ctx.memo.ti = { value: toetsingsinkomen, sources: [] };
	return estimate(id, ctx)?.value;
}

describe('toetsingsinkomen from net income (2026 income tax and heffingskortingen)', () => {
	it('inverts the tax exactly: the gross found gives back the net asked, for every kind of person and income', () => {
		// Every 3 euros of net income from 0 to 9,000 a month crosses every kink of the 2026 tax and credits.
		// Rounding the gross to whole euros moves the net by at most half a euro (net rises at most 1:1 with gross).
		for (const person of [{ atAow: false, single: true }, { atAow: false, single: false }, { atAow: true, single: true }, { atAow: true, single: false }]) {
			let previous = -1;
			for (let net = 0; net <= 9000; net += 3) {
				const gross = toetsingsinkomenFromNet(tax2026, net, person);
				expect(Math.abs(netFromGross(tax2026, gross, person) - net * 12 * 1.08)).toBeLessThanOrEqual(0.5);
				expect(gross).toBeGreaterThanOrEqual(previous);
				previous = gross;
			}
		}
	});
	it('gives the single mother (net 1,650 a month) a gross of about 22,028 a year', () => {
		expect(toetsingsinkomenFromNet(tax2026, 1650, { atAow: false, single: true })).toBe(22028);
	});
	it('from AOW age uses the AOW rates and the ouderenkorting', () => {
		expect(toetsingsinkomenFromNet(tax2026, 1500, { atAow: true, single: true })).toBe(19440);
	});
});

describe('zorgtoeslag 2026 (Wzt art. 2): standaardpremie 2,119 minus the normpremie', () => {
	// Published: Belastingdienst "Hoeveel zorgtoeslag krijg ik?", table 2026 (monthly amounts rounded), retrieved
	// 2026-10-07/09 as transcribed in TheAndries/toeslagrecht cases zt-2026-*. Tolerance 1 euro: the table rounds
	// each row to whole euros (the Dienst's rounding rule is not in the law), the app rounds down.
	const cases: Array<[string, boolean, number, number]> = [
		['no partner, up to 29,500', false, 29500, 129],
		['no partner, up to 35,000', false, 35000, 69],
		['with partner, up to 40,000', true, 40000, 129]
	];
	for (const [name, partner, income, published] of cases) {
		it(`${name}: within 1 euro of the published ${published}`, () => {
			const h = household(partner ? { partner: true, partnerAge: 40 } : {});
			expect(Math.abs((withIncome('zorgtoeslag', h, income) ?? 0) - published)).toBeLessThanOrEqual(1);
		});
	}
	it('reaches zero just above the 2026 ceiling (40,857 without a partner)', () => {
		// The Dienst pays nothing below a small yearly minimum (Awir art. 14), hence its ceiling sits a little lower.
		expect(withIncome('zorgtoeslag', household(), 41000)).toBe(0);
		expect(withIncome('zorgtoeslag', household(), 40000)).toBeGreaterThan(0);
	});
});

describe('huurtoeslag 2026 (Wht art. 21): rekenvoorbeelden of Kamerstukken II 2024/25, 36 608', () => {
	// nr. 6 par. 3.1 as transcribed in the regelrecht scenario "huurtoeslag 2026 — verzegelde rekenvoorbeelden".
	// The ministry calculated them with 2024 parameters ("de parameters voor 2025/2026 kunnen niet gedeeld worden"):
	// minimum-inkomensijkpunt 20,700 (2026: 23,425), normhuur 226.67 (2026: basishuur 202.52). So the 2026 formula
	// lands higher; the tolerance is 20% of the published amount, about the size of that parameter change.
	const tolerance = (published: number) => published * 0.2;
	it('example 1: single, rent 700, income 25,000 → 355.18', () => {
		const value = withIncome('huurtoeslag', household({ rentPerMonth: 700 }), 25000) ?? 0;
		expect(value).toBe(391);
		expect(Math.abs(value - 355.18)).toBeLessThanOrEqual(tolerance(355.18));
	});
	it('example 2: family of 3 or more, rent 800, income 25,000 → 463', () => {
		const value = withIncome('huurtoeslag', household({ partner: true, partnerAge: 35, children: [5], rentPerMonth: 800 }), 25000) ?? 0;
		expect(value).toBe(484);
		expect(Math.abs(value - 463)).toBeLessThanOrEqual(tolerance(463));
	});
	it('example 3: single older person, rent 1,000 (only up to 932.93 counts), income 30,000 → 315', () => {
		const value = withIncome('huurtoeslag', household({ age: 70, rentPerMonth: 1000 }), 30000) ?? 0;
		expect(value).toBe(375);
		expect(Math.abs(value - 315)).toBeLessThanOrEqual(tolerance(315));
	});
	it('a higher rent never lowers it, up to the maximale huurgrens; above it nothing is added', () => {
		const h = (rent: number) => withIncome('huurtoeslag', household({ rentPerMonth: rent }), 20000) ?? 0;
		expect(h(400)).toBeLessThan(h(600));
		expect(h(932.93)).toBe(h(1200));
		expect(h(200)).toBe(0);
	});
	it('under 21 without children: only the part up to the kwaliteitskortingsgrens (498.20)', () => {
		expect(withIncome('huurtoeslag', household({ age: 20, rentPerMonth: 700 }), 10000)).toBe(295);
	});
});

describe('kindgebonden budget 2026 (Wkb art. 2): 2,580 per child, +724 (12-15), +964 (16-17), +3,416 alone', () => {
	// Published maxima (Berekening kindgebonden budget 2026, Dienst Toeslagen): single parent 1 child 5,996,
	// 2 children 8,576; with partner 2,580 / 5,160. Exact: the law's amounts add up to them.
	it('maxima at low income', () => {
		expect(withIncome('kindgebondenBudget', household({ children: [4] }), 15000)).toBe(Math.floor(5996 / 12));
		expect(withIncome('kindgebondenBudget', household({ children: [4, 9] }), 15000)).toBe(Math.floor(8576 / 12));
		expect(withIncome('kindgebondenBudget', household({ partner: true, partnerAge: 35, children: [4] }), 15000)).toBe(Math.floor(2580 / 12));
		expect(withIncome('kindgebondenBudget', household({ children: [13, 16] }), 15000)).toBe(Math.floor((8576 + 724 + 964) / 12));
	});
	it('afbouw 7.60% above 29,736 (couples 39,141), 8.05% in 2027', () => {
		expect(withIncome('kindgebondenBudget', household({ children: [4] }), 39736)).toBe(Math.floor((5996 - 760) / 12));
		expect(withIncome('kindgebondenBudget', household({ partner: true, partnerAge: 35, children: [4] }), 40141)).toBe(Math.floor((2580 - 76) / 12));
		expect(withIncome('kindgebondenBudget', household({ children: [4] }), 39736, '2027-03-01')).toBe(Math.floor((5996 - 805) / 12));
	});
});

describe('the single mother of the issue (net 1,650, rent 780, two children)', () => {
	const mother = household({ age: 34, children: [4, 9], netMonthlyIncome: 1650, rentPerMonth: 780 });
	it('gets estimates for huurtoeslag, zorgtoeslag and kindgebonden budget, shown as estimates', () => {
		for (const [id, value] of [['huurtoeslag', 476], ['zorgtoeslag', 129], ['kindgebonden-budget', 714]] as const) {
			const h = hint(mother, id, '2026-12-01');
			expect(h.verdict).toBe('likely');
			expect(h.amount).toMatchObject({ value, period: 'month', computed: true, estimated: true, upTo: false, outdated: false });
		}
	});
	it('the 2026 estimates are flagged as old after 31 December 2026', () => {
		expect(hint(mother, 'zorgtoeslag', '2027-01-02').amount?.outdated).toBe(true);
		expect(hint(mother, 'zorgtoeslag', '2027-01-02').outdated).toBe(true);
	});
});
