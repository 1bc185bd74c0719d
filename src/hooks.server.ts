import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, isLangCode, localeFor } from '$lib/i18n/locales';

/**
 * Sets <html lang dir> for each prerendered page, so a screen reader picks the right voice and
 * Arabic is right-to-left before any script runs. The language comes from the first URL segment.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1] ?? '';
	const locale = localeFor(isLangCode(segment) ? segment : DEFAULT_LANG);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%hulpwijzer.lang%', locale.code).replace('%hulpwijzer.dir%', locale.dir)
	});
};
