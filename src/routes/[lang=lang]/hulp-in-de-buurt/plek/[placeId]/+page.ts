import { error } from '@sveltejs/kit';
import { PLACES, placeById } from '$lib/places/data';
import { isListed } from '$lib/places/nearby';
import { LANG_CODES } from '$lib/i18n/locales';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered page per place residents can see (moved and closed places have none). */
export const entries: EntryGenerator = () =>
	LANG_CODES.flatMap((lang) => PLACES.filter(isListed).map((p) => ({ lang, placeId: p.id })));

export const load: PageLoad = ({ params }) => {
	const place = placeById(params.placeId);
	if (!place || !isListed(place)) error(404, 'Not found');
	return { place };
};
