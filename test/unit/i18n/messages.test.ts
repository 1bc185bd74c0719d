import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, type LangCode } from '../../../src/lib/i18n/locales';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function load(lang: LangCode): Tree {
	return JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8')) as Tree;
}

/** Flattens nested messages to 'a.b.c' → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** Groups plural keys: 'x.count_one', 'x.count_other' → 'x.count' with its categories. */
function pluralGroups(flat: Map<string, string>): Map<string, Set<string>> {
	const groups = new Map<string, Set<string>>();
	for (const key of flat.keys()) {
		const match = PLURAL_SUFFIX.exec(key);
		if (!match) continue;
		const base = key.slice(0, -match[0].length);
		groups.set(base, (groups.get(base) ?? new Set()).add(match[1] ?? ''));
	}
	return groups;
}

const files = Object.fromEntries(LANG_CODES.map((lang) => [lang, flatten(load(lang))])) as Record<LangCode, Map<string, string>>;
const nlPlain = new Set([...files.nl.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('message files', () => {
	it.each(LANG_CODES)('%s has exactly the keys Dutch has (plural forms aside)', (lang) => {
		const keys = new Set([...files[lang].keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
		expect([...nlPlain].filter((k) => !keys.has(k)), 'missing').toEqual([]);
		expect([...keys].filter((k) => !nlPlain.has(k)), 'extra').toEqual([]);
	});

	it.each(LANG_CODES)('%s has no empty message', (lang) => {
		expect([...files[lang]].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
	});

	it.each(LANG_CODES)('%s uses the same placeholders as Dutch', (lang) => {
		const mismatches: string[] = [];
		for (const [key, text] of files[lang]) {
			const base = key.replace(PLURAL_SUFFIX, '');
			const nlText = files.nl.get(key) ?? files.nl.get(`${base}_other`) ?? files.nl.get(base);
			if (nlText === undefined) continue;
			// A plural form may leave out {{count}} (Arabic "one" often says "one" in words).
			const ours = placeholders(text).filter((p) => !(PLURAL_SUFFIX.test(key) && p === 'count'));
			const theirs = placeholders(nlText).filter((p) => !(PLURAL_SUFFIX.test(key) && p === 'count'));
			if (ours.join() !== theirs.join()) mismatches.push(`${key}: ${ours.join()} ≠ nl ${theirs.join()}`);
		}
		expect(mismatches).toEqual([]);
	});

	it.each(LANG_CODES)('%s has every plural form its language needs', (lang) => {
		const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
		const missing: string[] = [];
		for (const [base, forms] of pluralGroups(files[lang])) {
			for (const category of needed) if (!forms.has(category)) missing.push(`${base}_${category}`);
		}
		// Every plural message in Dutch must be a plural message here too.
		for (const base of pluralGroups(files.nl).keys()) {
			if (!pluralGroups(files[lang]).has(base)) missing.push(`${base} (not plural)`);
		}
		expect(missing).toEqual([]);
	});
});
