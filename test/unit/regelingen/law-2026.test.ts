import { describe, expect, it } from 'vitest';
import { neededQuestions } from '../../../src/lib/regelingen/household';
import { bijstandNormForDay, normForDay } from '../../../src/lib/regelingen/norms';
import { screen } from '../../../src/lib/regelingen/screen';
import { day, hint, household, keys } from './fixtures';

/** The 2026 figures and rules of the law texts (Participatiewet, Uitvoeringsregeling Invorderingswet 1990). */

describe('bijstandsnormen 2026 (Pw art. 20-22), incl. vakantietoeslag', () => {
	const incl = (overrides: Parameters<typeof household>[0], iso: string) => normForDay(household(overrides), iso)?.incl;
	it('1 January 2026 and, from the 1 July boundary, 1 July 2026', () => {
		expect(incl({}, '2026-06-30')).toBe(1401.5);
		expect(incl({}, '2026-07-01')).toBe(1419.46);
		expect(incl({ children: [3] }, '2026-01-01')).toBe(1401.5);
		expect(incl({ partner: true, partnerAge: 40 }, '2026-01-01')).toBe(2002.13);
		expect(incl({ partner: true, partnerAge: 40 }, '2026-07-01')).toBe(2027.79);
		expect(incl({ age: 70 }, '2026-07-01')).toBe(1587.34);
		expect(incl({ age: 70, partner: true, partnerAge: 70 }, '2026-07-01')).toBe(2176.1);
		expect(incl({ age: 70, partner: true, partnerAge: 60 }, '2026-01-01')).toBe(2144.16);
	});
	it('every band the law gives: single parent at AOW age or 18-20, young couples', () => {
		expect(incl({ age: 70, children: [15] }, '2026-07-01')).toBe(1587.34);
		expect(incl({ age: 19 }, '2026-07-01')).toBe(350.42);
		expect(incl({ age: 19, children: [1] }, '2026-01-01')).toBe(345.99);
		expect(incl({ age: 19, partner: true, partnerAge: 20 }, '2026-07-01')).toBe(700.84);
		expect(incl({ age: 19, partner: true, partnerAge: 20, children: [1] }, '2026-07-01')).toBe(1106.4);
		expect(incl({ age: 25, partner: true, partnerAge: 19 }, '2026-01-01')).toBe(1347.06);
		expect(incl({ age: 19, partner: true, partnerAge: 25, children: [0] }, '2026-07-01')).toBe(1769.88);
		// Not in the law's list: an AOW-age partner with a partner of 18-20.
		expect(incl({ age: 70, partner: true, partnerAge: 19 }, '2026-07-01')).toBeUndefined();
	});
	it('excl. vakantietoeslag with the law\'s own 4.8% (art. 19 lid 3)', () => {
		expect(normForDay(household(), '2026-07-01')?.excl).toBe(1351.33);
		expect(hint(household({ netMonthlyIncome: 1351.33 }), 'bijstand', '2026-08-01').verdict).toBe('likely');
		expect(hint(household({ netMonthlyIncome: 1351.34 }), 'bijstand', '2026-08-01').verdict).toBe('unlikely');
	});
});

describe('kostendelersnorm (Pw art. 22a)', () => {
	it('housemates of 27 or older lower the bijstand norm; younger ones do not', () => {
		// A = 2: (40 + 2 × 30) / 2 = 50% of the couple norm 2,027.79.
		expect(bijstandNormForDay(household({ otherAdults: [30] }), '2026-07-01')?.incl).toBe(1013.9);
		expect(bijstandNormForDay(household({ otherAdults: [27] }), '2026-07-01')?.kostendelers).toBe(1);
		expect(bijstandNormForDay(household({ otherAdults: [26] }), '2026-07-01')?.incl).toBe(1419.46);
		// A = 3: 43.33% of 2,027.79.
		expect(bijstandNormForDay(household({ otherAdults: [30, 55] }), '2026-07-01')?.incl).toBe(878.71);
		// A couple: the sum of both partners' norms (lid 2); A counts both.
		expect(bijstandNormForDay(household({ partner: true, partnerAge: 40, otherAdults: [30] }), '2026-07-01')?.incl).toBe(1757.42);
	});
	it('applies to bijstand, not to the minimaregelingen (sociaal minimum)', () => {
		const lodger = household({ otherAdults: [30], netMonthlyIncome: 1200 });
		// Between the kostendelersnorm (965.23 excl.) and the full norm: it depends on the contract.
		expect(hint(lodger, 'bijstand', '2026-08-01').verdict).toBe('maybe');
		expect(keys(hint(lodger, 'bijstand', '2026-08-01'))).toContain('kostendelersNormDecides');
		expect(hint({ ...lodger, netMonthlyIncome: 900 }, 'bijstand', '2026-08-01').verdict).toBe('likely');
		expect(hint({ ...lodger, netMonthlyIncome: 1400 }, 'bijstand', '2026-08-01').verdict).toBe('unlikely');
		// Dordtpas (140% of the sociaal minimum) ignores the housemate.
		expect(hint(lodger, 'dordtpas', '2026-08-01').reasons.find((r) => r.key.endsWith('incomeBelowLimit'))?.values?.limit).toBe(1891.86);
		// The top-up is computed with the lower norm.
		expect(hint({ ...lodger, netMonthlyIncome: 900 }, 'bijstand', '2026-08-01').amount?.value).toBe(65.23);
	});
	it('is only asked from 21 (art. 22a)', () => {
		expect(neededQuestions({ age: 20 })).not.toContain('otherAdults');
		expect(neededQuestions({ age: 21 })).toContain('otherAdults');
	});
});

