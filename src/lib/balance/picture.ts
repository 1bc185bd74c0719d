/**
 * How far the scale on the result page tips. The angle follows the model's difference
 * (tilt = draagkracht − draaglast), so the picture never says something else than the words.
 */
import type { ResultState } from './types';

/** The beam's angle at the largest difference (3: everything on one side, nothing on the other). */
export const MAX_DEGREES = 18;
/** "Out of balance" is never drawn level: the beam hangs at least this far towards what weighs. */
export const MIN_OUT_OF_BALANCE_DEGREES = 6;

const clamp = (n: number) => Math.max(-3, Math.min(3, n));

/**
 * Degrees the beam turns; positive hangs towards what helps, negative towards what weighs.
 * In balance and wobbly: the difference times MAX_DEGREES / 3 (so 6° or more in balance, less
 * when wobbly). Out of balance: from MIN_OUT_OF_BALANCE_DEGREES at no difference (an
 * overburdened carer can be out of balance while the sides are level) to MAX_DEGREES at −3.
 * null when there is no state to draw.
 */
export function scaleDegrees(state: ResultState, tilt: number | null): number | null {
	if (state === 'too-few-answers' || tilt === null) return null;
	const t = clamp(tilt);
	if (state !== 'out-of-balance') return t * (MAX_DEGREES / 3);
	const towardsWeight = Math.max(0, -t);
	return -(MIN_OUT_OF_BALANCE_DEGREES + towardsWeight * ((MAX_DEGREES - MIN_OUT_OF_BALANCE_DEGREES) / 3));
}
