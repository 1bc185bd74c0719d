import { expect, test } from '@playwright/test';
import { LANG_CODES, pagesFor } from './support/pages';

for (const lang of LANG_CODES) {
	test(`no request leaves the app origin on any page in ${lang}, and no cookies`, async ({ page, context, baseURL }) => {
		test.slow();
		const origin = new URL(baseURL ?? '').origin;
		const foreign: string[] = [];
		let seen = 0;
		// context-level: also catches requests by the service worker itself.
		context.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			seen++;
			if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
		});

		const paths = lang === 'nl' ? ['/', ...pagesFor(lang)] : pagesFor(lang);
		for (const path of paths) {
			await page.goto(path, { waitUntil: 'networkidle' });
			// Use the page a little: open the language menu, which every language page has.
			const summary = page.locator('details.lang-switch summary');
			if (await summary.count()) await summary.click();
		}

		expect(seen, 'the test must have seen the app load').toBeGreaterThan(paths.length);
		expect(foreign).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
}
