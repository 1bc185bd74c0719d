import { describe, expect, it } from 'vitest';
import { BASE_QUESTIONS } from '../../../src/lib/balance/questions';
import { balanceState, scoreBalance } from '../../../src/lib/balance/score';
import type { Answers } from '../../../src/lib/balance/types';
import { uniform, valueWithPoints } from './helpers';

const allSkipped: Answers = Object.fromEntries(BASE_QUESTIONS.map((q) => [q.id, 'skipped']));
const heavyCare: Answers = { careHours: 'over-40', careDuration: 'over-5-years', careHeaviness: 'too-heavy', careBreak: 'never', careCombine: 'not' };

/** answer set → expected state, what weighs most, what helps most, safety net */
const TABLE: Array<[name: string, answers: Answers, state: string, weighs: string[], helps: string[], safetyNet: boolean]> = [
	['all light, all strong', uniform(0, 3), 'in-balance', [], ['energy', 'rest', 'people'], false],
	['all extreme: everything heavy, nothing helps', uniform(3, 0), 'out-of-balance', ['money', 'obligations', 'care'], [], true],
	['a little weight, quite some strength (margin exactly 1)', uniform(1, 2), 'in-balance', [], ['energy', 'rest', 'people'], false],
	['weight equals strength', uniform(2, 2), 'wobbly', ['money', 'obligations', 'care'], ['energy', 'rest', 'people'], false],
	['everything a little', uniform(1, 1), 'wobbly', [], [], false],
	['weighs quite a lot, helps a little', uniform(2, 1), 'out-of-balance', ['money', 'obligations', 'care'], [], true],
	['weighs a little, helps little', uniform(1, 0), 'out-of-balance', [], [], false],
	['only money weighs, but heavily', { ...uniform(0, 3), money: 'always' }, 'wobbly', ['money'], ['energy', 'rest', 'people'], false],
	['only money weighs, quite a lot', { ...uniform(0, 3), money: 'often' }, 'in-balance', ['money'], ['energy', 'rest', 'people'], false],
	['only mantelzorg heavy', { ...uniform(0, 3), care: 'little', ...heavyCare }, 'wobbly', ['care'], ['energy', 'rest', 'people'], false],
	['mantelzorg heavy on top of a little of everything', { ...uniform(1, 2), care: 'lot', ...heavyCare }, 'wobbly', ['care'], ['energy', 'rest', 'people'], false],
	['money and housing heavy, people and language strong', {
		...uniform(0, 1), money: 'always', housing: 'very-big', people: 'enough', languageDigital: 'easily'
	}, 'wobbly', ['money', 'housing'], ['people', 'languageDigital'], false],
	['all skipped', allSkipped, 'too-few-answers', [], [], false],
	['nothing answered yet', {}, 'too-few-answers', [], [], false]
];

describe('scoreBalance: table of answer sets', () => {
	it.each(TABLE)('%s', (_name, answers, state, weighs, helps, safetyNet) => {
		const r = scoreBalance(answers);
		expect(r.state).toBe(state);
		expect(r.weighsMost).toEqual(weighs);
		expect(r.helpsMost).toEqual(helps);
		expect(r.safetyNet).toBe(safetyNet);
	});
});

