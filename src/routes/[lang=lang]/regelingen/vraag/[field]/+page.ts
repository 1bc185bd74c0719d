import { error } from '@sveltejs/kit';
import { building } from '$app/environment';
import { LANG_CODES } from '$lib/i18n/locales';
import { isQuestion } from '$lib/journey/flow';
import { regelingenFlow } from '$lib/journey/regelingen';
import type { EntryGenerator, PageLoad } from './$types';

// The first question is prerendered in every language, so the job's first step paints from its
// first response (issue #18); the others render in the browser from the app's data: one static
// page per question in seven languages would only grow the build. The host and the service
// worker answer those URLs with the app shell (200.html), also offline.
export const prerender = 'auto';
// Rendered on the server only to prerender: a host without the file (or vite preview) gives the shell.
export const ssr = building;
export const entries: EntryGenerator = () => LANG_CODES.map((lang) => ({ lang, field: regelingenFlow.order[0]! }));

export const load: PageLoad = ({ params }) => {
	if (!isQuestion(regelingenFlow, params.field)) error(404, 'Not found');
	return { field: params.field };
};
