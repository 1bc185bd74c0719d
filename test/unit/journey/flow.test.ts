import { describe, expect, it } from 'vitest';
import { firstOpen, isQuestion, next, previous, progress, redirect, type Flow } from '../../../src/lib/journey/flow';
import { balanceFlow } from '../../../src/lib/journey/balance';
import { regelingenAfter, regelingenFlow } from '../../../src/lib/journey/regelingen';
import type { Answers as RegelingenAnswers } from '../../../src/lib/regelingen/answers';
import { uniform } from '../balance/helpers';
import { household } from '../regelingen/fixtures';

/** A small flow of its own: b applies only when a is 'yes'. */
type Small = Partial<Record<'a' | 'b' | 'c', string>>;
const small: Flow<'a' | 'b' | 'c', Small> = {
	order: ['a', 'b', 'c'],
	applying: (x) => (x.a === 'yes' ? ['a', 'b', 'c'] : ['a', 'c']),
	answered: (x, id) => x[id] !== undefined
};

describe('progress: "Vraag n, nog m vragen"', () => {
	it('says when an answer adds questions: caring for someone opens the mantelzorg questions', () => {
		expect(progress(balanceFlow, { money: 'none', obligations: 'light' }, 'care')).toEqual({ number: 3, left: 8, changed: 0 });
		expect(progress(balanceFlow, { money: 'none', obligations: 'light', care: 'lot' }, 'careHours')).toEqual({ number: 4, left: 12, changed: 5 });
		expect(progress(balanceFlow, { money: 'none', obligations: 'light', care: 'no' }, 'health')).toEqual({ number: 4, left: 7, changed: 0 });
	});

	it('says when an answer takes questions away: no partner, no partner\'s age', () => {
		expect(progress(regelingenFlow, { livesInDordrecht: true, age: 30, partner: false }, 'children')).toMatchObject({ number: 4, changed: -1 });
		expect(progress(regelingenFlow, { livesInDordrecht: true, age: 30, partner: true }, 'partnerAge')).toMatchObject({ number: 4, changed: 0 });
	});

	it('walking the regelingen flow, the number goes up by one each page and never jumps back', () => {
		const walk: RegelingenAnswers = {};
		const numbers: number[] = [];
		const steps: Array<[keyof RegelingenAnswers, unknown]> = [['livesInDordrecht', true], ['age', 34], ['partner', false], ['children', []], ['otherAdults', []], ['netMonthlyIncome', 1400]];
		let id = regelingenFlow.order[0]!;
		for (const [key, value] of steps) {
			expect(id).toBe(key);
			numbers.push(progress(regelingenFlow, walk, id).number);
			(walk as Record<string, unknown>)[key] = value;
			id = next(regelingenFlow, walk, id)!;
		}
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
		// Left shrinks by one a page, or more when an answer took questions away, and says so.
		const at = progress(regelingenFlow, walk, id);
		expect(at.number).toBe(7);
		expect(at.number + at.left).toBeLessThan(regelingenFlow.order.length);
	});
});

describe('a generic flow', () => {
	it('counts, steps and finds the first open question over the questions that apply', () => {
		expect(progress(small, { a: 'no' }, 'c')).toEqual({ number: 2, left: 0, changed: 0 });
		expect(progress(small, { a: 'yes', b: 'x' }, 'c')).toEqual({ number: 3, left: 0, changed: 0 });
		expect(next(small, {}, 'a')).toBe('c');
		expect(next(small, { a: 'yes' }, 'a')).toBe('b');
		expect(next(small, {}, 'c')).toBeNull();
		expect(previous(small, {}, 'c')).toBe('a');
		expect(previous(small, {}, 'a')).toBeNull();
		expect(firstOpen(small, { a: 'no' })).toBe('c');
		expect(firstOpen(small, { a: 'no', c: 'x' })).toBeNull();
		expect(isQuestion(small, 'b')).toBe(true);
		expect(isQuestion(small, 'toString')).toBe(false);
	});

	it('gives a question that does not apply a place, and sends it on', () => {
		expect(progress(small, { a: 'no' }, 'b')).toMatchObject({ number: 2, left: 1 });
		expect(redirect(small, { a: 'yes' }, 'b')).toBeNull();
		// An earlier question is open: it decides, so go there.
		expect(redirect({ ...small, applying: () => ['a', 'c'] }, {}, 'b')).toEqual({ to: 'a' });
		// Everything before is answered: on to the question after it, or the end.
		expect(redirect(small, { a: 'no' }, 'b')).toEqual({ to: 'c' });
		expect(redirect({ ...small, applying: () => ['a', 'b'] }, { a: 'x', b: 'y' }, 'c')).toEqual({ to: null });
	});
});

