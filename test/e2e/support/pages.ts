import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { LANG_CODES, type LangCode } from '../../../src/lib/i18n/locales';

export const BUILD_DIR = process.env.HULPWIJZER_BUILD_DIR ?? 'build';

/**
 * Every prerendered page of the real build, found on disk, so a page added by a later issue is
 * covered by the privacy, CSP, accessibility and layout tests without editing them.
 */
export function allPagePaths(): string[] {
	const paths: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (name === '_app') continue;
			if (statSync(full).isDirectory()) walk(full);
			else if (name === 'index.html') {
				const rel = relative(BUILD_DIR, dir).split(sep).join('/');
				paths.push(rel === '' ? '/' : `/${rel}/`);
			}
		}
	};
	walk(BUILD_DIR);
	return paths.sort();
}

export function pagesFor(lang: LangCode): string[] {
	return allPagePaths().filter((p) => p.startsWith(`/${lang}/`));
}

export { LANG_CODES };

/** Waits until our service worker controls the page: from then on, the app works offline. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
		.toBe(true);
}
