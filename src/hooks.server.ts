import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, isLangCode, localeFor } from '$lib/i18n/locales';

/**
 * Sets <html lang dir> for each prerendered page, so a screen reader picks the right voice and
 * Arabic is right-to-left before any script runs. The language comes from the first URL segment.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1] ?? '';
	const lang = isLangCode(segment) ? segment : null;
	const locale = localeFor(lang ?? DEFAULT_LANG);
	// The app shell (200.html) serves every language, so it preloads no font.
	const fonts = lang ? (FONTS_FOR[lang] ?? []) : event.url.pathname === '/' ? CHOOSER_FONTS : [];
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%hulpwijzer.lang%', locale.code).replace('%hulpwijzer.dir%', locale.dir),
		// A page's fonts are fetched along with the HTML, not after its text is laid out, so the text
		// is drawn in Noto from the first paint instead of swapping fonts (a layout shift).
		preload: ({ type, path }) => type === 'js' || type === 'css' || (type === 'font' && fonts.some((f) => path.includes(f)))
	});
};

/** The font subsets (src/build/font-subsets.ts) a language's pages draw their text with. */
const FONTS_FOR: Partial<Record<string, string[]>> = {
	ar: ['/app-arabic-400.', '/app-arabic-700.'],
	ti: ['/app-ethiopic-400.', '/app-ethiopic-700.']
};
/** The language choice shows every language's name and prompt: the endonym subsets. */
const CHOOSER_FONTS = ['/chooser-arabic-', '/chooser-ethiopic-'];
