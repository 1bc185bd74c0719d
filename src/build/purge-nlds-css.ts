/**
 * Drops the NL Design System rules that can never match in this app.
 *
 * Each @utrecht/*-css package styles every variant of its component (subtle, danger, warning,
 * busy, pressed, …); the button alone is 40 KB of CSS, of which the app uses three variants.
 * Every page carries its CSS inline in its HTML (kit.inlineStyleThreshold), so a rule that is
 * never used costs bytes on every page and in the offline copy. A rule is kept when every
 * `utrecht-…` class in one of its selectors occurs somewhere in src/ (the markup is the only
 * place these classes are set), so nothing that can match is ever removed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const SRC = new URL('..', import.meta.url).pathname;
const CLASS = /utrecht-[a-z0-9_-]+/g;

/** Every utrecht-… class name written anywhere in the app's source. */
export function usedClasses(dir = SRC): Set<string> {
	const used = new Set<string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (/\.(svelte|ts|js)$/.test(name)) for (const m of readFileSync(full, 'utf8').matchAll(CLASS)) used.add(m[0]);
		}
	};
	walk(dir);
	return used;
}

/** Splits at top-level commas (not those inside :is(…) or :not(…)). */
function splitSelectors(prelude: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < prelude.length; i++) {
		const c = prelude[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === ',' && depth === 0) {
			out.push(prelude.slice(start, i));
			start = i + 1;
		}
	}
	out.push(prelude.slice(start));
	return out.map((s) => s.trim()).filter(Boolean);
}

/** The index just after the `}` that closes the block opened at `open`. */
function blockEnd(css: string, open: number): number {
	let depth = 0;
	for (let i = open; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return i + 1;
	}
	return css.length;
}

/** The CSS without the rules none of whose selectors can match. Class selectors only matter. */
export function purgeCss(input: string, used: Set<string>): string {
	const css = input.replace(/\/\*[\s\S]*?\*\//g, '');
	let out = '';
	let i = 0;
	while (i < css.length) {
		const open = css.indexOf('{', i);
		if (open < 0) break;
		const prelude = css.slice(i, open).trim();
		const end = blockEnd(css, open);
		const body = css.slice(open + 1, end - 1);
		if (prelude.startsWith('@')) {
			const inner = /^@(media|supports|layer|container)/.test(prelude) ? purgeCss(body, used) : body;
			if (inner.trim()) out += `${prelude}{${inner}}\n`;
		} else {
			const kept = splitSelectors(prelude).filter((sel) => (sel.match(CLASS) ?? []).every((c) => used.has(c)));
			if (kept.length > 0) out += `${kept.join(',')}{${body}}\n`;
		}
		i = end;
	}
	return out;
}

export function purgeNldsCss(): Plugin {
	let used: Set<string> | undefined;
	return {
		name: 'hulpwijzer-purge-nlds-css',
		buildStart() {
			used = usedClasses();
		},
		// No `enforce`: this runs after Vite has compiled the CSS (its @imports inlined, so the
		// NL Design System files that app.css imports are in it) and before it is bundled.
		transform(code, id) {
			if (!/\.css$/.test(id) || !code.includes('utrecht-')) return undefined;
			return { code: purgeCss(code, (used ??= usedClasses())), map: null };
		}
	};
}
