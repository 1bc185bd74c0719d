import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LangCode } from '../../../src/lib/i18n/locales';

/*
 * Endings and prefixes that must not be glued to something else:
 * - Turkish case endings depend on how a value is read aloud ("%50'si" but "%40'ı",
 *   "09:00'da" but "10:00'da"), so a placeholder never takes one: no "}}'".
 * - Arabic and Tigrinya prefixes (ب، ل، ብ, ን) written against a Latin word ("ብDigiD") break
 *   the word for readers and for read-aloud: a space goes between them.
 */
type Tree = { [key: string]: string | Tree };
function texts(lang: LangCode): Array<[string, string]> {
	const walk = (tree: Tree, prefix: string): Array<[string, string]> =>
		Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : walk(v, `${prefix}${k}.`)));
	return walk(JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8')) as Tree, '');
}

/** An ending glued to a placeholder: "{{time}}'de", "{{percent}}’i", "{{limit}}den". */
const GLUED_ENDING = /\}\}['’ʼ]?\p{L}/u;
/** Arabic (incl. the tatweel of "بـ") or Ethiopic letters straight before a Latin letter. */
const GLUED_PREFIX = /[\u0600-\u06FF\u1200-\u137F][A-Za-z]/;

describe('nothing glued', () => {
	it('recognises the faults (so the checks can fail)', () => {
		expect(GLUED_ENDING.test("saat {{time}}'de açılır")).toBe(true);
		expect(GLUED_ENDING.test('açılış saati {{time}}')).toBe(false);
		expect(GLUED_PREFIX.test('ብDigiD')).toBe(true);
		expect(GLUED_PREFIX.test('بـDigiD')).toBe(true);
		expect(GLUED_PREFIX.test('ብ DigiD')).toBe(false);
	});

	it('Turkish never puts a case ending on a placeholder', () => {
		expect(texts('tr').filter(([, t]) => GLUED_ENDING.test(t)).map(([k]) => k)).toEqual([]);
	});

	it.each(['ar', 'ti'] as const)('%s puts a space between a prefix and a Latin word', (lang) => {
		expect(texts(lang).filter(([, t]) => GLUED_PREFIX.test(t)).map(([k, t]) => `${k}: ${t}`)).toEqual([]);
	});

	// places.json is the data file with translated texts (descriptions per language).
	it.each(['places'])('the Arabic and Tigrinya texts in %s.json do the same', (file) => {
		const data: unknown = JSON.parse(readFileSync(new URL(`../../../src/lib/data/${file}.json`, import.meta.url), 'utf8'));
		const glued: string[] = [];
		let checked = 0;
		const walk = (node: unknown): void => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object')
				for (const [k, v] of Object.entries(node)) {
					if ((k === 'ar' || k === 'ti') && typeof v === 'string') {
						checked++;
						if (GLUED_PREFIX.test(v)) glued.push(v);
					} else walk(v);
				}
		};
		walk(data);
		expect(checked).toBeGreaterThan(0);
		expect(glued).toEqual([]);
	});
});
