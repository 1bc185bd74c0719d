import { expect, test } from '@playwright/test';

test('Arabic is right-to-left and the layout mirrors', async ({ page }) => {
	await page.goto('/ar/direct-hulp/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	const width = page.viewportSize()?.width ?? 0;

	// The app name sits at the inline start: on the right in Arabic.
	const home = await page.locator('header a.home').boundingBox();
	expect(home && home.x + home.width).toBeGreaterThan(width * 0.7);

	// The first call button starts at the inline start of its card: its right edge is near the
	// right of the screen, its left edge well away from the left.
	const button = await page.getByTestId('help-line-emergency').getByRole('link').boundingBox();
	expect(button && button.x + button.width).toBeGreaterThan(width * 0.8);
	expect(button?.x ?? 0).toBeGreaterThan(width * 0.2);

	// The phone number keeps its left-to-right order inside the Arabic label.
	await expect(page.getByTestId('help-line-veilig-thuis').getByRole('link')).toContainText('0800\u20112000');
});

test('Dutch is left-to-right and the same elements sit on the left', async ({ page }) => {
	await page.goto('/nl/direct-hulp/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	const width = page.viewportSize()?.width ?? 0;
	const home = await page.locator('header a.home').boundingBox();
	expect(home?.x ?? width).toBeLessThan(width * 0.3);
});

test('switching from Dutch to Arabic on the client sets dir=rtl without a reload', async ({ page }) => {
	await page.goto('/nl/over/');
	await page.locator('details.lang-switch summary').click();
	await page.locator('details.lang-switch a[hreflang="ar"]').click();
	await expect(page).toHaveURL(/\/ar\/over\/$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});
