/**
 * Complete translations: no Dutch or English left in another language's file, scheme names kept in
 * Dutch with a plain explanation in the person's language, Tigrinya in Ge'ez script.
 *
 * The whitelists are small on purpose; every entry says why it may stay as it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, type LangCode } from '../../../src/lib/i18n/locales';
import { flattenMessages } from '../../support/readability';

type Tree = { [key: string]: string | Tree };
const load = (lang: LangCode) =>
	flattenMessages(JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8')) as Tree);
const files = Object.fromEntries(LANG_CODES.map((lang) => [lang, load(lang)])) as Record<LangCode, Map<string, string>>;
const places = JSON.parse(readFileSync(new URL('../../../src/lib/data/places.json', import.meta.url), 'utf8')) as Array<{
	id: string;
	name: string;
	description: Record<string, string>;
}>;

/** Keys whose value is a proper name, kept in Dutch in every language (the app, schemes, help lines). */
const NAME_KEY = /^(app\.name|page\.titleSuffix|regelingen\.scheme\.[^.]+\.name|directHelp\.lines\.[^.]+\.name|balance\.step\.mantelzorgwaardering\.title)$/;

/** The same word in both languages, so identical to Dutch or English by right: [lang, key, why]. */
const SAME_WORD: ReadonlyArray<readonly [LangCode, string, string]> = [
	['en', 'nav.home', '"Start" is English too'],
	['en', 'nav.mainLabel', '"Menu" is English too'],
	['en', 'update.later', '"Later" is English too'],
	['en', 'places.location.postcodeLabel', '"Postcode" is the British word'],
	['en', 'places.place.website', '"Website" is English'],
	['en', 'regelingen.channel.online', '"Online" is English'],
	['pl', 'nav.mainLabel', '"Menu" is Polish too'],
	['pl', 'places.place.address', '"Adres" is Polish'],
	['tr', 'places.place.address', '"Adres" is Turkish'],
	['pl', 'places.place.fact.address', '"adres" is Polish'],
	['tr', 'places.place.fact.address', '"adres" is Turkish']
];

/** No letters once placeholders and punctuation are gone (e.g. "{{from}} – {{to}}"). */
const noWords = (text: string) => !/\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

/**
 * Latin-script names that may stand in Tigrinya (and Arabic and Ukrainian) text: names of schemes,
 * help lines, places and neighbourhoods (taken from the data), and these organisations, services
 * and credits, which a resident must recognise on letters and websites.
 * Besides names, a Dutch word may stand right next to its explanation, for recognition:
 * "طبيب العائلة (huisarts)" or "mantelzorgwaardering (ዓመታዊ ምስጋና)". A Dutch word on its own is flagged.
 */
const LATIN_NAMES = [
	// Places and organisations in and around Dordrecht
	'Dordrecht', 'Dordt', 'Drechtsteden', 'SDD', 'SVB', 'MEE Mantelzorg', 'Sociaal wijkteam', 'Juridisch Loket', 'Leergeld',
	// Services and schemes by their Dutch name (the sentence says what they are)
	'DigiD', 'AOW', 'AIO', 'WTOS', 'PMB', 'BSO', 'Dordtpas', 'Mijn toeslagen', 'Hulp bij geldzaken', 'Digitale Belastingbalie',
	'mantelzorgwaardering', 'mantelzorg', 'respijtzorg', 'kindgebonden budget', 'kinderbijslag', 'huurtoeslag', 'kindtegoed',
	'toeslagen', 'toeslag', 'bijstand', 'UWV', 'WW', 'Wajong', 'Vogelbuurt',
	// Credits on the About page (names of works and licences)
	'GeoNames', 'OpenStreetMap', 'NL Design System', 'Utrecht', 'Noto Sans Arabic', 'Noto Sans Ethiopic', 'SIL Open Font License',
	'CC BY', 'ODbL', 'EUPL'
];
const wijken = JSON.parse(readFileSync(new URL('../../../src/lib/data/wijken.json', import.meta.url), 'utf8')) as Array<{ name: string }>;
const derivedNames = [
	...[...files.nl].filter(([key]) => NAME_KEY.test(key)).map(([, value]) => value),
	...places.map((p) => p.name),
	// Capitalised words of place names ("De Prinsemarij", "Stadskantoor") and the neighbourhoods.
	...places.flatMap((p) => p.name.match(/\b(?:De |Het )?[A-Z][\p{L}-]{2,}/gu) ?? []),
	...wijken.map((w) => w.name)
];
const allNames = [...derivedNames, ...LATIN_NAMES].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES_RE = new RegExp(`(?<![A-Za-zÀ-ÿ])(?:${allNames.map(escape).join("|")})(?![A-Za-zÀ-ÿ])`, 'giu');
/** Latin-only words in brackets beside the explanation, or a Latin word followed by its explanation in brackets. */
const TERM_IN_BRACKETS = /\([^()\p{Script=Arabic}\p{Script=Ethiopic}\p{Script=Cyrillic}]*\)/gu;
const TERM_BEFORE_EXPLANATION = /[A-Za-zÀ-ÿ'-]+\s*(?=\([^)]*[\p{Script=Arabic}\p{Script=Ethiopic}\p{Script=Cyrillic}])/gu;

/** Latin words left once names, URLs, postcodes and placeholders are taken out. */
function latinWords(text: string): string[] {
	const rest = text
		.replace(/\{\{[^}]*\}\}/g, ' ')
		.replace(/\b[\w.-]+\.(nl|org|com|eu)\b\S*/gi, ' ')
		.replace(/\b\d{4} ?[A-Z]{2}\b/g, ' ')
		.replace(NAMES_RE, ' ')
		.replace(TERM_IN_BRACKETS, ' ')
		.replace(TERM_BEFORE_EXPLANATION, ' ');
	return rest.match(/[A-Za-zÀ-ÿ]{2,}/g) ?? [];
}

