import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nl from '../../../messages/nl.json' with { type: 'json' };

/** Every file under src/ that can hold a message key. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return sources(full);
		return /\.(svelte|ts)$/.test(name) ? [full] : [];
	});
}

const has = (key: string) => {
	let node: unknown = nl;
	for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
	// A plural key is stored as key_one, key_other, …
	const parent = key.split('.').slice(0, -1).reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], nl);
	const last = key.split('.').at(-1) ?? '';
	return typeof node === 'string' || Object.keys((parent as Record<string, unknown>) ?? {}).some((k) => k.startsWith(`${last}_`));
};

describe('message keys written out in the code', () => {
	// A key the code names but the messages lack fails only at run time (a console error in the browser).
	it('exist in the messages, and a helper-mode key (tp) has its Third variant', () => {
		const missing: string[] = [];
		for (const file of sources('src')) {
			const text = readFileSync(file, 'utf8');
			for (const [, fn, key] of text.matchAll(/\b(t|tp)\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) {
				if (!key || key.endsWith('.')) continue;
				if (!has(key)) missing.push(`${file}: ${key}`);
				if (fn === 'tp' && !has(`${key}Third`)) missing.push(`${file}: ${key}Third`);
			}
			for (const [, key] of text.matchAll(/label: '([a-zA-Z]+\.[\w.]+)'/g)) if (key && !has(key)) missing.push(`${file}: ${key}`);
		}
		expect(missing).toEqual([]);
	});
});
