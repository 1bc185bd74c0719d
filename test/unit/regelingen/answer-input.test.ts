import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../src/lib/regelingen/answer-input';

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
});