describe('students (Pw art. 13) and the studietoeslag (art. 36b)', () => {
	it('someone under 27 with studiefinanciering is not a bijstand case; from 27 it counts as income', () => {
		expect(hint(household({ age: 26, studentFinance: true, netMonthlyIncome: 500 }), 'bijstand', '2026-03-01').verdict).toBe('unlikely');
		expect(hint(household({ age: 27, studentFinance: true, netMonthlyIncome: 500 }), 'bijstand', '2026-03-01').verdict).toBe('maybe');
		expect(keys(hint(household({ age: 27, studentFinance: true, netMonthlyIncome: 500 }), 'bijstand', '2026-03-01'))).toContain('studentFinanceCounts');
		expect(keys(hint(household({ age: 20, studentFinance: true, netMonthlyIncome: 300 }), 'bijstand', '2026-03-01'))).toContain('studentFinanceNoBijstand');
		expect(hint(household({ studentFinance: false, netMonthlyIncome: 500 }), 'bijstand', '2026-03-01').verdict).toBe('likely');
		expect(hint(household({ studentFinance: null, netMonthlyIncome: 500 }), 'bijstand', '2026-03-01').verdict).toBe('maybe');
	});
	it('the disability question is asked only with studiefinanciering or WTOS', () => {
		expect(neededQuestions({ age: 20, studentFinance: false })).not.toContain('studentWithDisability');
		expect(neededQuestions({ age: 20, studentFinance: true })).toContain('studentWithDisability');
	});
});

describe('owners', () => {
	it('get no huurtoeslag, and are not asked the rent', () => {
		expect(hint(household({ ownsHome: true, rentPerMonth: null }), 'huurtoeslag', '2026-03-01').verdict).toBe('unlikely');
		expect(keys(hint(household({ ownsHome: true, rentPerMonth: null }), 'huurtoeslag', '2026-03-01'))).toContain('ownsHome');
		expect(neededQuestions({ ownsHome: true })).not.toContain('rentPerMonth');
		expect(neededQuestions({ ownsHome: false })).toContain('rentPerMonth');
	});
	it('see the own-home allowance next to the savings limit', () => {
		const owner = hint(household({ age: 40, ownsHome: true, rentPerMonth: null, netMonthlyIncome: 500 }), 'bijstand', '2026-03-01');
		expect(owner.reasons.find((r) => r.key.endsWith('assetsBelowLimitOwnHome'))?.values).toMatchObject({ assetLimit: 8000, homeEquity: 67500, year: 2026 });
	});
});

describe('housing answer', () => {
	it('the papers to bring and the voedselbank follow it', () => {
		expect(hint(household({ rentPerMonth: 600 }), 'bijstand', '2026-03-01').apply.papers).toContain('rentContract');
		expect(hint(household({ ownsHome: true, rentPerMonth: null }), 'bijstand', '2026-03-01').apply.papers).not.toContain('rentContract');
		expect(keys(hint(household({ ownsHome: true, rentPerMonth: null }), 'voedselbank', '2026-03-01'))).toContain('ownerHousingCostsDecide');
	});
});

describe('mantelzorgwaardering: the person cared for must live in Dordrecht', () => {
	const care = (caredForInDordrecht: boolean | null, livesInDordrecht = true) =>
		hint(household({ livesInDordrecht, care: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht } }), 'mantelzorgwaardering', '2026-03-01');
	it('not the carer', () => {
		expect(care(true).verdict).toBe('likely');
		expect(care(false).verdict).toBe('unlikely');
		expect(keys(care(false))).toContain('caredForNotInDordrecht');
		expect(care(null).verdict).not.toBe('likely');
		// A carer from elsewhere caring for someone in Dordrecht: the scheme is still local, so the app says
		// "not in Dordrecht" for the carer; what counts is written in the reason.
		expect(keys(care(true, false))).toContain('notInDordrecht');
	});
});