const CARING = { money: 'none', obligations: 'light', care: 'quite' };

describe('the balance check as a flow', () => {
	it('walks the base questions, with the mantelzorg module right after care when someone cares', () => {
		expect(balanceFlow.order[0]).toBe('money');
		expect(next(balanceFlow, { care: 'no' }, 'care')).toBe('health');
		expect(next(balanceFlow, CARING, 'care')).toBe('careHours');
		expect(next(balanceFlow, CARING, 'careCombine')).toBe('health');
		expect(previous(balanceFlow, CARING, 'health')).toBe('careCombine');
		expect(next(balanceFlow, {}, 'languageDigital')).toBeNull();
	});

	it('counts "Vraag n van m" over the questions that apply now', () => {
		expect(progress(balanceFlow, {}, 'money')).toEqual({ number: 1, left: 10, changed: 0 });
		expect(progress(balanceFlow, { care: 'skipped' }, 'health')).toEqual({ number: 4, left: 7, changed: 0 });
		expect(progress(balanceFlow, CARING, 'health')).toMatchObject({ number: 9, left: 7 });
	});

	it('sends a hidden mantelzorg question to the care question while it is open, else on to health', () => {
		expect(redirect(balanceFlow, { money: 'none', obligations: 'ok' }, 'careHours')).toEqual({ to: 'care' });
		expect(redirect(balanceFlow, { money: 'none', obligations: 'ok', care: 'no' }, 'careDuration')).toEqual({ to: 'health' });
		expect(redirect(balanceFlow, CARING, 'careBreak')).toBeNull();
	});

	it('counts a skipped question as open', () => {
		expect(firstOpen(balanceFlow, {})).toBe('money');
		expect(firstOpen(balanceFlow, { money: 'none', obligations: 'skipped' })).toBe('obligations');
		expect(firstOpen(balanceFlow, { ...CARING, careHours: '8-20' })).toBe('careDuration');
		expect(firstOpen(balanceFlow, uniform(1, 2, 1))).toBeNull();
		expect(firstOpen(balanceFlow, uniform(1, 2))).toBe('careHours');
	});
});

const full: RegelingenAnswers = { ...household({ age: 34, children: [7, 13] }) };
delete full.fullAow; // not asked below AOW age
delete full.partnerAge; // not asked without a partner

describe('the regelingen check as a flow', () => {
	it('goes to the next needed question, skipping those that do not matter', () => {
		expect(next(regelingenFlow, { livesInDordrecht: true, age: 30, partner: false }, 'partner')).toBe('children');
		// Without studiefinanciering the studietoeslag question is skipped: studentFinance is the last one.
		expect(next(regelingenFlow, full, 'studentFinance')).toBeNull();
		expect(next(regelingenFlow, { ...full, studentFinance: true }, 'studentFinance')).toBe('studentWithDisability');
		// An owner is not asked the rent; under 21 nobody is asked about housemates.
		expect(next(regelingenFlow, { ...full, ownsHome: true }, 'ownsHome')).toBe('hasDebts');
		expect(next(regelingenFlow, { livesInDordrecht: true, age: 19, partner: false, children: [] }, 'children')).toBe('netMonthlyIncome');
		expect(previous(regelingenFlow, { partner: false }, 'children')).toBe('partner');
		expect(previous(regelingenFlow, {}, 'livesInDordrecht')).toBeNull();
	});

	it('counts "Vraag n van m" over the questions asked now', () => {
		expect(progress(regelingenFlow, {}, 'livesInDordrecht')).toEqual({ number: 1, left: 17, changed: 0 });
		expect(progress(regelingenFlow, { livesInDordrecht: true, age: 30, partner: false, children: [] }, 'netMonthlyIncome')).toMatchObject({ number: 6, left: 9 });
	});

	it('counts "weet ik niet" as an answer', () => {
		expect(firstOpen(regelingenFlow, full)).toBeNull();
		expect(firstOpen(regelingenFlow, { ...full, netMonthlyIncome: null })).toBeNull();
		expect(firstOpen(regelingenFlow, {})).toBe('livesInDordrecht');
	});

	it('sends the partner\'s age on when there is no partner', () => {
		expect(redirect(regelingenFlow, { livesInDordrecht: true, age: 30, partner: false }, 'partnerAge')).toEqual({ to: 'children' });
		expect(redirect(regelingenFlow, full, 'fullAow')).toEqual({ to: 'childcare' });
	});

	it('from the check page returns there, unless a new question opened', () => {
		expect(regelingenAfter({ ...full, age: 35 }, 'age', true)).toBeNull();
		expect(regelingenAfter({ ...full, partner: true }, 'partner', true)).toBe('partnerAge');
		expect(regelingenAfter(full, 'age', false)).toBe('partner');
	});
});
