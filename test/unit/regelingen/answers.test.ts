import { describe, expect, it } from 'vitest';
import { householdForLimit, toHousehold, validateAnswers, type Answers } from '../../../src/lib/regelingen/answers';
import { householdSchema } from '../../../src/lib/regelingen/household-schema';
import { initialInput, shortcutFor } from '../../../src/lib/regelingen/field-setup';
import { household } from './fixtures';

const full: Answers = { ...household({ age: 34, children: [7, 13] }) };
delete full.fullAow; // not asked below AOW age
delete full.partnerAge; // not asked without a partner

describe('validateAnswers (by hand, no zod in the browser)', () => {
	it('keeps good fields and drops bad ones instead of losing everything', () => {
		expect(validateAnswers({ age: 40, livesInDordrecht: 'yes', netMonthlyIncome: -1, children: [3, 40], extra: 1 })).toEqual({ age: 40 });
		expect(validateAnswers({ netMonthlyIncome: null, care: { hoursPerWeek: 10, longerThan3Months: true, caredForInDordrecht: true } })).toEqual({
			netMonthlyIncome: null,
			care: { hoursPerWeek: 10, longerThan3Months: true, caredForInDordrecht: true }
		});
		expect(validateAnswers({ care: { hoursPerWeek: 10 } })).toEqual({});
		expect(validateAnswers('x')).toBeNull();
		expect(validateAnswers([1])).toBeNull();
	});
	it('accepts what toHousehold makes, and its household passes the schema', () => {
		expect(validateAnswers(full)).toEqual(full);
		const h = toHousehold(full);
		expect(h).not.toBeNull();
		expect(householdSchema.safeParse(h).success).toBe(true);
	});
});

describe('toHousehold', () => {
	it('is null while a needed question is open', () => {
		expect(toHousehold({ livesInDordrecht: true })).toBeNull();
		const { rentPerMonth: _r, ...noRent } = full;
		expect(toHousehold(noRent)).toBeNull();
	});
	it('fills questions that are not asked, and ignores answers that no longer matter', () => {
		const h = toHousehold({ ...full, partner: false, partnerAge: 50, children: [], childcare: true });
		expect(h).toMatchObject({ partnerAge: null, childcare: false, fullAow: null, children: [] });
		expect(householdSchema.safeParse(h).success).toBe(true);
	});
	it('an owner has no rent; under 21 no housemates are asked', () => {
		const { rentPerMonth: _r, ...owner } = { ...full, ownsHome: true };
		expect(toHousehold(owner)).toMatchObject({ ownsHome: true, rentPerMonth: null });
		expect(toHousehold({ ...full, age: 19, otherAdults: [40] })).toMatchObject({ otherAdults: [] });
		expect(householdSchema.safeParse({ ...toHousehold(full), ownsHome: true, rentPerMonth: 500 }).success).toBe(false);
	});
	it('asks about a full AOW from AOW age', () => {
		expect(toHousehold({ ...full, age: 70 })).toBeNull();
		expect(toHousehold({ ...full, age: 70, fullAow: false })).toMatchObject({ fullAow: false, volunteering: null, studentWithDisability: false });
	});
});

describe('question forms', () => {
	it('start from the saved answer', () => {
		expect(initialInput({ netMonthlyIncome: 1200.5 }, 'netMonthlyIncome').value).toBe('1200.5');
		expect(initialInput({ hasDebts: null }, 'hasDebts').choice).toBe('unknown');
		expect(initialInput({}, 'hasDebts').choice).toBe('');
		expect(initialInput({ care: null }, 'care').choice).toBe('no');
		expect(initialInput({ care: { hoursPerWeek: 9, longerThan3Months: true, caredForInDordrecht: true } }, 'care')).toMatchObject({ choice: 'yes', hours: '9', longer: 'yes' });
		expect(initialInput({ children: [4, 9] }, 'children').children).toEqual(['4', '9']);
		expect(initialInput({ children: [] }, 'children').children).toEqual(['']);
	});
	it('offer the shortcut that is an answer in itself', () => {
		expect(shortcutFor('amount')?.action).toBe('dontKnow');
		expect(shortcutFor('rent')?.action).toBe('notRenting');
		expect(shortcutFor('yesNo')).toBeNull();
	});
	it('pick the savings limit for the household type', () => {
		expect(householdForLimit({ partner: true }).partner).toBe(true);
		expect(householdForLimit({}).children).toEqual([]);
	});
});
