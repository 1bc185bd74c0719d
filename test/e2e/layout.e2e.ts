import { expect, test } from '@playwright/test';
import { LANG_CODES, pagesFor } from './support/pages';

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of LANG_CODES) {
	test(`every page in ${lang} fits 320 px wide, also at 200% text size`, async ({ page }) => {
		test.slow();
		const problems: string[] = [];
		for (const path of pagesFor(lang)) {
			await page.goto(path);
			await page.getByRole('heading', { level: 1 }).first().waitFor();
			for (const zoom of ['100%', '200%']) {
				await page.evaluate((size) => (document.documentElement.style.fontSize = size), zoom);
				const overflow = await page.evaluate(() => {
					const root = document.scrollingElement ?? document.documentElement;
					return root.scrollWidth - root.clientWidth;
				});
				if (overflow > 0) problems.push(`${path} at ${zoom}: ${overflow}px too wide`);
			}
		}
		expect(problems).toEqual([]);
	});
}

test('tap targets in the header and on the home screen are at least 44 px high', async ({ page }) => {
	await page.goto('/nl/');
	for (const locator of [
		page.getByTestId('direct-help-link'),
		page.locator('details.lang-switch summary'),
		page.locator('header a.home'),
		page.locator('footer a')
	]) {
		const box = await locator.boundingBox();
		expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	}
});
