import type { Place } from './schema';
import { addressText } from './view';

/**
 * What to hand the phone's map app. We send the address text, not a postcode middle: routing
 * to a postcode centroid would lead the person to the wrong street. Without a street there is
 * no honest route, so null.
 */
export function routeQuery(place: Place): string | null {
	return addressText(place.address);
}

/**
 * A geo: URI that opens the phone's own map app (Android, most mobile browsers). Built only
 * when the person taps the route link, so nothing is requested beforehand.
 */
export function routeHref(place: Place): string | null {
	const query = routeQuery(place);
	if (!query) return null;
	const at = place.geo.precision === 'address' ? `${place.geo.lat},${place.geo.lon}` : '0,0';
	return `geo:${at}?q=${encodeURIComponent(query)}`;
}
