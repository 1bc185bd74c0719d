import { expect, test } from '@playwright/test';
import { allPagePaths } from './support/pages';

test('no request ever leaves the app origin, on every page in every language, and no cookies', async ({ page, context, baseURL }) => {
	test.slow();
	const origin = new URL(baseURL ?? '').origin;
	const foreign: string[] = [];
	const seen: string[] = [];
	// context-level: also catches requests by the service worker itself.
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		seen.push(url);
		if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
	});

	for (const path of allPagePaths()) {
		await page.goto(path, { waitUntil: 'networkidle' });
		// Use the page: open the language menu, which is on every page but the first.
		const summary = page.locator('details.lang-switch summary');
		if (await summary.count()) await summary.click();
	}

	expect(seen.length, 'the test must have seen the app load').toBeGreaterThan(allPagePaths().length);
	expect(foreign).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});
