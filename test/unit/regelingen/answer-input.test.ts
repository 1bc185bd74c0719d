import { describe, expect, it } from 'vitest';
import { INPUT_ID, readAnswer } from '../../../src/lib/regelingen/answer-input';
import { validateAnswers } from '../../../src/lib/regelingen/answers';

const keyOf = (r: ReturnType<typeof readAnswer>) => (r.ok ? null : r.errors.map((e) => `${e.id}:${e.key}`));

describe('readAnswer', () => {
	it('reads income as people type it, and "weet ik niet" as null', () => {
		expect(readAnswer('netMonthlyIncome', { value: '٣٠٠٠' })).toEqual({ ok: true, value: 3000 });
		expect(readAnswer('netMonthlyIncome', { value: '1.234,56' })).toEqual({ ok: true, value: 1234.56 });
		expect(readAnswer('netMonthlyIncome', { value: '1,234.56' })).toEqual({ ok: true, value: 1234.56 });
		expect(readAnswer('netMonthlyIncome', { value: 'abc', action: 'dontKnow' })).toEqual({ ok: true, value: null });
	});
	it('rejects bad amounts with the parse message at the field', () => {
		expect(keyOf(readAnswer('netMonthlyIncome', { value: 'abc' }))).toEqual(['antwoord:regelingen.parse.notANumber']);
		expect(keyOf(readAnswer('netMonthlyIncome', { value: '-5' }))).toEqual(['antwoord:regelingen.parse.negative']);
		expect(keyOf(readAnswer('netMonthlyIncome', { value: '999999' }))).toEqual(['antwoord:regelingen.parse.tooLarge']);
		expect(keyOf(readAnswer('rentPerMonth', { value: '' }))).toEqual(['antwoord:regelingen.parse.empty']);
		expect(readAnswer('rentPerMonth', { action: 'notRenting' })).toEqual({ ok: true, value: null });
	});
	it('reads ages as whole years in range, Arabic-Indic digits too', () => {
		expect(readAnswer('age', { value: '٤٠' })).toEqual({ ok: true, value: 40 });
		expect(keyOf(readAnswer('age', { value: '30,5' }))).toEqual(['antwoord:regelingen.error.wholeNumber']);
		expect(keyOf(readAnswer('age', { value: '130' }))).toEqual(['antwoord:regelingen.error.ageRange']);
		expect(keyOf(readAnswer('age', { value: '-3' }))).toEqual(['antwoord:regelingen.error.ageRange']);
		expect(keyOf(readAnswer('age', { value: 'oud' }))).toEqual(['antwoord:regelingen.error.notANumber']);
		expect(readAnswer('partnerAge', { action: 'skip' })).toEqual({ ok: true, value: null });
	});
	it('reads yes / no / weet ik niet, and asks to choose otherwise', () => {
		expect(readAnswer('hasDebts', { choice: 'unknown' })).toEqual({ ok: true, value: null });
		expect(keyOf(readAnswer('partner', { choice: 'unknown' }))).toEqual(['antwoord:regelingen.error.chooseOne']);
		expect(readAnswer('partner', { choice: 'no' })).toEqual({ ok: true, value: false });
	});
	it('reads children as a list of ages, with one error per bad row', () => {
		expect(readAnswer('children', { children: ['7', ' 13 '] })).toEqual({ ok: true, value: [7, 13] });
		expect(readAnswer('children', { action: 'none', children: ['x'] })).toEqual({ ok: true, value: [] });
		expect(keyOf(readAnswer('children', { children: [''] }))).toEqual(['kind-1:regelingen.error.childrenEmpty']);
		expect(keyOf(readAnswer('children', { children: ['4', '40', ''] }))).toEqual(['kind-2:regelingen.error.childAge', 'kind-3:regelingen.error.childAgeEmpty']);
	});
	it('reads care and volunteering with their details', () => {
		expect(readAnswer('care', { choice: 'no' })).toEqual({ ok: true, value: null });
		expect(readAnswer('care', { choice: 'yes', hours: '10', longer: 'yes', place: 'yes' })).toEqual({ ok: true, value: { hoursPerWeek: 10, longerThan3Months: true, caredForInDordrecht: true } });
		expect(readAnswer('care', { choice: 'yes', hours: '10', longer: 'no', place: 'unknown' })).toEqual({ ok: true, value: { hoursPerWeek: 10, longerThan3Months: false, caredForInDordrecht: null } });
		expect(readAnswer('care', { choice: 'yes', hours: '10', longer: 'yes' })).toEqual({ ok: false, errors: [{ id: 'woonplaats', key: 'regelingen.error.choosePlace' }] });
		expect(keyOf(readAnswer('care', { choice: 'yes', hours: '200' }))).toEqual(['uren:regelingen.error.hours', 'langer:regelingen.error.chooseLonger', 'woonplaats:regelingen.error.choosePlace']);
		expect(readAnswer('volunteering', { choice: 'yes', hours: '4', months: '6' })).toEqual({ ok: true, value: { hoursPerWeek: 4, months: 6 } });
		expect(keyOf(readAnswer('volunteering', { choice: 'yes', hours: '4', months: 'x' }))).toEqual(['maanden:regelingen.error.notANumber']);
	});
	it('rejects answers no real household gives, and the message names the limits it checks', () => {
		const errorsOf = (r: ReturnType<typeof readAnswer>) => (r.ok ? [] : r.errors);
		expect(errorsOf(readAnswer('age', { value: '0' }))).toEqual([{ id: 'antwoord', key: 'regelingen.error.ageRange', values: { min: 16, max: 120 } }]);
		expect(errorsOf(readAnswer('partnerAge', { value: '0' }))).toEqual([{ id: 'antwoord', key: 'regelingen.error.ageRange', values: { min: 16, max: 120 } }]);
		expect(readAnswer('age', { value: '16' })).toEqual({ ok: true, value: 16 });
		expect(errorsOf(readAnswer('volunteering', { choice: 'yes', hours: '4', months: '1200' }))).toEqual([
			{ id: 'maanden', key: 'regelingen.error.months', values: { min: 0, max: 720 } }
		]);
		expect(readAnswer('volunteering', { choice: 'yes', hours: '4', months: '720' })).toEqual({ ok: true, value: { hoursPerWeek: 4, months: 720 } });
		expect(keyOf(readAnswer('care', { choice: 'yes', hours: '0', longer: 'yes', place: 'yes' }))).toEqual(['uren:regelingen.error.hoursZero']);
		expect(keyOf(readAnswer('volunteering', { choice: 'yes', hours: '0', months: '6' }))).toEqual(['uren:regelingen.error.hoursZero']);
		expect(readAnswer('care', { choice: 'yes', hours: '0,5', longer: 'no', place: 'yes' })).toEqual({
			ok: true,
			value: { hoursPerWeek: 0.5, longerThan3Months: false, caredForInDordrecht: true }
		});
		expect(errorsOf(readAnswer('care', { choice: 'yes', hours: '169', longer: 'no', place: 'yes' }))).toEqual([{ id: 'uren', key: 'regelingen.error.hours', values: { max: 168 } }]);
	});
	it('says the limit of 20 children when a 21st is typed, instead of dropping them later', () => {
		const ages = (n: number) => Array.from({ length: n }, (_, i) => String(i % 25));
		expect(readAnswer('children', { children: ages(20) })).toMatchObject({ ok: true });
		expect(readAnswer('children', { children: ages(21) })).toEqual({
			ok: false,
			errors: [{ id: 'kind-21', key: 'regelingen.error.tooManyChildren', values: { max: 20 } }]
		});
		// What the page accepts is exactly what is read back from storage.
		const accepted = readAnswer('children', { children: ages(20) });
		expect(accepted.ok && validateAnswers({ children: accepted.value })).toEqual({ children: accepted.ok ? accepted.value : null });
	});
	it('answers read back from storage keep to the same limits', () => {
		const care = { hoursPerWeek: 12, longerThan3Months: true, caredForInDordrecht: null };
		expect(validateAnswers({ age: 0, partnerAge: 0, care: { ...care, hoursPerWeek: 0 }, volunteering: { hoursPerWeek: 4, months: 1200 } })).toEqual({});
		expect(validateAnswers({ age: 40, care, volunteering: { hoursPerWeek: 4, months: 700 } })).toEqual({
			age: 40,
			care,
			volunteering: { hoursPerWeek: 4, months: 700 }
		});
	});
	it('says the limit of 20 other adults too', () => {
		const adults = (n: number) => Array.from({ length: n }, () => '40');
		expect(readAnswer('otherAdults', { children: adults(20) })).toMatchObject({ ok: true });
		expect(readAnswer('otherAdults', { children: adults(21) })).toEqual({
			ok: false,
			errors: [{ id: INPUT_ID.adult(20), key: 'regelingen.error.tooManyAdults', values: { max: 20 } }]
		});
	});
});
