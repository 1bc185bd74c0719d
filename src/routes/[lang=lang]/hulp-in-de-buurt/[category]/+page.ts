import { error } from '@sveltejs/kit';
import { categoryOfSlug, isListSlug, LIST_SLUGS } from '$lib/places/session';
import { LANG_CODES } from '$lib/i18n/locales';
import type { EntryGenerator, PageLoad } from './$types';

/** Every need's list is a prerendered page (plus 'alle'); the language comes from the layout. */
export const entries: EntryGenerator = () => LANG_CODES.flatMap((lang) => LIST_SLUGS.map((category) => ({ lang, category })));

export const load: PageLoad = ({ params }) => {
	if (!isListSlug(params.category)) error(404, 'Not found');
	return { slug: params.category, category: categoryOfSlug(params.category) };
};
