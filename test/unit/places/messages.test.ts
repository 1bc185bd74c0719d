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

describe('places messages', () => {
	it('has a name and a one-line explanation for every category in all 7 languages', () => {
		for (const lang of PLACE_LANGS) {
			const categories = MESSAGES[lang].places.categories as Record<string, { name: string; text: string }>;
			for (const c of CATEGORIES) {
				expect(categories[c]?.name?.trim(), `${lang} ${c}`).toBeTruthy();
				expect(categories[c]?.text?.trim(), `${lang} ${c}`).toBeTruthy();
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
