import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Budgets from the foundation issue; hold them from now on. */
export const BUDGETS = {
	startPageJsCss: 45 * 1024,
	startPageHtml: 14 * 1024,
	/** gzip bytes of everything the service worker precaches. */
	precache: 1.5 * 1024 * 1024
} as const;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface PageWeight {
	path: string;
	htmlGzip: number;
	jsGzip: number;
	cssGzip: number;
	jsFiles: number;
}

/**
 * What a phone downloads for a page before it is usable, measured in a real browser with the
 * service worker blocked (its background precaching is not part of the first paint): the
 * HTML, every script loaded up to network idle (SvelteKit's preloads plus the language's
 * messages), and the stylesheets. Sizes are the gzip sizes of the same files in the build.
 */
export async function pageWeight(page: Page, buildDir: string, baseURL: string, path: string): Promise<PageWeight> {
	const urls = new Set<string>();
	const onResponse = (response: { url(): string }) => urls.add(response.url());
	page.on('response', onResponse);
	await page.goto(new URL(path, baseURL).toString(), { waitUntil: 'networkidle' });
	page.off('response', onResponse);
	const files = [...urls].map((u) => new URL(u).pathname);
	const size = (pattern: RegExp) => files.filter((f) => pattern.test(f)).map((f) => join(buildDir, f));
	const js = size(/\.js$/);
	return {
		path,
		htmlGzip: gz(join(buildDir, path, 'index.html')),
		jsGzip: js.reduce((sum, f) => sum + gz(f), 0),
		cssGzip: size(/\.css$/).reduce((sum, f) => sum + gz(f), 0),
		jsFiles: js.length
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
