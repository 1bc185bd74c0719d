import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { LANG_CODES, type LangCode } from '../../../src/lib/i18n/locales';
import { BASE_QUESTIONS } from '../../../src/lib/balance/questions';
import { QUESTION_ORDER } from '../../../src/lib/regelingen/question-order';
import type { Place } from '../../../src/lib/places/schema';

// Read as files: Playwright's loader runs Node ESM, which will not import JSON without attributes.
const PLACES = JSON.parse(readFileSync('src/lib/data/places.json', 'utf8')) as Place[];
/** A place the list shows: active, with something to act on (the same rule as isListed in src/lib/places/nearby.ts). */
const isShown = (p: Place) => p.status === 'active' && Boolean(p.phone || p.website || p.address.street || p.wijk);

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

/**
 * Question, list and place pages render in the browser (not prerendered, so not on disk; each
 * flow's first question is, and allPagePaths finds it): each template is covered in every
 * language by one or two real examples.
 */
export function clientRenderedSamples(lang: LangCode): string[] {
	const firstPlace = PLACES.find(isShown)?.id ?? '';
	return [
		`/${lang}/balans/vraag/${BASE_QUESTIONS[1]?.id}/`,
		`/${lang}/balans/vraag/${BASE_QUESTIONS.at(-1)?.id}/`,
		`/${lang}/regelingen/vraag/${QUESTION_ORDER[1]}/`,
		`/${lang}/regelingen/vraag/netMonthlyIncome/`,
		`/${lang}/regelingen/uitslag/huurtoeslag/`,
		`/${lang}/hulp-in-de-buurt/money/`,
		`/${lang}/hulp-in-de-buurt/alle/`,
		`/${lang}/hulp-in-de-buurt/plek/${firstPlace}/`
	];
}

/** Every page to test in a language: all prerendered pages plus the client-rendered samples. */
export function pagesFor(lang: LangCode): string[] {
	return [...allPagePaths().filter((p) => p.startsWith(`/${lang}/`)), ...clientRenderedSamples(lang)];
}

/** Every page to test, in every language. */
export function allTestedPaths(): string[] {
	return ['/', ...LANG_CODES.flatMap(pagesFor)];
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
