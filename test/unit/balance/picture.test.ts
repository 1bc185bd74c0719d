import { describe, expect, it } from 'vitest';
import { MAX_DEGREES, MIN_OUT_OF_BALANCE_DEGREES, scaleDegrees } from '../../../src/lib/balance/picture';
import { scoreBalance } from '../../../src/lib/balance/score';
import { randomAnswers, seededRandom } from './helpers';

describe('scaleDegrees', () => {
	it('follows the difference: 6° a point in and near balance, full tilt at ±3', () => {
		expect(scaleDegrees('in-balance', 3)).toBe(MAX_DEGREES);
		expect(scaleDegrees('in-balance', 1)).toBe(6);
		expect(scaleDegrees('wobbly', 0.5)).toBe(3);
		expect(scaleDegrees('out-of-balance', -3)).toBe(-MAX_DEGREES);
		expect(scaleDegrees('out-of-balance', -1.5)).toBe(-12);
	});

	it('never draws "out of balance" level, also for an overburdened carer whose sides are even', () => {
		expect(scaleDegrees('out-of-balance', 0)).toBe(-MIN_OUT_OF_BALANCE_DEGREES);
		expect(scaleDegrees('out-of-balance', 0.8)).toBe(-MIN_OUT_OF_BALANCE_DEGREES);
	});

	it('draws nothing without a state', () => {
		expect(scaleDegrees('too-few-answers', 1)).toBeNull();
		expect(scaleDegrees('wobbly', null)).toBeNull();
	});

	it('hangs towards what weighs exactly when out of balance, for many answer sets', () => {
		const rand = seededRandom(3);
		for (let i = 0; i < 500; i++) {
			const r = scoreBalance(randomAnswers(rand));
			const degrees = scaleDegrees(r.state, r.tilt);
			if (degrees === null) continue;
			if (r.state === 'out-of-balance') expect(degrees).toBeLessThanOrEqual(-MIN_OUT_OF_BALANCE_DEGREES);
			else expect(degrees).toBeGreaterThanOrEqual(0);
			if (r.state === 'in-balance') expect(degrees).toBeGreaterThanOrEqual(6);
		}
	});
});
