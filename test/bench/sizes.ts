import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Budgets from the foundation issue; hold them from now on. */
export const BUDGETS = {
	startPageJsCss: 45 * 1024,
	startPageHtml: 14 * 1024,
	/** Every prerendered page's HTML, its CSS inline: one round trip's worth (about 14 KiB). */
	pageHtml: 14 * 1024,
	/** Everything the language choice downloads, fonts included (issue #18). */
	chooserTransfer: 60 * 1024,
	/** gzip bytes of everything the service worker precaches (issue #18; was 1.5 MB). */
	precache: 600 * 1024
} as const;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface PageWeight {
	path: string;
	htmlGzip: number;
	/** The CSS inside the HTML (part of htmlGzip), gzip on its own. */
	inlineCssGzip: number;
	jsGzip: number;
	cssGzip: number;
	jsFiles: number;
	fontBytes: number;
	fontFiles: number;
	/** Every request the page makes until the network is idle, the HTML included. */
	requests: number;
	/** Everything downloaded: HTML, scripts, stylesheets, fonts, manifest and icons. */
	totalBytes: number;
}

/** The HTML a host sends for a path: the prerendered page, or the app shell for the others. */
export function htmlFileFor(buildDir: string, path: string): string {
	const page = join(buildDir, path, 'index.html');
	return existsSync(page) ? page : join(buildDir, '200.html');
}

/**
 * What a phone downloads for a page before it is usable, measured in a real browser with the
 * service worker blocked (its background precaching is not part of the first paint): the
 * HTML, every file loaded up to network idle (scripts, the language's messages, stylesheets,
 * fonts, icons). Text sizes are the gzip sizes of the same files in the build; fonts as they are.
 */
export async function pageWeight(page: Page, buildDir: string, baseURL: string, path: string): Promise<PageWeight> {
	const urls: string[] = [];
	const onResponse = (response: { url(): string }) => void urls.push(response.url());
	page.on('response', onResponse);
	await page.goto(new URL(path, baseURL).toString(), { waitUntil: 'networkidle' });
	page.off('response', onResponse);
	const files = urls.filter((u) => u.startsWith(baseURL)).map((u) => new URL(u).pathname);
	const onDisk = (pattern: RegExp) => files.filter((f) => pattern.test(f)).map((f) => join(buildDir, f));
	const js = onDisk(/\.js$/);
	const fonts = onDisk(/\.woff2$/);
	const html = htmlFileFor(buildDir, path);
	const inlineCss = [...readFileSync(html, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
	const others = onDisk(/\.(css|webmanifest|svg|png|json)$/);
	const sum = (list: string[], size: (f: string) => number) => list.reduce((n, f) => n + size(f), 0);
	const raw = (f: string) => statSync(f).size;
	return {
		path,
		htmlGzip: gz(html),
		inlineCssGzip: gzipSync(inlineCss, { level: 9 }).length,
		jsGzip: sum(js, gz),
		cssGzip: sum(onDisk(/\.css$/), gz),
		jsFiles: js.length,
		fontBytes: sum(fonts, raw),
		fontFiles: fonts.length,
		requests: files.length,
		totalBytes: gz(html) + sum(js, gz) + sum(fonts, raw) + sum(others, gz)
	};
}

/**
 * Everything the service worker precaches (src/service-worker.ts): every file the build emits,
 * except the precompressed .br/.gz copies (the server's business), the service worker itself and
 * the prerendered pages' HTML (the worker renders every page from the app shell 200.html).
 */
export function precacheFiles(buildDir: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (!/\.(br|gz)$/.test(name) && name !== 'service-worker.js' && name !== 'index.html') out.push(relative(buildDir, full).split(sep).join('/'));
		}
	};
	walk(buildDir);
	return out;
}

export function precacheBytes(buildDir: string): { files: number; bytes: number; gzipBytes: number } {
	const files = precacheFiles(buildDir);
	return {
		files: files.length,
		bytes: files.reduce((sum, f) => sum + statSync(join(buildDir, f)).size, 0),
		gzipBytes: files.reduce((sum, f) => sum + gz(join(buildDir, f)), 0)
	};
}
