import { describe, expect, it } from 'vitest';
import { household, hint, keys } from './fixtures';

// Norms 1-7-2025 (incl. VT): single 1,369.06, couple 1,955.80, single AOW 1,530.21, couple AOW 2,094.98.
// Excl. VT = incl. × 0.95 → single 1,300.61; couple 1,858.01; single AOW 1,453.70.
describe('bijstand (100% of the norm, excl. vakantietoeslag)', () => {
	it('is likely just at the limit and unlikely just above it', () => {
		expect(hint(household({ netMonthlyIncome: 1300.61 }), 'bijstand').verdict).toBe('likely');
		expect(hint(household({ netMonthlyIncome: 1300.62 }), 'bijstand').verdict).toBe('unlikely');
	});
	it('gives the reason with limit, percent and norm date as numbers', () => {
		const h = hint(household({ netMonthlyIncome: 1000 }), 'bijstand');
		expect(h.reasons).toContainEqual({ key: 'regelingen.reason.incomeBelowLimit', values: { limit: 1300.61, percent: 100, normDate: '2025-07-01', income: 1000 } });
		expect(h.amount).toMatchObject({ value: 300.61, period: 'month', computed: true, asOf: '2025-07-01' });
	});
	it('uses the couple norm for a couple', () => {
		expect(hint(household({ partner: true, partnerAge: 40, netMonthlyIncome: 1858.01 }), 'bijstand').verdict).toBe('likely');
		expect(hint(household({ partner: true, partnerAge: 40, netMonthlyIncome: 1858.02 }), 'bijstand').verdict).toBe('unlikely');
	});
	it('switches norms on the peildatum: 2025-06-30 uses 1 January, 2025-07-01 uses 1 July', () => {
		// 1-1-2025 single: 1,345.45 × 0.95 = 1,278.18; 1-7-2025: 1,300.61.
		const h = household({ netMonthlyIncome: 1290 });
		expect(hint(h, 'bijstand', '2025-06-30').verdict).toBe('unlikely');
		expect(hint(h, 'bijstand', '2025-07-01').verdict).toBe('likely');
		expect(hint(household({ netMonthlyIncome: 1278.18 }), 'bijstand', '2025-06-30').verdict).toBe('likely');
	});
	it('uses the quoted excl. figure where a source gives one (1-7-2024: 1,243.03)', () => {
		expect(hint(household({ netMonthlyIncome: 1243.03 }), 'bijstand', '2024-08-01').verdict).toBe('likely');
		expect(hint(household({ netMonthlyIncome: 1243.04 }), 'bijstand', '2024-08-01').verdict).toBe('unlikely');
	});
	it('across the year boundary: the 1 July 2026 norm is old from 2027, so near the limit becomes maybe', () => {
		// 1-7-2026 single 21-AOW: 1,419.46 incl. 4.8% vakantietoeslag (Pw art. 19 lid 3) → 1,351.33 excl.
		const near = hint(household({ netMonthlyIncome: 1380 }), 'bijstand', '2027-02-01');
		expect(near.verdict).toBe('maybe');
		expect(near.outdated).toBe(true);
		expect(near.reasons.find((r) => r.key.endsWith('incomeNearLimit'))?.values?.normDate).toBe('2026-07-01');
		// 3% band: 1,351.33 × 1.03 = 1,391.87
		expect(hint(household({ netMonthlyIncome: 1391.8 }), 'bijstand', '2027-02-01').verdict).toBe('maybe');
		expect(hint(household({ netMonthlyIncome: 1392 }), 'bijstand', '2027-02-01').verdict).toBe('unlikely');
		// The same income while the norm is current: a plain no.
		expect(hint(household({ netMonthlyIncome: 1380 }), 'bijstand', '2026-12-31').verdict).toBe('unlikely');
		expect(hint(household({ netMonthlyIncome: 1380 }), 'bijstand', '2026-12-31').outdated).toBe(false);
	});
	it('is unlikely with savings above the limit, unknown when income and savings are unknown', () => {
		expect(hint(household({ savingsAboveLimit: true }), 'bijstand').verdict).toBe('unlikely');
		expect(hint(household({ savingsAboveLimit: null, netMonthlyIncome: null }), 'bijstand').verdict).toBe('unknown');
		expect(hint(household({ savingsAboveLimit: null }), 'bijstand').verdict).toBe('maybe');
	});
	it('is unlikely at AOW age (then AIO), and outside Dordrecht', () => {
		expect(keys(hint(household({ age: 67 }), 'bijstand'))).toContain('ageAtAow');
		expect(hint(household({ age: 67 }), 'bijstand').verdict).toBe('unlikely');
		expect(hint(household({ livesInDordrecht: false }), 'bijstand').verdict).toBe('unlikely');
	});
	it('is maybe when the norm for the household is not in the facts (couple, partner age unknown)', () => {
		const h = hint(household({ partner: true, partnerAge: null }), 'bijstand');
		expect(h.verdict).toBe('maybe');
		expect(keys(h)).toContain('normUnknownForHousehold');
	});
});

