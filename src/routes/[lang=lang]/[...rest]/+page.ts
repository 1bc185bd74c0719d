import { error } from '@sveltejs/kit';

// Any path under a language that the app does not have (an old or mistyped link): the app's
// own not-found page (../+error.svelte), in that language, instead of a bare "404".
export const prerender = false;
export const ssr = false;

export const load = () => error(404, 'Not found');
