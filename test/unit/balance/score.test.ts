import { describe, expect, it } from 'vitest';
import { BASE_QUESTIONS } from '../../../src/lib/balance/questions';
import { balanceState, draaglastScore, scoreBalance } from '../../../src/lib/balance/score';
import type { Answers } from '../../../src/lib/balance/types';
import { uniform, valueWithPoints } from './helpers';

const allSkipped: Answers = Object.fromEntries(BASE_QUESTIONS.map((q) => [q.id, 'skipped']));
const heavyCare: Answers = { careHours: 'over-40', careDuration: 'over-5-years', careHeaviness: 'too-heavy', careBreak: 'never', careCombine: 'not' };

/** answer set → expected state, what weighs most, what helps most, safety net */
const TABLE: Array<[name: string, answers: Answers, state: string, weighs: string[], helps: string[], safetyNet: boolean]> = [
	['all light, all strong', uniform(0, 3), 'in-balance', [], ['energy', 'rest', 'people'], false],
	['all extreme: everything heavy, nothing helps', uniform(3, 0), 'out-of-balance', ['money', 'obligations', 'care'], [], true],
	['a little weight, quite some strength: six small things add up to wobbly', uniform(1, 2), 'wobbly', [], ['energy', 'rest', 'people'], false],
	['one thing weighs a little, quite some strength (margin exactly 1)', { ...uniform(0, 2), money: 'sometimes' }, 'in-balance', [], ['energy', 'rest', 'people'], false],
	['everything weighs quite a lot, everything helps quite a lot: the weights add up', uniform(2, 2), 'out-of-balance', ['money', 'obligations', 'care'], ['energy', 'rest', 'people'], false],
	['everything a little', uniform(1, 1), 'out-of-balance', [], [], false],
	['weighs quite a lot, helps a little', uniform(2, 1), 'out-of-balance', ['money', 'obligations', 'care'], [], true],
	['weighs a little, helps little', uniform(1, 0), 'out-of-balance', [], [], false],
	['only money weighs, but heavily', { ...uniform(0, 3), money: 'always' }, 'wobbly', ['money'], ['energy', 'rest', 'people'], false],
	['only money weighs, quite a lot', { ...uniform(0, 3), money: 'often' }, 'in-balance', ['money'], ['energy', 'rest', 'people'], false],
	['only mantelzorg heavy: an overburdened carer, with everything else light and strong', { ...uniform(0, 3), care: 'little', ...heavyCare }, 'out-of-balance', ['care'], ['energy', 'rest', 'people'], false],
	['caring feels heavy, not too heavy, with breaks; everything else light and strong', { ...uniform(0, 3), care: 'quite', careHours: '8-20', careHeaviness: 'heavy', careBreak: 'sometimes' }, 'in-balance', ['care'], ['energy', 'rest', 'people'], false],
	['mantelzorg heavy on top of a little of everything', { ...uniform(1, 2), care: 'lot', ...heavyCare }, 'out-of-balance', ['care'], ['energy', 'rest', 'people'], false],
	['money and housing heavy, people and language strong', {
		...uniform(0, 1), money: 'always', housing: 'very-big', people: 'enough', languageDigital: 'easily'
	}, 'out-of-balance', ['money', 'housing'], ['people', 'languageDigital'], false],
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
	it('averages care and mantelzorg answers into one care domain, at least as heavy as the carer says it feels', () => {
		const care = (answers: Answers) => scoreBalance({ ...uniform(0, 3), ...answers }).domains.find((d) => d.domain === 'care')?.score;
		const light = { care: 'quite', careHours: '8-20', careDuration: 'under-3-months', careBreak: 'yes', careCombine: 'well' };
		expect(care({ ...light, careHeaviness: 'light' })).toBeCloseTo(3 / 6);
		expect(care({ ...light, careHeaviness: 'ok' })).toBe(1);
		// "Zwaar" is not diluted by few hours and a short time: the domain weighs at least 2.
		expect(care({ ...light, careHeaviness: 'heavy' })).toBe(2);
		const r = scoreBalance({ ...uniform(0, 3), care: 'little', ...heavyCare });
		// Caring counts once on the draaglast side: 6 domains, 5 of them 0.
		expect(r.draaglast.average).toBeCloseTo(3 / 6);
		expect(r.mantelzorger).toBe(true);
		expect(r.mantelzorgRecognition).toBe(true);
	});

	it('sets the care domain to 3 for an overburdened carer: "te zwaar", or 20+ hours with (almost) no break', () => {
		const base = { ...uniform(0, 3), care: 'little', careHours: '20-40', careDuration: 'under-3-months', careHeaviness: 'ok', careBreak: 'sometimes', careCombine: 'well' };
		const care = (r: ReturnType<typeof scoreBalance>) => r.domains.find((d) => d.domain === 'care')?.score;
		expect(scoreBalance(base)).toMatchObject({ overburdenedCarer: false, state: 'in-balance' });
		for (const heavier of [{ careHeaviness: 'too-heavy' }, { careBreak: 'rarely' }, { careBreak: 'never' }, { careHours: 'over-40', careBreak: 'never' }]) {
			const r = scoreBalance({ ...base, ...heavier });
			expect(r, JSON.stringify(heavier)).toMatchObject({ overburdenedCarer: true, state: 'out-of-balance', weighsMost: ['care'] });
			expect(care(r)).toBe(3);
		}
		// Few hours and no break is heavy, but not this rule.
		expect(scoreBalance({ ...base, careHours: '8-20', careBreak: 'never' }).overburdenedCarer).toBe(false);
		// Not a carer (care: no): leftover answers do not count.
		expect(scoreBalance({ ...base, care: 'no', careHeaviness: 'too-heavy' }).overburdenedCarer).toBe(false);
	});

	it('counts the heaviest domain in full and every other one for an eighth, up to 3', () => {
		expect(draaglastScore([])).toBeNull();
		expect(draaglastScore([3, 0, 0, 0, 0, 0])).toBe(3);
		expect(draaglastScore([2, 1, 1, 0, 0, 0])).toBe(2.25);
		expect(draaglastScore([1, 1, 1, 1, 1, 1])).toBe(1.625);
		expect(draaglastScore([3, 3, 3, 3, 3, 3])).toBe(3);
		// One heavy domain is not averaged away by five that do not weigh.
		expect(scoreBalance({ ...uniform(0, 1), money: 'always' }).draaglast.score).toBe(3);
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
		expect(scoreBalance({ ...uniform(2, 3), money: 'skipped' }).draaglast.score).toBe(2 + 4 * 2 / 8);
	});

	it('tilts the picture by draagkracht minus draaglast, as the model scores them', () => {
		expect(scoreBalance(uniform(0, 3)).tilt).toBe(3);
		expect(scoreBalance(uniform(3, 0)).tilt).toBe(-3);
		expect(scoreBalance({ ...uniform(0, 1), money: 'always' }).tilt).toBe(-2);
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
	const only = (ids: string[]): Answers => Object.fromEntries(Object.entries(uniform(0, 2)).filter(([id]) => ids.includes(id)));

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
	it('applies the three rules, and the carer rule', () => {
		expect(balanceState(1.01, 1, false)).toBe('out-of-balance');
		expect(balanceState(1, 2, false)).toBe('in-balance');
		expect(balanceState(1, 2, true)).toBe('out-of-balance');
		expect(balanceState(1.2, 2.2, false)).toBe('in-balance'); // floating point: 2.2 − 1.2 is not exactly 1
		expect(balanceState(1.5, 2.4, false)).toBe('wobbly');
		expect(balanceState(3, 3, false)).toBe('wobbly');
	});
});
