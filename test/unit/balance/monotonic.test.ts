import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS, BASE_QUESTIONS } from '../../../src/lib/balance/questions';
import { scoreBalance } from '../../../src/lib/balance/score';
import type { Answers, ResultState } from '../../../src/lib/balance/types';
import { randomAnswers, seededRandom, uniform, valueWithPoints } from './helpers';

const DRAAGLAST_DOMAINS = BASE_QUESTIONS.filter((q) => q.side === 'draaglast').map((q) => q.domain);

/** How far toward 'out-of-balance' a state is. */
const RANK: Record<ResultState, number> = { 'in-balance': 0, wobbly: 1, 'out-of-balance': 2, 'too-few-answers': -1 };

/** Pairs of option values (lighter, heavier) by points; "does not apply" (null) is not comparable. */
function orderedPairs(q: (typeof ALL_QUESTIONS)[number]): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	for (const a of q.options)
		for (const b of q.options)
			if (a.points !== null && b.points !== null && a.points < b.points) pairs.push([a.value, b.value]);
	return pairs;
}

// Random answer sets plus the corners, where a rule boundary is most likely to slip.
const rand = seededRandom(20250101);
const SETS: Answers[] = [
	...Array.from({ length: 400 }, () => randomAnswers(rand)),
	...Array.from({ length: 100 }, () => randomAnswers(rand, 0)),
	uniform(0, 3),
	uniform(3, 0),
	uniform(1, 2, 0),
	uniform(2, 2, 3)
];

describe('monotonicity', () => {
	it('raising a draaglast answer never moves the state toward in-balance, nor turns the safety net off', () => {
		let compared = 0;
		for (const q of ALL_QUESTIONS.filter((x) => x.side === 'draaglast')) {
			for (const [lighter, heavier] of orderedPairs(q)) {
				for (const set of SETS) {
					const low = scoreBalance({ ...set, [q.id]: lighter });
					const high = scoreBalance({ ...set, [q.id]: heavier });
					expect(high.state === 'too-few-answers', `${q.id} ${lighter}→${heavier}`).toBe(low.state === 'too-few-answers');
					expect(RANK[high.state], `${q.id} ${lighter}→${heavier} ${JSON.stringify(set)}`).toBeGreaterThanOrEqual(RANK[low.state]);
					if (low.safetyNet) expect(high.safetyNet, `${q.id} ${lighter}→${heavier}`).toBe(true);
					compared++;
				}
			}
		}
		expect(compared).toBeGreaterThan(10_000);
	});

	it('raising a draagkracht answer never moves the state toward out-of-balance, nor turns the safety net on', () => {
		for (const q of ALL_QUESTIONS.filter((x) => x.side === 'draagkracht')) {
			for (const [less, more] of orderedPairs(q)) {
				for (const set of SETS) {
					const low = scoreBalance({ ...set, [q.id]: less });
					const high = scoreBalance({ ...set, [q.id]: more });
					expect(RANK[high.state], `${q.id} ${less}→${more}`).toBeLessThanOrEqual(RANK[low.state]);
					if (!low.safetyNet) expect(high.safetyNet, `${q.id} ${less}→${more}`).toBe(false);
				}
			}
		}
	});

	it('one draaglast domain at its heaviest, with draagkracht at "a little" or less, is out of balance', () => {
		const strengthRand = seededRandom(42);
		let checked = 0;
		for (const set of SETS) {
			const weak: Answers = { ...set };
			for (const q of BASE_QUESTIONS.filter((x) => x.side === 'draagkracht')) weak[q.id] = valueWithPoints(q.id, strengthRand() < 0.5 ? 0 : 1);
			for (const domain of DRAAGLAST_DOMAINS) {
				const heaviest: Answers = { ...weak };
				for (const q of ALL_QUESTIONS.filter((x) => x.domain === domain)) heaviest[q.id] = valueWithPoints(q.id, 3);
				const r = scoreBalance(heaviest);
				if (r.state === 'too-few-answers') continue; // fewer than 2 draaglast answers: no state at all
				expect(r.state, `${domain} ${JSON.stringify(heaviest)}`).toBe('out-of-balance');
				expect(r.weighsMost[0], domain).toBeDefined();
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(2_000);
	});

	it('has random sets that reach every state, so the checks above are not vacuous', () => {
		const seen = new Set(SETS.map((s) => scoreBalance(s).state));
		expect([...seen].sort()).toEqual(['in-balance', 'out-of-balance', 'too-few-answers', 'wobbly']);
	});
});
