import { error } from '@sveltejs/kit';
import { categoryOfSlug, isListSlug } from '$lib/places';
import type { PageLoad } from './$types';

// Rendered in the browser from the app's data, not prerendered: one static page per need in
// seven languages would make the offline copy far larger than its 1.5 MB budget. The service
// worker answers these URLs with the app shell (200.html), also offline.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ params }) => {
	if (!isListSlug(params.category)) error(404, 'Not found');
	return { slug: params.category, category: categoryOfSlug(params.category) };
};
