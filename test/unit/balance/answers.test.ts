import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/lib/balance/answers';
import { stepLinks } from '../../../src/lib/balance/links';
import { BASE_QUESTIONS, mantelzorgNotice } from '../../../src/lib/balance/questions';
import type { NextStep } from '../../../src/lib/balance/types';

const CARING = { money: 'none', obligations: 'light', care: 'quite' };

describe('parseAnswers (reading back from sessionStorage)', () => {
	it('keeps known questions with known option values or "skipped"', () => {
		expect(parseAnswers({ money: 'often', care: 'skipped', careHours: 'over-40' })).toEqual({
			money: 'often',
			care: 'skipped',
			careHours: 'over-40'
		});
	});

	it('drops unknown ids, unknown values and non-strings', () => {
		expect(parseAnswers({ money: 'lots', hacker: 'x', energy: 3, rest: null, people: 'some' })).toEqual({ people: 'some' });
	});

	it('rejects what is not an object', () => {
		for (const raw of [null, 'money', 42, ['money'], undefined]) expect(parseAnswers(raw)).toBeNull();
	});

	it('accepts every option of every base question', () => {
		for (const q of BASE_QUESTIONS)
			for (const o of q.options) expect(parseAnswers({ [q.id]: o.value })).toEqual({ [q.id]: o.value });
	});

});

describe('mantelzorgNotice', () => {
	it('introduces the module on its first question', () => {
		expect(mantelzorgNotice(CARING, 'careHours')).toBe('intro');
	});

	it('says "wat je doet heet mantelzorg" once, right after the answer that meets the definition', () => {
		const byHours = { ...CARING, careHours: '8-20' };
		expect(mantelzorgNotice(byHours, 'careDuration')).toBe('recognition');
		expect(mantelzorgNotice({ ...byHours, careDuration: '1-5-years' }, 'careHeaviness')).toBeNull();

		const byDuration = { ...CARING, careHours: 'under-8', careDuration: '3-12-months' };
		expect(mantelzorgNotice(byDuration, 'careDuration')).toBe('recognition');
		expect(mantelzorgNotice(byDuration, 'careHeaviness')).toBe('recognition');

		const neither = { ...CARING, careHours: 'under-8', careDuration: 'under-3-months' };
		expect(mantelzorgNotice(neither, 'careDuration')).toBeNull();
		expect(mantelzorgNotice(neither, 'careHeaviness')).toBeNull();
		expect(mantelzorgNotice(byHours, 'money')).toBeNull();
	});
});

describe('stepLinks', () => {
	const step = (extra: Partial<NextStep>): NextStep => ({
		id: 'x',
		circle: 3,
		titleKey: 't',
		textKey: 't',
		regelingen: [],
		...extra
	});

	it('links to the regelingen start page only when the step names schemes', () => {
		expect(stepLinks(step({ regelingen: ['schuldhulp'] }), 'ar').regelingen).toBe('/ar/regelingen/');
		expect(stepLinks(step({}), 'nl').regelingen).toBeUndefined();
	});

	it('links to the filtered list of places for the step\'s category', () => {
		expect(stepLinks(step({ placeCategory: 'mantelzorg' }), 'nl').places).toEqual({
			href: '/nl/hulp-in-de-buurt/mantelzorg/',
			category: 'mantelzorg'
		});
	});

});
