import { describe, it, expect } from 'vitest';
import { CATEGORIES, PLACE_LANGS } from '../../../src/lib/places/constants';
import nl from '../../../messages/nl.json';
import en from '../../../messages/en.json';
import ar from '../../../messages/ar.json';
import tr from '../../../messages/tr.json';
import pl from '../../../messages/pl.json';
import uk from '../../../messages/uk.json';
import ti from '../../../messages/ti.json';

type Tree = { [key: string]: string | Tree };
const MESSAGES = { nl, en, ar, tr, pl, uk, ti } as unknown as Record<(typeof PLACE_LANGS)[number], { places: Tree }>;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(tree)) {
		if (typeof value === 'string') out[prefix + key] = value;
		else Object.assign(out, flatten(value, `${prefix}${key}.`));
	}
	return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('places messages', () => {
	const nlFlat = flatten(MESSAGES.nl.places);
	const baseKeys = new Set(Object.keys(nlFlat).map((k) => k.replace(PLURAL, '')));

	it('has a name and a one-line explanation for every category in all 7 languages', () => {
		for (const lang of PLACE_LANGS) {
			const categories = MESSAGES[lang].places.categories as Record<string, { name: string; text: string }>;
			for (const c of CATEGORIES) {
				expect(categories[c]?.name?.trim(), `${lang} ${c}`).toBeTruthy();
				expect(categories[c]?.text?.trim(), `${lang} ${c}`).toBeTruthy();
			}
		}
	});

	it('has the same keys and placeholders in every language', () => {
		for (const lang of PLACE_LANGS) {
			const flat = flatten(MESSAGES[lang].places);
			expect(new Set(Object.keys(flat).map((k) => k.replace(PLURAL, ''))), lang).toEqual(baseKeys);
			for (const [key, text] of Object.entries(flat)) {
				const nlText = nlFlat[key] ?? nlFlat[key.replace(PLURAL, '_other')];
				if (!nlText || key.includes('count_')) continue; // "مكان واحد" (one place) rightly drops {{count}}
				expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(nlText));
			}
		}
	});

	it('has every plural form each language needs for counts and distances', () => {
		for (const lang of PLACE_LANGS) {
			const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			const flat = flatten(MESSAGES[lang].places);
			for (const key of ['results.count', 'distance.approx']) {
				for (const form of forms) expect(flat[`${key}_${form}`], `${lang} ${key}_${form}`).toBeTruthy();
			}
		}
	});

	it('tells the person about the other two ways in every location error', () => {
		const errors = MESSAGES.nl.places.location as { errors: Record<string, string> };
		for (const [key, text] of Object.entries(errors.errors)) {
			expect(text, key).toMatch(/postcode|wijk|plek/);
			expect(text.split(/[.!?]\s/).every((s) => s.split(/\s+/).length <= 20), key).toBe(true);
		}
	});
});
