import type { Category, WijkName } from './constants';
import { PLACES } from './data';
import { distanceMetres } from './distance';
import { hasWayToReach } from './freshness';
import { originFromPc4, type Origin } from './origin';
import { displayDistance, type DistanceDisplay, type PersonPrecision } from './precision';
import type { Place } from './schema';

export interface PlaceWithDistance {
	place: Place;
	/** Raw great-circle distance; null without origin or without a place location. For sorting only — show `distance`. */
	metres: number | null;
	distance: DistanceDisplay;
}

const collator = new Intl.Collator('nl');

/**
 * Whether a place belongs in the list residents see: only places a source from 2022 or later
 * shows working (status active). Unknown, moved and closed places stay in the data (with their
 * status) for the keepers, but are never shown as places to go. A place with no phone, website,
 * street or wijk gives a person nothing to act on, so it is left out too; the data report
 * lists those for the data keepers.
 */
export function isListed(place: Place): boolean {
	if (place.status !== 'active') return false;
	return Boolean(place.phone || place.website || place.address.street || place.wijk);
}

export function personPrecision(origin: Origin): PersonPrecision {
	return origin.kind === 'gps' ? { kind: 'gps', accuracyM: origin.accuracyM } : { kind: origin.kind };
}

/** At the same distance: places a person can call or walk to first, then active before unknown, then by name. */
function byReachThenStatusThenName(a: Place, b: Place): number {
	const reach = (p: Place) => (hasWayToReach(p) ? 0 : 1);
	const rank = (p: Place) => (p.status === 'active' ? 0 : 1);
	return reach(a) - reach(b) || rank(a) - rank(b) || collator.compare(a.name, b.name);
}

/** Nearest first; places without a location follow the located ones, so they stay findable. */
export function sortByDistance(places: readonly Place[], origin: Origin): PlaceWithDistance[] {
	const person = personPrecision(origin);
	const withDistance = places.map((place): PlaceWithDistance => {
		const metres = place.geo.precision === 'none' ? null : distanceMetres(origin, place.geo);
		return { place, metres, distance: displayDistance(metres, person, place.geo.precision) };
	});
	return withDistance.sort((a, b) => {
		if (a.metres === null || b.metres === null) {
			if (a.metres !== b.metres) return a.metres === null ? 1 : -1;
			return byReachThenStatusThenName(a.place, b.place);
		}
		return a.metres - b.metres || byReachThenStatusThenName(a.place, b.place);
	});
}

export function filterByCategory(places: readonly Place[], category: Category | null): Place[] {
	return category === null ? [...places] : places.filter((p) => p.categories.includes(category));
}

export function filterByWijk(places: readonly Place[], wijk: WijkName | null): Place[] {
	return wijk === null ? [...places] : places.filter((p) => p.wijk === wijk);
}

/**
 * The list the "help nearby" screen shows: listed places, optionally of one need, nearest first
 * when we know where the person is, otherwise active first and by name.
 */
export function listFor(origin: Origin | null, category: Category | null, places: readonly Place[] = PLACES): PlaceWithDistance[] {
	const chosen = filterByCategory(places.filter(isListed), category);
	if (origin) return sortByDistance(chosen, origin);
	return chosen
		.sort(byReachThenStatusThenName)
		.map((place) => ({ place, metres: null, distance: { kind: 'unknown' } as const }));
}

/**
 * For an old link to a place that moved or closed: the listed places that give the same help
 * (share a need), nearest first from where the person is, or else from the old place itself when
 * its postcode area is known; otherwise active first and by name. At most `count`.
 */
export function alternativesFor(gone: Place, origin: Origin | null, count = 3, places: readonly Place[] = PLACES): PlaceWithDistance[] {
	const alike = places.filter((p) => p.id !== gone.id && isListed(p) && p.categories.some((c) => gone.categories.includes(c)));
	const from = origin ?? (gone.geo.precision !== 'none' && gone.geo.pc4 ? originFromPc4(gone.geo.pc4) : null);
	return listFor(from, null, alike).slice(0, count);
}
