import { CATEGORIES, DORDRECHT_PC4, WIJK_NAMES, type Category, type DordrechtPc4, type WijkName } from './constants';
import { isNearDordrecht, originFromGps, originFromPc4, originFromWijk, type Origin } from './origin';

/** The list URLs: one per need, plus 'alle' for every need. */
export const LIST_SLUGS = [...CATEGORIES, 'alle'] as const;
export type ListSlug = (typeof LIST_SLUGS)[number];

export function isListSlug(value: string): value is ListSlug {
	return (LIST_SLUGS as readonly string[]).includes(value);
}

/** 'alle' → null (no filter); a need → that need. */
export function categoryOfSlug(slug: ListSlug): Category | null {
	return slug === 'alle' ? null : slug;
}

/** What "help nearby" keeps for the visit (sessionStorage key 'places'): where from, and the last list seen. */
export interface PlacesSession {
	origin: Origin | null;
	list: ListSlug | null;
}

export const EMPTY_PLACES_SESSION: PlacesSession = { origin: null, list: null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Reads an origin back from storage without trusting it. A postcode or wijk origin is rebuilt
 * from our own centroid data (so stored coordinates can never disagree with the data); a GPS
 * origin needs plausible degrees and a positive accuracy.
 */
export function restoreOrigin(raw: unknown): Origin | null {
	if (!isObject(raw)) return null;
	if (raw.kind === 'pc4' && (DORDRECHT_PC4 as readonly unknown[]).includes(raw.pc4)) {
		return originFromPc4(raw.pc4 as DordrechtPc4);
	}
	if (raw.kind === 'wijk' && (WIJK_NAMES as readonly unknown[]).includes(raw.wijk)) {
		return originFromWijk(raw.wijk as WijkName);
	}
	if (raw.kind === 'gps' && isFiniteNumber(raw.lat) && isFiniteNumber(raw.lon) && isFiniteNumber(raw.accuracyM)) {
		if (Math.abs(raw.lat) > 90 || Math.abs(raw.lon) > 180 || raw.accuracyM <= 0) return null;
		if (!isNearDordrecht({ lat: raw.lat, lon: raw.lon })) return null;
		return originFromGps(raw.lat, raw.lon, raw.accuracyM);
	}
	return null;
}

/** The validator for the SessionValue: anything that does not fit is dropped, never trusted. */
export function restorePlacesSession(raw: unknown): PlacesSession | null {
	if (!isObject(raw)) return null;
	const list = typeof raw.list === 'string' && isListSlug(raw.list) ? raw.list : null;
	return { origin: restoreOrigin(raw.origin), list };
}

/** GeolocationPositionError codes (1, 2, 3), or a position far from Dordrecht → the message key that says what happened and what else works. */
export type GeoErrorKey = 'permissionDenied' | 'positionUnavailable' | 'timeout' | 'unsupported' | 'gpsOutsideDordrecht';

export function geoErrorKey(code: number): GeoErrorKey {
	if (code === 1) return 'permissionDenied';
	if (code === 3) return 'timeout';
	return 'positionUnavailable';
}
