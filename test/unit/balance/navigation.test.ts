import { describe, expect, it } from 'vitest';
import { JOBS_READY, stepLinks } from '../../../src/lib/balance/links';
import {
	FIRST_QUESTION,
	firstUnanswered,
	isQuestionId,
	mantelzorgNotice,
	nextQuestion,
	parseAnswers,
	previousQuestion,
	questionPosition,
	redirectTarget
} from '../../../src/lib/balance/navigation';
import { BASE_QUESTIONS } from '../../../src/lib/balance/questions';
import type { Answers, NextStep } from '../../../src/lib/balance/types';
import { uniform } from './helpers';

const CARING: Answers = { money: 'none', obligations: 'light', care: 'quite' };

describe('next and previous question', () => {
	it('walks the base questions in order, from money to the result', () => {
		expect(FIRST_QUESTION).toBe('money');
		expect(nextQuestion({}, 'money')).toBe('obligations');
		expect(nextQuestion({ care: 'no' }, 'care')).toBe('health');
		expect(nextQuestion({}, 'languageDigital')).toBeNull();
		expect(previousQuestion({}, 'money')).toBeNull();
		expect(previousQuestion({}, 'health')).toBe('care');
	});

	it('puts the mantelzorg module right after the care question when someone cares', () => {
		expect(nextQuestion(CARING, 'care')).toBe('careHours');
		expect(nextQuestion(CARING, 'careCombine')).toBe('health');
		expect(previousQuestion(CARING, 'health')).toBe('careCombine');
		expect(previousQuestion(CARING, 'careHours')).toBe('care');
	});

	it('counts "Vraag n van m" over the questions that apply now', () => {
		expect(questionPosition({}, 'money')).toEqual({ current: 1, total: 11 });
		expect(questionPosition({ care: 'skipped' }, 'health')).toEqual({ current: 4, total: 11 });
		expect(questionPosition(CARING, 'health')).toEqual({ current: 9, total: 16 });
		// A hidden question still gets a sensible number (its place with the module shown).
		expect(questionPosition({}, 'careHours')).toEqual({ current: 4, total: 16 });
	});
});

describe('redirectTarget', () => {
	it('leaves questions that apply alone', () => {
		expect(redirectTarget({}, 'money')).toBeNull();
		expect(redirectTarget(CARING, 'careBreak')).toBeNull();
	});

	it('sends a hidden mantelzorg question to the care question while it is unanswered', () => {
		expect(redirectTarget({ money: 'none' }, 'careHours')).toBe('care');
	});

	it('sends it on to the question after care when care is "no" or skipped', () => {
		expect(redirectTarget({ care: 'no' }, 'careDuration')).toBe('health');
		expect(redirectTarget({ care: 'skipped' }, 'careCombine')).toBe('health');
	});
});

describe('firstUnanswered', () => {
	it('finds the first skipped or unreached question that applies', () => {
		expect(firstUnanswered({})).toBe('money');
		expect(firstUnanswered({ money: 'none', obligations: 'skipped' })).toBe('obligations');
		expect(firstUnanswered({ ...CARING, careHours: '8-20' })).toBe('careDuration');
		expect(firstUnanswered(uniform(1, 2, 1))).toBeNull();
		expect(firstUnanswered(uniform(1, 2))).toBe('careHours'); // caring a little opens the module
	});
});

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

	it('knows the question ids', () => {
		expect(isQuestionId('careCombine')).toBe(true);
		expect(isQuestionId('toString')).toBe(false);
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

	it('leaves the links out while the other jobs are not ready', () => {
		const links = stepLinks(step({ regelingen: ['a'], placeCategory: 'money' }), 'nl', { regelingen: false, places: false });
		expect(links).toEqual({});
		expect(JOBS_READY).toEqual({ regelingen: true, places: true });
	});
});
