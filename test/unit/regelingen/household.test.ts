import { describe, expect, it } from 'vitest';
import { householdSchema } from '../../../src/lib/regelingen/household-schema';
import { neededQuestions, QUESTION_ORDER } from '../../../src/lib/regelingen/household';
import { assetLimitFor } from '../../../src/lib/regelingen/norms';
import { household, day } from './fixtures';

function messages(input: unknown): string[] {
	const r = householdSchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('householdSchema', () => {
	it('accepts a complete household', () => {
		expect(messages(household())).toEqual([]);
	});
	it('rejects malformed input with readable errors naming the field', () => {
		expect(messages({ ...household(), age: -1 }).join()).toMatch(/age: age: 16 or more/);
		expect(messages({ ...household(), age: 30.5 }).join()).toMatch(/whole years/);
		expect(messages({ ...household(), netMonthlyIncome: 200000 }).join()).toMatch(/at most 100000/);
		expect(messages({ ...household(), livesInDordrecht: 'yes' }).join()).toMatch(/livesInDordrecht: answer yes or no/);
		expect(messages({ ...household(), partner: false, partnerAge: 40 }).join()).toMatch(/partnerAge: only when there is a partner/);
		expect(messages({ ...household(), children: [-2] }).join()).toMatch(/children/);
		expect(messages({ ...household(), extra: 1 }).length).toBeGreaterThan(0);
		const { age: _age, ...noAge } = household();
		expect(messages(noAge).join()).toMatch(/^age/);
	});
	it('rejects what no real household answers: age 0, 0 hours of care, 100 years of volunteering, 21 children', () => {
		expect(messages({ ...household(), age: 0 }).join()).toMatch(/age: 16 or more/);
		expect(messages({ ...household(), partner: true, partnerAge: 0 }).join()).toMatch(/partnerAge: 16 or more/);
		expect(messages({ ...household(), care: { hoursPerWeek: 0, longerThan3Months: true, caredForInDordrecht: true } }).join()).toMatch(/care.hoursPerWeek: more than 0/);
		expect(messages({ ...household(), volunteering: { hoursPerWeek: 0, months: 6 } }).join()).toMatch(/volunteering.hoursPerWeek: more than 0/);
		expect(messages({ ...household(), volunteering: { hoursPerWeek: 4, months: 1200 } }).join()).toMatch(/volunteering.months: at most 720/);
		expect(messages({ ...household(), children: Array.from({ length: 21 }, () => 5) }).join()).toMatch(/children: at most 20/);
		expect(messages({ ...household(), age: 16, care: { hoursPerWeek: 0.5, longerThan3Months: false, caredForInDordrecht: null } })).toEqual([]);
		expect(messages({ ...household(), otherAdults: Array.from({ length: 21 }, () => 40) }).join()).toMatch(/otherAdults: at most 20/);
	});
});

describe('neededQuestions', () => {
	it('asks everything when nothing is known yet', () => {
		expect(neededQuestions({})).toEqual(QUESTION_ORDER);
	});
	it('skips partnerAge without a partner and fullAow below AOW age', () => {
		const q = neededQuestions({ age: 40, partner: false, children: [] });
		expect(q).not.toContain('partnerAge');
		expect(q).not.toContain('fullAow');
		expect(q).not.toContain('childcare');
		expect(q).toContain('volunteering');
	});
	it('asks fullAow at AOW age (also when only the partner has it) and skips volunteering from AOW age', () => {
		expect(neededQuestions({ age: 70 })).toContain('fullAow');
		expect(neededQuestions({ age: 70 })).not.toContain('volunteering');
		expect(neededQuestions({ age: 60, partner: true, partnerAge: 68 })).toContain('fullAow');
	});
});

describe('assetLimitFor', () => {
	it('gives the limit for the household and year, with source', () => {
		expect(assetLimitFor(household(), day('2025-03-01'))).toMatchObject({ amount: 7770, year: 2025, outdated: false });
		expect(assetLimitFor(household({ partner: true, partnerAge: 30 }), day('2024-03-01'))).toMatchObject({ amount: 15150, year: 2024 });
		expect(assetLimitFor(household({ children: [4] }), day('2025-03-01'))?.amount).toBe(15540);
		expect(assetLimitFor(household(), day('2025-03-01'))?.source.url).toMatch(/^https:/);
	});
	it('says when the newest limit is from an earlier year, and null before the first', () => {
		expect(assetLimitFor(household(), day('2026-05-01'))).toMatchObject({ amount: 8000, ownHomeEquity: 67500, year: 2026, outdated: false });
		expect(assetLimitFor(household({ partner: true, partnerAge: 40 }), day('2026-05-01'))?.amount).toBe(16000);
		// Across the year boundary the 2026 limit is flagged as old.
		expect(assetLimitFor(household(), day('2027-01-01'))).toMatchObject({ amount: 8000, year: 2026, outdated: true });
		expect(assetLimitFor(household(), day('2020-01-01'))).toBeNull();
	});
});
