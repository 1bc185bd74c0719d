import { localeFor, suggestLang } from '$lib/i18n/locales';
import { createTranslator, loadMessages, namespacesFor } from '$lib/i18n/translator';
import type { PageLoad } from './$types';

// A path outside every language (`/xx/…`, a mistyped code). A route of its own rather than the
// root error page: SvelteKit loads the root error page with the first page of every visit, this
// only when such a path is opened. The browser's language is known only in the browser.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = async () => {
	const lang = suggestLang(navigator.languages ?? [navigator.language]);
	return { lang, locale: localeFor(lang), t: createTranslator(lang, await loadMessages(lang, namespacesFor(null))) };
};
