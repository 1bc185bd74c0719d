/** A point on the map in WGS84 degrees. */
export interface LatLon {
	lat: number;
	lon: number;
}

/** Mean earth radius (IUGG); the error of a sphere is far below our postcode precision. */
const EARTH_RADIUS_M = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine formula). */
export function distanceMetres(a: LatLon, b: LatLon): number {
	const dLat = toRadians(b.lat - a.lat);
	const dLon = toRadians(b.lon - a.lon);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
	// min(1, …) guards against rounding pushing asin's argument just over 1 for antipodes.
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
