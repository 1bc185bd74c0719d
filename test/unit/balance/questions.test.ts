import { describe, expect, it } from 'vitest';
import {
	ALL_QUESTIONS,
	BASE_QUESTIONS,
	MANTELZORG_QUESTIONS,
	isMantelzorger,
	mantelzorgRecognition,
	visibleQuestions
} from '../../../src/lib/balance/questions';

const BASE_IDS = BASE_QUESTIONS.map((q) => q.id);
const MZ_IDS = MANTELZORG_QUESTIONS.map((q) => q.id);

describe('balance questions (data)', () => {
	it('has 10 to 14 base questions and 3 to 5 mantelzorg questions', () => {
		expect(BASE_QUESTIONS.length).toBeGreaterThanOrEqual(10);
		expect(BASE_QUESTIONS.length).toBeLessThanOrEqual(14);
		expect(MANTELZORG_QUESTIONS.length).toBeGreaterThanOrEqual(3);
		expect(MANTELZORG_QUESTIONS.length).toBeLessThanOrEqual(5);
	});

	it('covers every domain of the brief, on the right side', () => {
		const sides = Object.fromEntries(BASE_QUESTIONS.map((q) => [q.domain, q.side]));
		expect(sides).toEqual({
			money: 'draaglast',
			obligations: 'draaglast',
			care: 'draaglast',
			health: 'draaglast',
			housing: 'draaglast',
			lifeEvents: 'draaglast',
			energy: 'draagkracht',
			rest: 'draagkracht',
			people: 'draagkracht',
			arranging: 'draagkracht',
			languageDigital: 'draagkracht'
		});
	});

	it('gives every question unique ids, 3 to 5 options, unique values and points 0..3 covering both ends', () => {
		expect(new Set(ALL_QUESTIONS.map((q) => q.id)).size).toBe(ALL_QUESTIONS.length);
		for (const q of ALL_QUESTIONS) {
			expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
			expect(q.options.length, q.id).toBeLessThanOrEqual(5);
			expect(new Set(q.options.map((o) => o.value)).size, q.id).toBe(q.options.length);
			expect(q.options.some((o) => o.value === 'skipped'), q.id).toBe(false);
			const points = q.options.map((o) => o.points).filter((p) => p !== null);
			expect(Math.min(...points), q.id).toBe(0);
			expect(Math.max(...points), q.id).toBe(3);
			// Listed from light to heavy on draaglast, from little to a lot on draagkracht.
			expect([...points].sort(), q.id).toEqual(points);
		}
	});

	it('puts all mantelzorg questions in the care domain on the draaglast side', () => {
		for (const q of MANTELZORG_QUESTIONS) expect([q.side, q.domain]).toEqual(['draaglast', 'care']);
	});
});

describe('mantelzorg module', () => {
	it('applies for any care answer above "no", not for no, skipped, absent or unknown values', () => {
		expect(isMantelzorger({ care: 'little' })).toBe(true);
		expect(isMantelzorger({ care: 'quite' })).toBe(true);
		expect(isMantelzorger({ care: 'lot' })).toBe(true);
		expect(isMantelzorger({ care: 'no' })).toBe(false);
		expect(isMantelzorger({ care: 'skipped' })).toBe(false);
		expect(isMantelzorger({})).toBe(false);
		expect(isMantelzorger({ care: 'not-an-option' })).toBe(false);
	});

	it('recognises mantelzorg at 8 hours a week or more, or 3 months or longer', () => {
		expect(mantelzorgRecognition({ care: 'little', careHours: '8-20' })).toBe(true);
		expect(mantelzorgRecognition({ care: 'little', careHours: 'over-40' })).toBe(true);
		expect(mantelzorgRecognition({ care: 'little', careHours: 'under-8', careDuration: '3-12-months' })).toBe(true);
		expect(mantelzorgRecognition({ care: 'little', careDuration: 'over-5-years' })).toBe(true);
		expect(mantelzorgRecognition({ care: 'lot', careHours: 'under-8', careDuration: 'under-3-months' })).toBe(false);
		expect(mantelzorgRecognition({ care: 'lot', careHours: 'skipped', careDuration: 'skipped' })).toBe(false);
		expect(mantelzorgRecognition({ care: 'lot' })).toBe(false);
	});

	it('does not recognise stale carer answers once the care answer is "no"', () => {
		expect(mantelzorgRecognition({ care: 'no', careHours: 'over-40', careDuration: 'over-5-years' })).toBe(false);
	});
});

describe('visibleQuestions', () => {
	it('lists the base questions in order when nobody is cared for', () => {
		expect(visibleQuestions({})).toEqual(BASE_IDS);
		expect(visibleQuestions({ care: 'no' })).toEqual(BASE_IDS);
		expect(visibleQuestions({ care: 'skipped' })).toEqual(BASE_IDS);
	});

	it('inserts the mantelzorg questions right after the care question', () => {
		const ids = visibleQuestions({ care: 'quite' });
		const care = ids.indexOf('care');
		expect(ids.length).toBe(BASE_IDS.length + MZ_IDS.length);
		expect(ids.slice(care + 1, care + 1 + MZ_IDS.length)).toEqual(MZ_IDS);
		expect(ids.filter((id) => !MZ_IDS.includes(id as never))).toEqual(BASE_IDS);
	});

	it('removes them again when the care answer goes back to "no", keeping the order of the rest', () => {
		const answers = { care: 'lot', careHours: '8-20', money: 'often' };
		expect(visibleQuestions(answers)).toContain('careHours');
		expect(visibleQuestions({ ...answers, care: 'no' })).toEqual(BASE_IDS);
	});
});
