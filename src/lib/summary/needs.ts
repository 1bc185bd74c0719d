/**
 * Which kinds of places the overzicht lists. Not every need: a person who asked for money help
 * should not get seven lists of places on paper. Pure, so the rule is tested without a browser.
 */
import type { NextStep } from '../balance';
import type { Category } from '../places';
import type { Hint } from '../regelingen';

/** At most this many needs, each with its nearest places: with the rest it fits two A4 pages. */
export const MAX_NEEDS = 2;

export interface NeedSignals {
	/** The need the person last chose in "help nearby"; null when none (or "all places"). */
	chosen: Category | null;
	/** The balance steps the overzicht shows, in their order. */
	steps: readonly NextStep[];
	/** The schemes the overzicht shows; only the likely ones point to a need. */
	hints: readonly Hint[];
}

/**
 * The needs, in this order of trust:
 * 1. what the person chose in "help nearby": then that need only, they said what they look for;
 * 2. otherwise the needs the balance steps point to, then those of the likely schemes;
 *    "maybe" schemes do not count (they are questions, not needs), and at most MAX_NEEDS.
 * Empty when nothing points anywhere: the page then shows where to start with any question.
 */
export function placeNeeds({ chosen, steps, hints }: NeedSignals): Category[] {
	if (chosen) return [chosen];
	const pointed: Category[] = [
		...steps.flatMap((s) => (s.placeCategory ? [s.placeCategory] : [])),
		...hints.filter((h) => h.verdict === 'likely').flatMap((h) => (h.placeCategory ? [h.placeCategory] : []))
	];
	return [...new Set(pointed)].slice(0, MAX_NEEDS);
}
