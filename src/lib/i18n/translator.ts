import i18next, { type TOptions } from 'i18next';
import { loaders } from 'virtual:hw-messages';
import { browser } from '$app/environment';
import { localeFor, type LangCode } from './locales';
import type { Namespace } from './namespaces';

export type Messages = Record<string, unknown>;
export type Translate = (key: string, values?: TOptions) => string;

export { namespacesFor, type Namespace } from './namespaces';

export async function loadMessages(lang: LangCode, namespaces: readonly Namespace[]): Promise<Messages> {
	const parts = await Promise.all(
		namespaces.map((ns) => {
			const load = loaders[`${lang}:${ns}`];
			if (!load) throw new Error(`No messages for ${lang}:${ns}`);
			return load().then((m) => m.default);
		})
	);
	return Object.assign({}, ...parts);
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
		interpolation: { escapeValue: false },
		// A key missing from this page's namespaces stops the build (prerender runs this on the
		// server), and shows up as a console error in the browser tests.
		saveMissing: true,
		missingKeyHandler: (_lngs, _ns, key) => {
			const message = `Missing message "${key}" for ${lang} (add it to messages/, or the page's namespaces)`;
			if (!browser) throw new Error(message);
			console.error(message);
		}
	});
	return (key, values) => instance.t(key, values ?? {}) as string;
}
