import { expect, test } from '@playwright/test';

test('the language can be changed on every screen and the page stays the same', async ({ page }) => {
	await page.goto('/nl/direct-hulp/');
	for (const [code, next] of [
		['pl', '/pl/direct-hulp/'],
		['ti', '/ti/direct-hulp/'],
		['nl', '/nl/direct-hulp/']
	] as const) {
		await page.locator('details.lang-switch summary').click();
		await page.locator(`details.lang-switch a[hreflang="${code}"]`).click();
		await expect(page).toHaveURL(new RegExp(`${next}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', code);
		await expect(page.getByTestId('help-line-veilig-thuis')).toBeVisible();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Direct hulp');
});
