import { describe, expect, it } from 'vitest';
import { LOCALES, suggestLang, switchLangInPath, isLangCode, localeFor } from '../../../src/lib/i18n/locales';

describe('locale table', () => {
	it('has the seven languages, each named in its own script', () => {
		expect(LOCALES.map((l) => l.code)).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti']);
		expect(LOCALES.map((l) => l.endonym)).toEqual([
			'Nederlands',
			'English',
			'العربية',
			'Türkçe',
			'Polski',
			'Українська',
			'ትግርኛ'
		]);
	});

	it('marks only Arabic as right-to-left', () => {
		expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
	});

	it('rejects unknown codes', () => {
		expect(isLangCode('de')).toBe(false);
		expect(isLangCode('ar')).toBe(true);
		expect(() => localeFor('de' as never)).toThrow(/Unknown language/);
	});
});

describe('suggestLang', () => {
	it('takes the first browser language we have', () => {
		expect(suggestLang(['de-DE', 'ar-EG', 'en'])).toBe('ar');
		expect(suggestLang(['uk-UA'])).toBe('uk');
		expect(suggestLang(['ti_ER'])).toBe('ti');
		expect(suggestLang(['EN-us'])).toBe('en');
	});

	it('falls back to Dutch', () => {
		expect(suggestLang([])).toBe('nl');
		expect(suggestLang(['fr-FR', 'de'])).toBe('nl');
	});
});

describe('switchLangInPath', () => {
	it('keeps the page and changes only the language', () => {
		expect(switchLangInPath('/nl/over/', 'ar')).toBe('/ar/over/');
		expect(switchLangInPath('/ti/balans/vraag/3/', 'nl')).toBe('/nl/balans/vraag/3/');
	});

	it('sends a path without a language to that language home', () => {
		expect(switchLangInPath('/', 'pl')).toBe('/pl/');
	});
});
