import { error } from '@sveltejs/kit';
import { placeById, isListed } from '$lib/places';
import type { PageLoad } from './$types';

// Rendered in the browser from the app's data, not prerendered: one static page per place in
// seven languages would make the offline copy far larger than its 1.5 MB budget. The service
// worker answers these URLs with the app shell (200.html), also offline.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ params }) => {
	const place = placeById(params.placeId);
	// An old link to a place that moved or closed says so, and where to go instead (GonePlace).
	if (place && (place.status === 'moved' || place.status === 'closed')) return { place, gone: place.status };
	if (!place || !isListed(place)) error(404, 'Not found');
	return { place, gone: null };
};
