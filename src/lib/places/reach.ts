import socialMapJson from '../data/social-map.json';
import type { Category } from './constants';
import { PLACES } from './data';
import { reachableToday } from './freshness';
import { isListed, sortByDistance, type PlaceWithDistance } from './nearby';
import type { Origin } from './origin';
import type { Place, SocialMap } from './schema';

/** Validated by socialMapSchema at build and test time (see validate.ts). */
export const SOCIAL_MAP = socialMapJson as SocialMap;

/**
 * Who to reach today when a list or a place cannot promise it:
 * - same-need: the nearest place for the same need with a phone and hours checked this year;
 * - wijkteam: the sociaal wijkteam, the way in to all help (when it has a phone);
 * - help-line: Hulplijn Dordt, one number for any question;
 * - walk-in: the sociaal wijkteam without a known phone (its page says where and when).
 */
export type ReachKind = 'same-need' | 'wijkteam' | 'help-line' | 'walk-in';

export interface ReachToday {
	kind: ReachKind;
	item: PlaceWithDistance;
}

const unlocated = (place: Place): PlaceWithDistance => ({ place, metres: null, distance: { kind: 'unknown' } });

/**
 * The way to reach help today for a list (its needs) or a place page (the place's needs, the
 * place itself left out). Null only when the data holds neither the wijkteam nor the help line.
 */
export function reachTodayFor(
	needs: readonly Category[] | null,
	origin: Origin | null,
	now: Date,
	options: { exclude?: string; places?: readonly Place[] } = {}
): ReachToday | null {
	const places = options.places ?? PLACES;
	const sameNeed = places.filter(
		(p) =>
			p.id !== options.exclude &&
			isListed(p) &&
			(needs === null || p.categories.some((c) => needs.includes(c))) &&
			reachableToday(p, now)
	);
	if (sameNeed.length > 0) {
		const nearest = origin ? sortByDistance(sameNeed, origin)[0] : unlocated(sameNeed[0] as Place);
		if (nearest) return { kind: 'same-need', item: nearest };
	}
	const byId = (id: string) => places.find((p) => p.id === id && p.id !== options.exclude && isListed(p));
	const wijkteam = byId(SOCIAL_MAP.fallbackPlaceId);
	const helpLine = byId(SOCIAL_MAP.helpLinePlaceId);
	const locate = (place: Place) => (origin ? (sortByDistance([place], origin)[0] ?? unlocated(place)) : unlocated(place));
	if (wijkteam?.phone) return { kind: 'wijkteam', item: locate(wijkteam) };
	if (helpLine?.phone) return { kind: 'help-line', item: locate(helpLine) };
	if (wijkteam) return { kind: 'walk-in', item: locate(wijkteam) };
	return null;
}

/** The wijkteam, for "Klopt er iets niet?" when no feedback address is known. */
export function wijkteamPlace(places: readonly Place[] = PLACES): Place | undefined {
	return places.find((p) => p.id === SOCIAL_MAP.fallbackPlaceId);
}