describe('110% and 140% schemes', () => {
	// 110% single 1-7-2025: 1,300.61 × 1.1 = 1,430.67. 140%: 1,820.85.
	it('bijzondere bijstand: maybe below 110% (special costs), unlikely above', () => {
		expect(hint(household({ netMonthlyIncome: 1430.67 }), 'bijzondere-bijstand').verdict).toBe('maybe');
		const above = hint(household({ netMonthlyIncome: 1430.68 }), 'bijzondere-bijstand');
		expect(above.verdict).toBe('unlikely');
		expect(keys(above)[0]).toBe('aboveLimitPartPossible');
	});
	it('ik-doe-mee-premie: 110%, 4 hours a week for 6 months', () => {
		const v = { hoursPerWeek: 4, months: 6 };
		expect(hint(household({ netMonthlyIncome: 1430.67, volunteering: v }), 'ik-doe-mee-premie').verdict).toBe('likely');
		expect(hint(household({ netMonthlyIncome: 1430.68, volunteering: v }), 'ik-doe-mee-premie').verdict).toBe('unlikely');
		expect(hint(household({ volunteering: { hoursPerWeek: 3, months: 12 } }), 'ik-doe-mee-premie').verdict).toBe('unlikely');
		expect(hint(household({ volunteering: { hoursPerWeek: 5, months: 5 } }), 'ik-doe-mee-premie').verdict).toBe('unlikely');
		const h = hint(household({ volunteering: v }), 'ik-doe-mee-premie');
		expect(h.amount).toBeNull();
		expect(h.askWho).toBe('sdd');
	});
	it('dordtpas: 140%', () => {
		expect(hint(household({ netMonthlyIncome: 1820.85 }), 'dordtpas').verdict).toBe('likely');
		expect(hint(household({ netMonthlyIncome: 1820.86 }), 'dordtpas').verdict).toBe('unlikely');
		expect(hint(household({ netMonthlyIncome: null }), 'dordtpas').verdict).toBe('unknown');
	});
	it('ov-regeling: maybe below 140% (2025 terms not found), free at AOW age, 40% before', () => {
		expect(hint(household({ netMonthlyIncome: 1820.85 }), 'ov-regeling').verdict).toBe('maybe');
		expect(hint(household({ netMonthlyIncome: 1820.86 }), 'ov-regeling').verdict).toBe('unlikely');
		expect(keys(hint(household(), 'ov-regeling'))).toContain('ovDiscount');
		expect(keys(hint(household({ age: 70, netMonthlyIncome: 1500 }), 'ov-regeling'))).toContain('ovFreeOffPeak');
	});
	it('kwijtschelding: a payment-capacity test, not a flat 100% limit (see law-2026.test.ts)', () => {
		expect(hint(household({ netMonthlyIncome: 1000, rentPerMonth: 600 }), 'kwijtschelding', '2026-03-01').verdict).toBe('maybe');
		// 80% of a year's capacity far above the afvalstoffenheffing (286.32, page without a year): no.
		expect(hint(household({ netMonthlyIncome: 4000, rentPerMonth: 600 }), 'kwijtschelding', '2026-03-01').verdict).toBe('unlikely');
		// Just above it, within the 3% band an undated figure gets: maybe (capacity 30.20 × 12 × 80% = 289.92).
		expect(hint(household({ netMonthlyIncome: 1381.53, rentPerMonth: null }), 'kwijtschelding', '2026-08-01').verdict).toBe('maybe');
		expect(keys(hint(household({ netMonthlyIncome: 4000, rentPerMonth: 600 }), 'kwijtschelding', '2026-03-01'))).toContain('paymentCapacityCoversTaxUndated');
	});
});

describe('schemes whose Dordrecht limit was not found', () => {
	// 150% single 1-7-2025: 1,300.61 × 1.5 = 1,950.915 → 1,950.91 (floating point rounds down).
	for (const id of ['persoonlijk-minimabudget', 'gemeentepolis']) {
		it(`${id}: maybe up to 150% of the norm, unlikely above; amount unknown, ask SDD`, () => {
			expect(hint(household({ netMonthlyIncome: 1950.91 }), id).verdict).toBe('maybe');
			expect(hint(household({ netMonthlyIncome: 1950.92 }), id).verdict).toBe('unlikely');
			const h = hint(household(), id);
			expect(h.amount).toBeNull();
			expect(h.askWho).toBe('sdd');
		});
	}
	it('PMB is for 21 up to AOW age', () => {
		expect(hint(household({ age: 20 }), 'persoonlijk-minimabudget').verdict).toBe('unlikely');
		expect(hint(household({ age: 67 }), 'persoonlijk-minimabudget').verdict).toBe('unlikely');
	});
});
