import { expect, test, type Page } from '@playwright/test';
import ar from '../../messages/ar.json' with { type: 'json' };
import en from '../../messages/en.json' with { type: 'json' };
import nl from '../../messages/nl.json' with { type: 'json' };
import tr from '../../messages/tr.json' with { type: 'json' };
import { expectNoAxeViolations } from './support/axe';
import { waitForServiceWorkerControl } from './support/pages';

/*
 * No dead ends: an old or mistyped link opens the app's own page, in the page's language (or the
 * browser's, for an unknown language code), with the header's Direct hulp and the three jobs.
 */

type Messages = typeof nl;

async function expectNotFound(page: Page, lang: string, m: Messages, dir = 'ltr') {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.notFound.title);
	await expect(page.getByTestId('not-found')).toContainText(m.notFound.text);
	await expect(page).toHaveTitle(`${m.notFound.title} – ${m.page.titleSuffix}`);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.locator('html')).toHaveAttribute('dir', dir);
	await expect(page.getByTestId('direct-help-link')).toHaveAttribute('href', `/${lang}/direct-hulp/`);
	const jobs = page.getByTestId('not-found').locator('a.job');
	await expect(jobs).toHaveCount(3);
	for (const [i, path] of ['balans', 'regelingen', 'hulp-in-de-buurt'].entries()) {
		await expect(jobs.nth(i)).toHaveAttribute('href', `/${lang}/${path}/`);
	}
}

for (const path of [
	'/nl/bestaat-niet/',
	'/nl/balans/vraag/onbekend/',
	'/nl/regelingen/vraag/onbekend/',
	'/nl/hulp-in-de-buurt/onbekend/',
	'/nl/hulp-in-de-buurt/plek/bestaat-niet/'
]) {
	test(`nl: ${path} opens the app's own not-found page, and its links lead on`, async ({ page }) => {
		await page.goto(path);
		await expectNotFound(page, 'nl', nl);
		await page.getByTestId('not-found').locator('a.job').nth(2).click();
		await expect(page).toHaveURL(/\/nl\/hulp-in-de-buurt\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.places.title);
	});
}

test('ar: an unknown place is right-to-left and in Arabic, and passes axe', async ({ page }) => {
	await page.goto('/ar/hulp-in-de-buurt/plek/bestaat-niet/');
	await expectNotFound(page, 'ar', ar as Messages, 'rtl');
	await expectNoAxeViolations(page);
});

test('offline, in Arabic: an unknown place keeps lang=ar dir=rtl and the Arabic page', async ({ page, context }) => {
	await page.goto('/ar/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.goto('/ar/hulp-in-de-buurt/plek/bestaat-niet/');
	await expectNotFound(page, 'ar', ar as Messages, 'rtl');
	await page.goto('/ar/regelingen/vraag/onbekend/');
	await expectNotFound(page, 'ar', ar as Messages, 'rtl');
});

test.describe('an unknown language code', () => {
	test('/xx/… speaks the browser language (English here)', async ({ page }) => {
		await page.goto('/xx/balans/');
		await expectNotFound(page, 'en', en as Messages);
	});
	test.describe('with a Turkish browser', () => {
		test.use({ locale: 'tr-TR' });
		test('/de/… speaks Turkish', async ({ page }) => {
			await page.goto('/de/hulp-in-de-buurt/');
			await expectNotFound(page, 'tr', tr as Messages);
			await expectNoAxeViolations(page);
		});
	});
});

test('an old link to a closed place says so and lists open places for the same help', async ({ page }) => {
	await page.goto('/nl/hulp-in-de-buurt/plek/de-driesprong/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('De Driesprong');
	await expect(page.getByTestId('place-gone')).toHaveAttribute('data-status', 'closed');
	await expect(page.getByTestId('place-gone')).toContainText(nl.places.gone.closed);
	const rows = page.getByTestId('gone-alternatives').getByTestId('place-row');
	await expect(rows).toHaveCount(3);
	await expect(page.getByTestId('direct-help-link')).toBeVisible();
	// Each alternative is open (listed) and gives the same help: meeting people.
	await rows.first().getByRole('heading').getByRole('link').click();
	await expect(page).toHaveURL(/\/nl\/hulp-in-de-buurt\/plek\/[a-z0-9-]+\/$/);
	await expect(page.getByTestId('place-facts')).toContainText(nl.places.categories.meeting.name);
	await expect(page.getByTestId('place-gone')).toHaveCount(0);
});

test('an old link to a closed place with a known address lists the nearest open alternatives first from the chosen wijk', async ({ page }) => {
	await page.goto('/nl/hulp-in-de-buurt/');
	await expect(page.locator('[data-testid="location-chooser"][data-ready="true"]')).toBeVisible();
	await page.locator('#hw-wijk').selectOption('Crabbehof');
	await page.locator('form:has(#hw-wijk) button[type="submit"]').click();
	await expect(page.getByTestId('origin-text')).toBeVisible();
	await page.goto('/nl/hulp-in-de-buurt/plek/crabbehoeve/');
	await expect(page.getByTestId('place-gone')).toHaveAttribute('data-status', 'closed');
	await expect(page.getByText(nl.places.gone.alikeNearest)).toBeVisible();
	await expect(page.getByTestId('gone-alternatives').getByTestId('distance').first()).toHaveText(/ongeveer/);
	await expectNoAxeViolations(page);
});
