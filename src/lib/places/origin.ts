import postcodes from '../data/postcodes.json';
import wijken from '../data/wijken.json';
import { distanceMetres, type LatLon } from './distance';
import type { DordrechtPc4, WijkName } from './constants';

/**
 * Where the person is, and how we know it. Only ever kept in memory on the phone.
 * gps: the phone's position with its accuracy radius; pc4: the middle of the postcode area
 * they typed; wijk: the middle of the wijk's representative postcode area (see wijken.json).
 */
export type Origin =
	| (LatLon & { kind: 'gps'; accuracyM: number })
	| (LatLon & { kind: 'pc4'; pc4: DordrechtPc4 })
	| (LatLon & { kind: 'wijk'; wijk: WijkName; pc4: DordrechtPc4 });

export interface WijkInfo {
	name: WijkName;
	area: 'West' | 'Centrum' | 'Oost';
	pc4: DordrechtPc4;
	note: string;
}

export const WIJKEN = wijken as WijkInfo[];
const CENTROIDS = postcodes.centroids as Array<{ pc4: DordrechtPc4; lat: number; lon: number }>;

/** The GeoNames attribution line to show wherever a postcode centroid is used. */
export const POSTCODE_ATTRIBUTION: string = postcodes.attribution;

export function centroidOf(pc4: string): LatLon | null {
	const found = CENTROIDS.find((c) => c.pc4 === pc4);
	return found ? { lat: found.lat, lon: found.lon } : null;
}

/**
 * How far from the middle of one of Dordrecht's postcode areas a phone may be and still count as
 * in (or right next to) Dordrecht. Dordrecht's own areas reach about this far from their middle:
 * the Biesbosch part of 3329 lies some 4 km east of it. Further away, the distances to Dordrecht's
 * places tell the person nothing useful ("ongeveer 64 km"), so the screen says so instead.
 */
export const DORDRECHT_REACH_M = 5_000;

/** True when a position is in or right next to Dordrecht (see DORDRECHT_REACH_M). */
export function isNearDordrecht(point: LatLon): boolean {
	return CENTROIDS.some((c) => distanceMetres(point, c) <= DORDRECHT_REACH_M);
}

export function originFromGps(lat: number, lon: number, accuracyM: number): Origin {
	return { kind: 'gps', lat, lon, accuracyM: Number.isFinite(accuracyM) && accuracyM > 0 ? accuracyM : 1000 };
}

/** null when the postcode area is not one of Dordrecht's (use parsePostcode first). */
export function originFromPc4(pc4: DordrechtPc4): Origin | null {
	const centroid = centroidOf(pc4);
	return centroid ? { kind: 'pc4', pc4, ...centroid } : null;
}

export function originFromWijk(wijk: WijkName): Origin | null {
	const info = WIJKEN.find((w) => w.name === wijk);
	const centroid = info ? centroidOf(info.pc4) : null;
	return info && centroid ? { kind: 'wijk', wijk, pc4: info.pc4, ...centroid } : null;
}
