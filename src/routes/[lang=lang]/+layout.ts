import { createTranslator, loadMessages, namespacesFor } from '$lib/i18n/translator';
import { localeFor, type LangCode } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

// The [lang=lang] matcher guarantees one of our seven codes here.
export const load: LayoutLoad = async ({ params, route }) => {
	const lang = params.lang as LangCode;
	const messages = await loadMessages(lang, namespacesFor(route.id));
	return { lang, locale: localeFor(lang), t: createTranslator(lang, messages) };
};
