import { expect, test } from '@playwright/test';
import { axeViolations, expectNoAxeViolations } from './support/axe';
import { LANG_CODES, allPagePaths, pagesFor } from './support/pages';

test('the language choice has no accessibility violations', async ({ page }) => {
	await page.goto('/');
	await expectNoAxeViolations(page);
});

for (const lang of LANG_CODES) {
	test(`every page in ${lang} has no accessibility violations (WCAG 2.2 A/AA)`, async ({ page }) => {
		test.slow();
		const paths = pagesFor(lang);
		expect(paths.length).toBeGreaterThan(3);
		const problems: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			// Pages that render in the browser: wait for their heading before checking them.
			await page.getByRole('heading', { level: 1 }).first().waitFor();
			problems.push(...(await axeViolations(page)));
		}
		expect(problems).toEqual([]);
	});
}

test('the page list covers all seven languages', () => {
	for (const lang of LANG_CODES) expect(allPagePaths().some((p) => p.startsWith(`/${lang}/`))).toBe(true);
});