describe('kwijtschelding as a payment-capacity test (URI 1990 art. 11-16)', () => {
	const on = '2026-08-01';
	it('no capacity left after rent above the basishuur and the 100% norm: full kwijtschelding', () => {
		const h = hint(household({ netMonthlyIncome: 1300, rentPerMonth: 700 }), 'kwijtschelding', on);
		expect(keys(h)).toContain('noPaymentCapacity');
	});
	it('high housing costs: a household just above 100% of the norm can still get it', () => {
		// Income 1,400 > norm 1,351.33, but rent 900 minus huurtoeslag above the basishuur is a cost.
		const h = hint(household({ netMonthlyIncome: 1400, rentPerMonth: 900 }), 'kwijtschelding', on);
		expect(keys(h)).toContain('noPaymentCapacity');
		// The same income with a low rent leaves capacity.
		expect(keys(hint(household({ netMonthlyIncome: 1400, rentPerMonth: 250 }), 'kwijtschelding', on))).not.toContain('noPaymentCapacity');
	});
	it('with capacity: part of the bill, or none when 80% of a year covers it', () => {
		// No rent (lives in): capacity = income − 90% of 1,351.33 = 1,230 − 1,216.20 = 13.80 a month;
		// 80% × 12 = 132.48 of the waterschap bill of 201.90 (2024): about 69.42 is kwijtgescholden.
		const part = hint(household({ netMonthlyIncome: 1230, rentPerMonth: null }), 'kwijtschelding-waterschap', on);
		expect(part.reasons.find((r) => r.key.endsWith('paymentCapacityPartial'))?.values).toMatchObject({ capacity: 13.8, yearCapacity: 132.48, tax: 201.9, part: 69.42 });
		expect(part.outdated).toBe(true);
		expect(hint(household({ netMonthlyIncome: 1500, rentPerMonth: null }), 'kwijtschelding-waterschap', on).verdict).toBe('unlikely');
	});
	it('its own small asset allowance: savings above the bijstand limit fail, below it cannot be told', () => {
		expect(hint(household({ netMonthlyIncome: 900, savingsAboveLimit: true }), 'kwijtschelding', on).verdict).toBe('unlikely');
		expect(keys(hint(household({ netMonthlyIncome: 900 }), 'kwijtschelding', on))).toContain('kwijtscheldingSmallSavings');
	});
});

describe('AOW age (AOW art. 7a)', () => {
	it('67 up to 2027; 67 years and 3 months from 2028, so a 67-year-old is not yet counted as AOW age', () => {
		expect(hint(household({ age: 67, fullAow: false }), 'aio-aanvulling', '2027-06-01').reasons.map((r) => r.key)).not.toContain('regelingen.reason.ageBelowAow');
		expect(keys(hint(household({ age: 67, fullAow: false }), 'aio-aanvulling', '2028-06-01'))).toContain('ageBelowAow');
		expect(keys(hint(household({ age: 68, fullAow: false }), 'aio-aanvulling', '2028-06-01'))).not.toContain('ageBelowAow');
	});
});

describe('already received', () => {
	it('is marked on the hint and never counted', () => {
		const hints = screen(household({ alreadyReceives: ['bijstand'], netMonthlyIncome: 800 }), day('2026-08-01'));
		const b = hints.find((h) => h.id === 'bijstand');
		expect(b?.alreadyReceived).toBe(true);
		expect(hints.filter((h) => h.alreadyReceived).map((h) => h.id)).toEqual(['bijstand']);
	});
});

describe('the people of the issue, on 1 December 2026', () => {
	const on = '2026-12-01';
	it('a single person on bijstand who says so: bijstand is marked received, not advised, not counted', () => {
		const hints = screen(household({ netMonthlyIncome: 1351, alreadyReceives: ['bijstand'] }), day(on));
		const b = hints.find((h) => h.id === 'bijstand');
		expect(b?.alreadyReceived).toBe(true);
		expect(b?.figureDate).toBe('2026-07-01');
		expect(b?.outdated).toBe(false);
	});
	it('a 67-year-old home owner who cares for his wife: AIO checked at AOW age, no huurtoeslag, mantelzorg for her in Dordrecht', () => {
		const h = household({ age: 67, partner: true, partnerAge: 66, ownsHome: true, rentPerMonth: null, fullAow: true, netMonthlyIncome: 1900, care: { hoursPerWeek: 30, longerThan3Months: true, caredForInDordrecht: true } });
		expect(hint(h, 'huurtoeslag', on).verdict).toBe('unlikely');
		expect(hint(h, 'mantelzorgwaardering', on).verdict).toBe('likely');
		// Full AOW with a partner below AOW age: the AIO may top up (couple norm with one at AOW age, 1 July 2026: 2,176.10 → 2,071.65 excl.).
		expect(hint(h, 'aio-aanvulling', on).verdict).toBe('likely');
		expect(hint(h, 'bijstand', on).verdict).toBe('unlikely');
	});
});