describe('translations', () => {
	const others = LANG_CODES.filter((lang) => lang !== 'nl');

	it.each(others)('%s has no value left in Dutch or English (names and same words aside)', (lang) => {
		const allowed = new Set(SAME_WORD.filter(([l]) => l === lang).map(([, key]) => key));
		const left: string[] = [];
		for (const [key, value] of files[lang]) {
			if (NAME_KEY.test(key) || allowed.has(key) || noWords(value)) continue;
			if (value === files.nl.get(key)) left.push(`${key}: same as nl`);
			else if (lang !== 'en' && value === files.en.get(key)) left.push(`${key}: same as en`);
		}
		expect(left).toEqual([]);
	});

	it('every same-word exception is still needed (the whitelist stays small)', () => {
		const stale = SAME_WORD.filter(([lang, key]) => files[lang].get(key) !== files.nl.get(key));
		expect(stale).toEqual([]);
	});

	it.each(others)('%s keeps scheme names in Dutch and explains each scheme in its own words', (lang) => {
		const wrong: string[] = [];
		for (const [key, value] of files.nl) {
			const scheme = /^regelingen\.scheme\.([^.]+)\.name$/.exec(key)?.[1];
			if (!scheme) continue;
			if (files[lang].get(key) !== value) wrong.push(`${key}: not the Dutch name`);
			const explain = files[lang].get(`regelingen.scheme.${scheme}.explain`);
			if (!explain || explain === files.nl.get(`regelingen.scheme.${scheme}.explain`)) wrong.push(`${scheme}: no explanation in ${lang}`);
		}
		expect(wrong).toEqual([]);
	});

	it.each(others)('%s has every place description in its own words', (lang) => {
		const missing = places.filter((p) => !p.description[lang] || (lang !== 'en' && p.description[lang] === p.description.en) || p.description[lang] === p.description.nl);
		expect(missing.map((p) => p.id)).toEqual([]);
	});

	it.each(['ti', 'ar', 'uk'] as const)('%s has no Latin words except names', (lang) => {
		const found: string[] = [];
		for (const [key, value] of files[lang]) {
			if (NAME_KEY.test(key)) continue;
			const latin = latinWords(value);
			if (latin.length) found.push(`${key}: ${latin.join(' ')}`);
		}
		for (const p of places) {
			const latin = latinWords(p.description[lang] ?? '');
			if (latin.length) found.push(`places.json ${p.id}: ${latin.join(' ')}`);
		}
		expect(found).toEqual([]);
	});

	it('Tigrinya is written in Ge\u2019ez script (every message with words has Ge\u2019ez letters)', () => {
		const notGeez = [...files.ti]
			.filter(([key, value]) => !NAME_KEY.test(key) && !noWords(value) && !/[\u1200-\u137f]/.test(value))
			.map(([key, value]) => `${key}: ${value}`);
		expect(notGeez).toEqual([]);
	});
});
