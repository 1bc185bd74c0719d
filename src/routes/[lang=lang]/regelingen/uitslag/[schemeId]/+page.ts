import { error } from '@sveltejs/kit';
import { SCHEMES, type SchemeId } from '$lib/regelingen';
import type { PageLoad } from './$types';

// Rendered in the browser from this visit's answers, like a place page: 33 schemes in seven
// languages as static pages would say nothing without the answers and weigh on the offline copy.
// The service worker answers these URLs with the app shell (200.html), also offline.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ params }) => {
	const scheme = SCHEMES.find((s) => s.id === params.schemeId);
	if (!scheme) error(404, 'Not found');
	return { schemeId: scheme.id as SchemeId };
};
