import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/lib/i18n/locales';
import { allTestedPaths } from './support/pages';

test.describe('language choice', () => {
	test('offers the seven languages, each in its own name and script', async ({ page }) => {
		await page.goto('/');
		const choices = page.locator('ul a[hreflang]');
		await expect(choices).toHaveCount(7);
		for (const locale of LOCALES) {
			const link = page.locator(`a[hreflang="${locale.code}"]`);
			await expect(link).toContainText(locale.endonym);
			await expect(link).toHaveAttribute('lang', locale.code);
			await expect(link).toHaveAttribute('href', `/${locale.code}/`);
		}
	});

	test.describe('with an Arabic browser', () => {
		test.use({ locale: 'ar-EG' });
		test('marks Arabic as suggested, in its place in the list (moving it would shift the page)', async ({ page }) => {
			await page.goto('/');
			const suggested = page.locator('ul a[hreflang].suggested');
			await expect(suggested).toHaveCount(1);
			await expect(suggested).toHaveAttribute('hreflang', 'ar');
			await expect(suggested).toContainText('العربية');
			await expect(page.locator('ul a[hreflang]').first()).toHaveAttribute('hreflang', 'nl');
		});
	});

	test.describe('with a German browser', () => {
		test.use({ locale: 'de-DE' });
		test('falls back to suggesting Dutch', async ({ page }) => {
			await page.goto('/');
			await expect(page.locator('ul a[hreflang].suggested')).toHaveAttribute('hreflang', 'nl');
		});
	});

	test('the choice leads to the home screen in that language', async ({ page }) => {
		await page.goto('/');
		await page.locator('a[hreflang="uk"]').click();
		await expect(page).toHaveURL(/\/uk\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
	});
});

test.describe('home screen', () => {
	test('shows the three jobs as three large choices', async ({ page }) => {
		await page.goto('/nl/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waar wil je mee beginnen?');
		const jobs = page.locator('main ul a');
		await expect(jobs).toHaveCount(3);
		await expect(jobs.nth(0)).toHaveAttribute('href', '/nl/balans/');
		await expect(jobs.nth(1)).toHaveAttribute('href', '/nl/regelingen/');
		await expect(jobs.nth(2)).toHaveAttribute('href', '/nl/hulp-in-de-buurt/');
		for (const box of await Promise.all([0, 1, 2].map((i) => jobs.nth(i).boundingBox()))) {
			expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
		}
	});
});

test.describe('Direct hulp', () => {
	test('is linked from every page in every language', async ({ page }) => {
		test.slow();
		for (const path of allTestedPaths().filter((p) => p !== '/')) {
			await page.goto(path);
			const lang = path.split('/')[1];
			await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
			await expect(page.getByTestId('direct-help-link'), path).toHaveAttribute('href', `/${lang}/direct-hulp/`);
		}
	});

	test('lists the help lines with numbers you can tap', async ({ page }) => {
		await page.goto('/nl/direct-hulp/');
		await expect(page.getByTestId('help-line-emergency').getByRole('link')).toHaveAttribute('href', 'tel:112');
		const suicide = page.getByTestId('help-line-suicide-prevention').getByRole('link');
		await expect(suicide.nth(0)).toHaveAttribute('href', 'tel:113');
		await expect(suicide.nth(1)).toHaveAttribute('href', 'tel:08000113');
		await expect(page.getByTestId('help-line-veilig-thuis').getByRole('link')).toHaveAttribute('href', 'tel:08002000');
		await expect(page.getByTestId('help-line-kindertelefoon').getByRole('link')).toHaveAttribute('href', 'tel:08000432');
	});
});

test.describe('Over deze app', () => {
	test('says what the app does not do, that nothing leaves the phone, and the licences', async ({ page }) => {
		await page.goto('/nl/over/');
		const main = page.locator('main');
		await expect(main).toContainText('De app beslist niets');
		await expect(main).toContainText('Wat je invult, gaat niet naar internet');
		await expect(main).toContainText('GeoNames');
		await expect(main).toContainText('CC BY 4.0');
		await expect(main).toContainText('OpenStreetMap');
		await expect(main).toContainText('ODbL');
		await expect(main).toContainText('EUPL-1.2');
	});
});

test.describe('installable', () => {
	test('has a web manifest with name, icons incl. a maskable PNG, theme colour and start URL', async ({ page, request }) => {
		await page.goto('/nl/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBeTruthy();
		const manifest = await (await request.get(new URL(href ?? '', page.url()).toString())).json();
		expect(manifest.name).toBe('Hulpwijzer Dordt');
		expect(manifest.start_url).toBe('/');
		expect(manifest.display).toBe('standalone');
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		const maskable = manifest.icons.find((i: { purpose?: string }) => i.purpose === 'maskable');
		expect(maskable?.type).toBe('image/png');
		for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
			const png = await (await request.get(icon.src)).body();
			// PNG header: the width and height stored in the IHDR chunk must match the manifest.
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
			expect(`${w}x${h}`).toBe(icon.sizes);
		}
		// Chromium's own verdict on installability (no errors once the service worker controls the page).
		const cdp = await page.context().newCDPSession(page);
		await expect
			.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
					.map((e) => e.errorId)
					// Playwright's browser contexts are incognito; that is the test harness, not the app.
					.filter((id) => id !== 'in-incognito'), {
				timeout: 20_000
			})
			.toEqual([]);
	});
});
