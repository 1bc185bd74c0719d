import i18next, { type TOptions } from 'i18next';
import { localeFor, type LangCode } from './locales';

export type Messages = Record<string, unknown>;
export type Translate = (key: string, values?: TOptions) => string;

/**
 * Each language's messages are their own chunk: a phone downloads only the language it shows
 * (the service worker still precaches all seven for offline use).
 */
const loaders = import.meta.glob<Messages>('../../../messages/*.json', { import: 'default' });

export async function loadMessages(lang: LangCode): Promise<Messages> {
	const load = loaders[`../../../messages/${lang}.json`];
	if (!load) throw new Error(`No messages for language ${lang}`);
	return load();
}

/**
 * A synchronous `t` for one language. i18next picks plural forms with Intl.PluralRules
 * (`key_one`, `key_few`, … per language); Svelte already escapes output, so i18next must not.
 */
export function createTranslator(lang: LangCode, messages: Messages): Translate {
	const instance = i18next.createInstance();
	void instance.init({
		lng: localeFor(lang).code,
		resources: { [lang]: { translation: messages } },
		initAsync: false,
		fallbackLng: false,
		returnNull: false,
		interpolation: { escapeValue: false }
	});
	return (key, values) => instance.t(key, values ?? {}) as string;
}
