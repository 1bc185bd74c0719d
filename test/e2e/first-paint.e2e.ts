import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../bench/sizes';
import { COMPILE_HINT } from '../../src/build/client-chunks';
import { BASE_QUESTIONS } from '../../src/lib/balance/questions';
import { QUESTION_ORDER } from '../../src/lib/regelingen/question-order';
import { allPagePaths, BUILD_DIR, LANG_CODES } from './support/pages';

// Checks on the build output itself: every prerendered page must paint from its first response.
const htmlOf = (path: string) => readFileSync(join(BUILD_DIR, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
const pages = [...allPagePaths(), '/200.html'];

test('no prerendered page links a stylesheet that blocks rendering; each has its CSS inline', () => {
	expect(pages.length).toBeGreaterThan(60);
	const blocking: string[] = [];
	for (const path of pages) {
		const html = htmlOf(path);
		// SvelteKit keeps a disabled <link> per inlined file (it knows then that the CSS is there).
		for (const link of html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? []) if (!/\sdisabled[\s>]/.test(link)) blocking.push(`${path}: ${link}`);
		expect(html, `${path} has its CSS inline`).toMatch(/<style[^>]*>[^<]*\.hw-container/);
	}
	expect(blocking).toEqual([]);
});

test('every inline style is allowed by its hash in the page CSP, without unsafe-inline', () => {
	for (const path of pages) {
		const html = htmlOf(path);
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';
		const styleSrc = csp.split(';').find((d) => d.trim().startsWith('style-src ')) ?? '';
		expect(styleSrc, path).not.toContain('unsafe-inline');
		for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
			const hash = createHash('sha256').update(css ?? '').digest('base64');
			expect(styleSrc, `${path}: the inline style's hash`).toContain(`'sha256-${hash}'`);
		}
	}
});

test('every prerendered page, with its CSS inline, is at most 14 KiB gzip', () => {
	const over = pages
		.map((path) => ({ path, bytes: gzipSync(htmlOf(path), { level: 9 }).length }))
		.filter((p) => p.bytes > BUDGETS.pageHtml);
	expect(over).toEqual([]);
});

test("each flow's first question is prerendered in every language (so the three checks above cover it), and no other question", () => {
	const questions = allPagePaths().filter((path) => path.includes('/vraag/'));
	// The flows' first questions (balanceFlow.order[0], regelingenFlow.order[0]), read from the question lists.
	const first = LANG_CODES.flatMap((lang) => [`/${lang}/balans/vraag/${BASE_QUESTIONS[0]?.id}/`, `/${lang}/regelingen/vraag/${QUESTION_ORDER[0]}/`]);
	expect(questions.sort()).toEqual(first.sort());
	// The form as a person without answers sees it: the choices, nothing chosen yet.
	for (const path of first) expect(htmlOf(path), path).toMatch(/<form[\s\S]*<input[\s\S]*<\/form>/);
	for (const path of first) expect(htmlOf(path), path).not.toMatch(/<input[^>]*\schecked/);
});

test('the large scripts every page runs as it starts carry V8\'s compile hint, and no other script does', () => {
	const preloaded = (path: string) => {
		const base = join(BUILD_DIR, path.endsWith('.html') ? '' : path);
		return [...htmlOf(path).matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map(([, href]) => join(base, href ?? ''));
	};
	// What every page in a language loads as it starts (the chooser loads the first of them too).
	const langPages = pages.filter((path) => /^\/[a-z]{2}\//.test(path)).map((path) => new Set(preloaded(path)));
	const onEveryPage = [...(langPages[0] ?? [])].filter((file) => langPages.every((files) => files.has(file)));
	const large = onEveryPage.filter((file) => statSync(file).size > 20_000);
	const chunks = join(BUILD_DIR, '_app/immutable/chunks');
	const hinted = readdirSync(chunks)
		.filter((name) => name.endsWith('.js'))
		.map((name) => join(chunks, name))
		.filter((file) => readFileSync(file, 'utf8').startsWith(`${COMPILE_HINT}\n`));
	// Svelte with SvelteKit's client, and the language shell with i18next.
	expect(large).toHaveLength(2);
	expect(hinted.sort()).toEqual(large.sort());
	expect(preloaded('/').filter((file) => hinted.includes(file))).toHaveLength(1);
});

test('Arabic and Tigrinya pages ask for the fonts of their script first in the head, before any script; the other languages for none', () => {
	const fontsFor: Record<string, RegExp> = { ar: /app-arabic-(400|700)\./, ti: /app-ethiopic-(400|700)\./ };
	for (const path of pages.filter((path) => /^\/[a-z]{2}\//.test(path))) {
		const lang = path.slice(1, 3);
		const links = [...htmlOf(path).matchAll(/<link [^>]*>/g)].map(([link]) => link);
		const fonts = links.filter((link) => /rel="preload"[^>]*as="font"/.test(link));
		if (!fontsFor[lang]) {
			expect(fonts, path).toEqual([]);
			continue;
		}
		expect(fonts, path).toHaveLength(2);
		for (const link of fonts) expect(link, path).toMatch(fontsFor[lang]);
		// A font fetched without CORS mode is fetched again for the CSS: the preload would be wasted.
		for (const link of fonts) expect(link, path).toMatch(/\scrossorigin[\s>]/);
		expect(links.findIndex((link) => link.includes('modulepreload')), path).toBeGreaterThan(links.indexOf(fonts[1] ?? ''));
	}
});
