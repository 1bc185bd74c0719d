import { expect, test } from '@playwright/test';
import { waitForServiceWorkerControl } from './support/pages';

for (const lang of ['nl', 'ar'] as const) {
	test(`after one visit the app works offline in ${lang}: reload, links and direct URLs`, async ({ page, context }) => {
		await page.goto(`/${lang}/`);
		await waitForServiceWorkerControl(page);

		await context.setOffline(true);
		// Proof that the network is really gone: a URL the app never cached cannot be fetched.
		const uncached = await page.evaluate(() =>
			fetch(`/not-cached-${Date.now()}.txt`).then(
				(r) => r.status,
				() => 'failed'
			)
		);
		expect(uncached).not.toBe(200);

		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', lang);

		// Navigate by link (client-side) …
		await page.getByTestId('direct-help-link').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/direct-hulp/$`));
		await expect(page.getByTestId('help-line-veilig-thuis')).toBeVisible();

		// … and by typing a deep URL, in another language too: every page of every language is cached.
		await page.goto(`/${lang}/over/`);
		await expect(page.getByTestId('app-version')).toBeVisible();
		await page.goto('/ti/hulp-in-de-buurt/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Pages that render in the browser (a question, a place) open from the precached app shell.
		await page.goto(`/${lang}/balans/vraag/money/`);
		await expect(page.getByRole('radio').first()).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
		await page.goto(`/${lang}/hulp-in-de-buurt/money/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.goto('/');
		await expect(page.locator('a[hreflang]')).toHaveCount(7);
	});
}

test.describe('negative control: without a service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('the same offline reload fails, so the offline test above means something', async ({ page, context }) => {
		await page.goto('/nl/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await context.setOffline(true);
		const error = await page.reload().then(
			() => null,
			(e: Error) => e.message
		);
		expect(error).toContain('ERR_INTERNET_DISCONNECTED');
	});
});
