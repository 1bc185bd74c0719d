import schemesData from '../data/schemes.json';
import type { ScreenContext } from './context';
import { aowAgeOn, type Household } from './household';
import { assetLimitForYear, bijstandNormForDay, isoDay, normForDay, NORMS } from './norms';
import type { Scheme } from './schemes-schema';
import { planFor, ScreenedHint } from './screened-hint';
import { PER_YEAR, type Hint } from './types';

export { HELPERS, helperById } from './helpers';

/** Validated by schemesSchema at build and test time (see validate.ts). */
export const SCHEMES = schemesData as Scheme[];

/** Every scheme made ready to screen once (planFor), in the order of schemes.json. */
const PLAN = SCHEMES.map(planFor);

export function contextFor(household: Household, on: Date): ScreenContext {
	const day = isoDay(on);
	const aowAge = aowAgeOn(day);
	const norm = normForDay(household, day, aowAge);
	return {
		h: household,
		day,
		year: on.getUTCFullYear(),
		aowAge,
		norm,
		bijstandNorm: bijstandNormForDay(household, day, aowAge, norm),
		assetLimit: assetLimitForYear(household, on.getUTCFullYear()),
		nearBand: NORMS.nearLimitPercent,
		memo: { estimates: {} }
	};
}

/**
 * Hints for every scheme, in the order of schemes.json. Pure: the same household and date
 * always give the same hints; `on` picks the norms and amounts that hold on that date.
 */
export function screen(household: Household, on: Date = new Date()): Hint[] {
	const ctx = contextFor(household, on);
	return PLAN.map((plan) => new ScreenedHint(plan, ctx));
}

/**
 * "Together roughly … per year": sums only what the household can count on — `likely` hints
 * with a real amount (an estimate or a quoted amount, not an "up to" maximum), not yet received.
 * One-off amounts count once. Returns the number of hints summed too.
 */
export function countsInYearlyTotal(hint: Hint): boolean {
	return hint.verdict === 'likely' && !hint.alreadyReceived && hint.amount !== null && hint.amount.countsInTotal && !hint.amount.upTo;
}

export function yearlyTotal(hints: readonly Hint[]): { amount: number; count: number } {
	let amount = 0;
	let count = 0;
	for (const hint of hints) {
		if (!countsInYearlyTotal(hint) || !hint.amount) continue;
		amount += hint.amount.value * PER_YEAR[hint.amount.period];
		count += 1;
	}
	return { amount: Math.round(amount), count };
}
