import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, type LangCode } from '../../../src/lib/i18n/locales';

/*
 * i18next only picks "1 regeling" over "1 regelingen" when the key has plural variants
 * (key_one, key_other; Arabic also _zero/_two/_few/_many; Polish and Ukrainian _few/_many).
 * A plain key given a count silently prints the same words for every number.
 */
const SRC = new URL('../../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(e.name) ? [path] : [];
	});
}

/** Keys handed a `count`: t('key', { count … }) and { key: 'key', values: { count … } }. */
function keysWithCount(): Set<string> {
	const patterns = [/\bt\(\s*'([\w.]+)'\s*,\s*\{[^}]*\bcount\b/g, /\bkey:\s*'([\w.]+)'\s*,\s*values:\s*\{[^}]*\bcount\b/g];
	const keys = new Set<string>();
	for (const file of sourceFiles(SRC)) {
		const text = readFileSync(file, 'utf8');
		for (const pattern of patterns) for (const m of text.matchAll(pattern)) keys.add(m[1] ?? '');
	}
	return keys;
}

type Tree = { [key: string]: string | Tree };
function lookup(lang: LangCode, key: string): string | Tree | undefined {
	const tree = JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8')) as Tree;
	const parts = key.split('.');
	const leaf = parts.pop() ?? '';
	let node: string | Tree | undefined = tree;
	for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
	return typeof node === 'object' ? { [leaf]: node[leaf] ?? '', ...Object.fromEntries(Object.entries(node).filter(([k]) => k.startsWith(`${leaf}_`))) } : undefined;
}

const keys = keysWithCount();

describe('keys that receive a count', () => {
	it('are found in the code (so this test can fail)', () => {
		for (const known of ['regelingen.summary.years', 'places.results.count', 'balance.result.basedOn']) {
			expect(keys).toContain(known);
		}
	});

	it.each(LANG_CODES)('have every plural variant %s needs, and no plain form', (lang) => {
		const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
		const problems: string[] = [];
		for (const key of keys) {
			const group = lookup(lang, key) as Record<string, string | Tree>;
			const leaf = key.split('.').pop() ?? '';
			if (group[leaf]) problems.push(`${key} (plain key)`);
			for (const category of needed) if (typeof group[`${leaf}_${category}`] !== 'string') problems.push(`${key}_${category}`);
		}
		expect(problems).toEqual([]);
	});
});