describe('scoreBalance: averages and counts', () => {
	it('averages care and mantelzorg answers into one care domain', () => {
		const r = scoreBalance({ ...uniform(0, 3), care: 'little', ...heavyCare });
		expect(r.domains.find((d) => d.domain === 'care')?.score).toBeCloseTo(16 / 6);
		// Caring counts once on the draaglast side: 6 domains, 5 of them 0.
		expect(r.draaglast.average).toBeCloseTo(16 / 6 / 6);
		expect(r.mantelzorger).toBe(true);
		expect(r.mantelzorgRecognition).toBe(true);
	});

	it('counts "no work or school" as an answer that does not move the scale', () => {
		const base = { ...uniform(0, 3), care: 'lot', careHours: 'over-40' };
		const withNone = scoreBalance({ ...base, careCombine: 'no-work-school' });
		expect(withNone.domains.find((d) => d.domain === 'care')?.score).toBe(3);
		expect(withNone.answered).toBe(scoreBalance(base).answered + 1);
	});

	it('ignores mantelzorg answers left over after the care answer went back to "no"', () => {
		const r = scoreBalance({ ...uniform(0, 3), ...heavyCare });
		expect(r.domains.find((d) => d.domain === 'care')?.score).toBe(0);
		expect(r.asked).toBe(BASE_QUESTIONS.length);
		expect(r.answered).toBe(BASE_QUESTIONS.length);
		expect(r.state).toBe('in-balance');
	});

	it('says honestly on how many answers it is based', () => {
		const answers: Answers = { ...uniform(1, 2), care: 'no', money: 'skipped', energy: 'skipped' };
		delete answers.rest;
		const r = scoreBalance(answers);
		expect(r.asked).toBe(11);
		expect(r.answered).toBe(8);
		const carer = scoreBalance({ ...uniform(1, 2), care: 'quite', careHours: '8-20', careBreak: 'skipped' });
		expect(carer.asked).toBe(16);
		expect(carer.answered).toBe(12);
	});

	it('leaves a skipped domain without a score instead of counting it as 0', () => {
		const r = scoreBalance({ ...uniform(3, 0), money: 'skipped' });
		expect(r.domains.find((d) => d.domain === 'money')?.score).toBeNull();
		expect(r.draaglast.average).toBe(3);
	});

	it('tilts the picture by draagkracht minus draaglast', () => {
		expect(scoreBalance(uniform(0, 3)).tilt).toBe(3);
		expect(scoreBalance(uniform(3, 0)).tilt).toBe(-3);
		expect(scoreBalance(allSkipped).tilt).toBeNull();
	});

	it('names at most three domains, heaviest first', () => {
		const r = scoreBalance({ ...uniform(2, 0), health: 'lot', housing: 'very-big' });
		expect(r.weighsMost).toEqual(['health', 'housing', 'money']);
	});
});

describe('too few answers', () => {
	const draaglastIds = BASE_QUESTIONS.filter((q) => q.side === 'draaglast').map((q) => q.id);
	const draagkrachtIds = BASE_QUESTIONS.filter((q) => q.side === 'draagkracht').map((q) => q.id);
	const only = (ids: string[]): Answers => Object.fromEntries(Object.entries(uniform(1, 2)).filter(([id]) => ids.includes(id)));

	it('needs at least 2 real answers on each side', () => {
		expect(scoreBalance(only([...draaglastIds.slice(0, 2), ...draagkrachtIds.slice(0, 2)])).state).toBe('in-balance');
		expect(scoreBalance(only([...draaglastIds.slice(0, 1), ...draagkrachtIds])).state).toBe('too-few-answers');
		expect(scoreBalance(only([...draaglastIds, ...draagkrachtIds.slice(0, 1)])).state).toBe('too-few-answers');
	});

	it('does not let mantelzorg answers make up for skipped base questions', () => {
		const answers: Answers = { ...allSkipped, care: 'lot', ...heavyCare, energy: 'little', rest: 'rarely' };
		expect(scoreBalance(answers).state).toBe('too-few-answers');
	});
});

describe('safety net rule', () => {
	it('turns on at draaglast average 2 with draagkracht average 1 (both boundaries included)', () => {
		expect(scoreBalance(uniform(2, 1)).safetyNet).toBe(true);
	});

	it('stays off when draagkracht is just above 1', () => {
		expect(scoreBalance({ ...uniform(2, 1), languageDigital: valueWithPoints('languageDigital', 2) }).safetyNet).toBe(false);
	});

	it('stays off when draaglast is just below 2', () => {
		expect(scoreBalance({ ...uniform(2, 0), money: valueWithPoints('money', 1) }).safetyNet).toBe(false);
	});

	it('turns on with heavy draaglast even when every draagkracht question was skipped', () => {
		const answers: Answers = { ...uniform(3, 0) };
		for (const q of BASE_QUESTIONS) if (q.side === 'draagkracht') answers[q.id] = 'skipped';
		const r = scoreBalance(answers);
		expect(r.state).toBe('too-few-answers');
		expect(r.safetyNet).toBe(true);
	});

	it('needs at least 2 draaglast answers', () => {
		const answers: Answers = { ...allSkipped, money: 'always', energy: 'very-little', rest: 'rarely' };
		expect(scoreBalance(answers).safetyNet).toBe(false);
		expect(scoreBalance({ ...answers, housing: 'very-big' }).safetyNet).toBe(true);
	});
});

describe('balanceState', () => {
	it('applies the three rules', () => {
		expect(balanceState(1.01, 1, 0)).toBe('out-of-balance');
		expect(balanceState(1, 2, 2)).toBe('in-balance');
		expect(balanceState(1, 2, 3)).toBe('wobbly');
		expect(balanceState(1.2, 2.2, 0)).toBe('in-balance'); // floating point: 2.2 − 1.2 is not exactly 1
		expect(balanceState(1.5, 2.4, 0)).toBe('wobbly');
	});
});
