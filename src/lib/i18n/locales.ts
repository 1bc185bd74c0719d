/**
 * The seven languages of the app. The order is the order on the language choice screen:
 * Dutch first, then the languages most spoken by Dordrecht residents who read Dutch less well.
 *
 * `intl` is the locale handed to Intl for numbers, money and dates. Arabic uses Western
 * digits (`-u-nu-latn`): letters, forms and phone keypads in the Netherlands use them, so a
 * person can match an amount or a phone number on screen with the one on paper.
 */
export const LOCALES = [
	{ code: 'nl', endonym: 'Nederlands', dir: 'ltr', intl: 'nl-NL', speech: 'nl' },
	{ code: 'en', endonym: 'English', dir: 'ltr', intl: 'en-GB', speech: 'en' },
	{ code: 'ar', endonym: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', speech: 'ar' },
	{ code: 'tr', endonym: 'Türkçe', dir: 'ltr', intl: 'tr-TR', speech: 'tr' },
	{ code: 'pl', endonym: 'Polski', dir: 'ltr', intl: 'pl-PL', speech: 'pl' },
	{ code: 'uk', endonym: 'Українська', dir: 'ltr', intl: 'uk-UA', speech: 'uk' },
	{ code: 'ti', endonym: 'ትግርኛ', dir: 'ltr', intl: 'ti-ER', speech: 'ti' }
] as const;

export type Locale = (typeof LOCALES)[number];
export type LangCode = Locale['code'];

export const LANG_CODES: readonly LangCode[] = LOCALES.map((l) => l.code);
export const DEFAULT_LANG: LangCode = 'nl';

export function isLangCode(value: string): value is LangCode {
	return (LANG_CODES as readonly string[]).includes(value);
}

export function localeFor(code: LangCode): Locale {
	const found = LOCALES.find((l) => l.code === code);
	if (!found) throw new Error(`Unknown language code: ${code}`);
	return found;
}

/**
 * Suggests one of our languages from the browser's list (navigator.languages), e.g.
 * ['ar-EG', 'en'] → 'ar'. Falls back to Dutch, the language of Dordrecht's desks.
 */
export function suggestLang(browserLanguages: readonly string[]): LangCode {
	for (const tag of browserLanguages) {
		const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
		if (isLangCode(base)) return base;
	}
	return DEFAULT_LANG;
}

/** Replaces the language segment of a path: ('/nl/over/', 'ar') → '/ar/over/'. */
export function switchLangInPath(pathname: string, lang: LangCode): string {
	const parts = pathname.split('/');
	if (parts.length > 1 && isLangCode(parts[1] ?? '')) {
		parts[1] = lang;
		return parts.join('/');
	}
	return `/${lang}/`;
}
