import { describe, expect, it } from 'vitest';
import { ANSWER_BANDS, bandOf, questionById } from '../../../src/lib/balance';
import { LANG_CODES } from '../../../src/lib/i18n/locales';

const messages = Object.fromEntries(
	await Promise.all(LANG_CODES.map(async (lang) => [lang, (await import(`../../../messages/${lang}.json`)).default] as const))
) as Record<string, Record<string, unknown>>;

const lookup = (tree: unknown, key: string): string | undefined => {
	const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
	return typeof value === 'string' ? value : undefined;
};

/**
 * The numbers a label must show, as a person reads them: the first band "minder dan 8", a middle
 * one with both ends included ("8 tot en met 19"), the last "40 of meer". Months from 12 up are
 * said in years ("1 tot en met 4 jaar").
 */
function shownNumbers(unit: string, from: number, below: number | null, first: boolean): number[] {
	const say = (n: number) => (unit === 'months' && n >= 12 ? n / 12 : n);
	if (first) return [say(below ?? 0)];
	if (below === null) return [say(from)];
	// The last whole unit inside the band: 19 hours, 11 months, 4 years.
	const last = unit === 'months' && below >= 12 && below % 12 === 0 && from >= 12 ? say(below) - 1 : say(below - 1);
	return [say(from), last];
}

describe('answers that are ranges', () => {
	for (const [id, { unit, bands }] of Object.entries(ANSWER_BANDS)) {
		it(`${id}: the bands start at 0, follow each other without overlap or gap, and the last has no end`, () => {
			expect(bands[0]?.from).toBe(0);
			for (let i = 1; i < bands.length; i++) expect(bands[i]!.from).toBe(bands[i - 1]!.below);
			expect(bands.at(-1)?.below).toBeNull();
			expect(bands.map((b) => b.value)).toEqual(questionById(id as 'careHours').options.map((o) => o.value));
		});

		for (const lang of LANG_CODES) {
			it(`${id} in ${lang}: every label shows its own band's numbers, so no number sits in two answers`, () => {
				const shown = bands.map((band, i) => {
					const key = `balance.question.${id}.options.${band.value}`;
					const label = lookup(messages[lang], `${key}.label`) ?? '';
					expect(lookup(messages[lang], `${key}.labelThird`)).toBe(label);
					return (label.match(/\d+/g) ?? []).map(Number);
				});
				expect(shown).toEqual(bands.map((b, i) => shownNumbers(unit, b.from, b.below, i === 0)));
			});
		}
	}

	it('a number falls in exactly one band', () => {
		expect([7, 8, 19, 20, 39, 40, 80].map((h) => bandOf('careHours', h))).toEqual(['under-8', '8-20', '8-20', '20-40', '20-40', 'over-40', 'over-40']);
		expect([2, 3, 11, 12, 59, 60].map((m) => bandOf('careDuration', m))).toEqual(['under-3-months', '3-12-months', '3-12-months', '1-5-years', '1-5-years', 'over-5-years']);
	});

	it('the check fails on the old overlapping wording "8 tot 20 uur", "20 tot 40 uur"', () => {
		expect([[8, 20], [20, 40]]).not.toEqual([shownNumbers('hours a week', 8, 20, false), shownNumbers('hours a week', 20, 40, false)]);
	});
});
