/**
 * The overzicht: the three jobs' results gathered in one structure, to show, print, share or
 * hand over. Pure: it only calls the jobs' own functions (scoreBalance, nextSteps, screen,
 * listFor), so the overzicht can never disagree with the result pages.
 */
import { nextSteps, scoreBalance, type Answers as BalanceAnswers, type BalanceResult, type NextStep } from '../balance';
import { currentOpenStatus, type CurrentOpenStatus, listFor, type PlaceWithDistance, type Category, PLACES, type Origin, SOCIAL_MAP, type Place } from '../places';
import { toHousehold, type Answers as RegelingenAnswers, groupHints, splitReceived, type Helper, helperById, screen, type Hint } from '../regelingen';
import { orderHints, orderSteps } from '../journey/ordering';
import type { Role } from '../journey/roles';
import { placeNeeds } from './needs';

/** How many next steps the overzicht repeats (the result page has them all). */
export const MAX_STEPS = 4;
/** Nearest places per need: enough to choose, short enough for one or two A4 pages. */
export const PLACES_PER_NEED = 2;

export interface BalanceSummary {
	result: BalanceResult;
	/** The first steps, in the result page's order: what weighs most first. */
	steps: NextStep[];
}

export interface SummaryPlace extends PlaceWithDistance {
	open: CurrentOpenStatus;
}

export interface NeedPlaces {
	category: Category;
	places: SummaryPlace[];
}

export interface Summary {
	/** null: the balance questions were not answered yet. */
	balance: BalanceSummary | null;
	/** null: the regelingen questions were not finished; otherwise the likely, then the maybe hints. */
	schemes: Hint[] | null;
	/** Every paper the schemes ask for, once, in the order they first come up. */
	papers: string[];
	/** Every organisation with a known phone number that helps with those schemes, once (the page lists them together). */
	helpers: Helper[];
	/** The needs chosen or pointed to (see placeNeeds), each with its nearest places. */
	needs: NeedPlaces[];
	/** Only when no need is known: where to start with any question (the sociaal wijkteam, Hulplijn Dordt). */
	anyQuestion: SummaryPlace[];
	/** Where the distances are measured from; null = places by name, without distance. */
	origin: Origin | null;
	/** The moment the summary was made (open-now status, the date on the print). */
	on: Date;
	/** Who filled it in: a helper's overzicht speaks about "de persoon die je helpt" (personKey). */
	role: Role;
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/** What the visit holds: the answers of the two question jobs, the chosen location and the role. */
export interface SummaryInput {
	balance: BalanceAnswers;
	regelingen: RegelingenAnswers;
	origin: Origin | null;
	/** The need last chosen in "help nearby" (null: none, or all places). */
	chosenNeed?: Category | null;
	/** Sets the order, as in every job: a mantelzorger's steps, schemes and places start with mantelzorg. Default 'self'. */
	role?: Role;
}

export function buildSummary(input: SummaryInput, on: Date, places?: readonly Place[]): Summary {
	const { balance: balanceAnswers, regelingen: regelingenAnswers, origin, chosenNeed = null, role = 'self' } = input;
	let balance: BalanceSummary | null = null;
	if (Object.keys(balanceAnswers).length > 0) {
		const result = scoreBalance(balanceAnswers);
		// The same order as the result page; for a mantelzorger the mantelzorg steps move up,
		// so they are among the few the overzicht repeats.
		balance = { result, steps: orderSteps(nextSteps(result, balanceAnswers), role).slice(0, MAX_STEPS) };
	}

	const household = toHousehold(regelingenAnswers);
	let schemes: Hint[] | null = null;
	if (household) {
		// What the household already gets is not advised again.
		const groups = groupHints(splitReceived(screen(household, on)).open);
		schemes = [...orderHints(groups.likely, role), ...orderHints(groups.maybe, role)];
	}

	const nearest = (list: PlaceWithDistance[]): SummaryPlace[] =>
		list.slice(0, PLACES_PER_NEED).map((item) => ({ ...item, open: currentOpenStatus(item.place, on) }));
	const needs = placeNeeds({ chosen: chosenNeed, steps: balance?.steps ?? [], hints: schemes ?? [] })
		.map((category) => ({ category, places: nearest(listFor(origin, category, places)) }))
		.filter((need) => need.places.length > 0);
	// Nothing points to a need: not every list, but the two doors for any question.
	const doors = [SOCIAL_MAP.fallbackPlaceId, SOCIAL_MAP.helpLinePlaceId];
	const anyQuestion = needs.length > 0 ? [] : nearest(listFor(origin, null, (places ?? PLACES).filter((p) => doors.includes(p.id))));

	return {
		balance,
		schemes,
		papers: unique((schemes ?? []).flatMap((h) => h.apply.papers)),
		helpers: unique((schemes ?? []).flatMap((h) => h.helpers)).flatMap((id) => helperById(id) ?? []).filter((h) => h.phone),
		needs,
		anyQuestion,
		origin,
		on,
		role
	};
}

/** True when nothing was filled in anywhere: the page then only points to the three jobs. */
export function isEmpty(summary: Summary): boolean {
	return summary.balance === null && summary.schemes === null;
}
