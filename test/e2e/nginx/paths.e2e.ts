import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUILD_DIR, clientRenderedSamples, LANG_CODES } from '../support/pages';
import { expectSecurityHeaders, IMMUTABLE } from '../support/host-headers';

/*
 * Which paths deploy/nginx.conf answers, and how: the app shell (status 200) for the
 * client-rendered question, list and place pages, the prerendered page for each flow's first
 * question, a redirect to the final slash, 404 for what cannot exist. Unlike vite preview, which renders those pages itself, this is the real
 * 200.html on a first visit, as a phone gets it.
 */

const SHELL = readFileSync(`${BUILD_DIR}/200.html`, 'utf8');

test('a deep link to a client-rendered page answers 200 with the app shell, in every language', async ({ request }) => {
	for (const path of LANG_CODES.flatMap(clientRenderedSamples)) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(await res.text(), path).toBe(SHELL);
		expect(res.headers()['cache-control'], path).toBe('no-cache');
		expectSecurityHeaders(res, path);
	}
	// The app's paths end in a slash; without it, a redirect to the right one (relative, so it
	// holds behind a proxy or CDN).
	for (const path of ['/nl/balans/vraag/money', '/nl/balans/vraag/obligations', '/nl/over', '/nl']) {
		const res = await request.get(path, { maxRedirects: 0 });
		expect(res.status(), path).toBe(301);
		expect(res.headers()['location'], path).toBe(`${path}/`);
	}
});

test('what cannot exist answers 404: assets plainly, pages with the shell so the app can say so', async ({ request }) => {
	const assets = ['/_app/immutable/chunks/does-not-exist.js', '/_app/immutable/assets/gone.css', '/icons/nope.png', '/nl/index.html.gz', '/service-worker.js.br', '/nl/balans/vraag/obligations/index.html'];
	for (const path of assets) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(404);
		expect(await res.text(), path).not.toContain('sveltekit');
		// A missing file must not be remembered for a year.
		expect(res.headers()['cache-control'], path).not.toBe(IMMUTABLE);
		expectSecurityHeaders(res, path);
	}
	const pages = ['/nl/onbekend/', '/xx/', '/xx/balans/vraag/money/', '/nl/balans/vraag/', '/nl/hulp-in-de-buurt/plek/', '/nl/balans/vraag/money/extra/', '/.env'];
	for (const path of pages) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(404);
		if (!path.includes('.')) expect(await res.text(), path).toBe(SHELL);
		expectSecurityHeaders(res, path);
	}
});

test("each flow's first question is answered with its prerendered page, in every language", async ({ request }) => {
	for (const path of LANG_CODES.flatMap((lang) => [`/${lang}/balans/vraag/money/`, `/${lang}/regelingen/vraag/livesInDordrecht/`])) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(await res.text(), path).toBe(readFileSync(`${BUILD_DIR}${path}index.html`, 'utf8'));
		expect(res.headers()['cache-control'], path).toBe('no-cache');
		expectSecurityHeaders(res, path);
	}
});

test('a first visit to a deep link opens the page from the shell, and it works', async ({ page }) => {
	const response = await page.goto('/ar/balans/vraag/obligations/');
	expect(response?.status()).toBe(200);
	expect(response?.fromServiceWorker()).toBe(false);
	expect(await response?.text()).toBe(SHELL);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page.getByRole('radio').first().check();
	await page.getByTestId('next').click();
	await expect(page).toHaveURL(/\/ar\/balans\/vraag\/(?!obligations\/)[A-Za-z]+\/$/);
	await expect(page.getByRole('radio').first()).toBeVisible();
});

test('a first visit to a page that does not exist answers 404, and the app still starts to say so', async ({ page }) => {
	const response = await page.goto('/nl/bestaat-niet/');
	expect(response?.status()).toBe(404);
	expect(await response?.text()).toBe(SHELL);
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
