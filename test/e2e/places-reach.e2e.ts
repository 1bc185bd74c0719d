import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { waitForServiceWorkerControl } from './support/pages';

/*
 * Help nearby never ends in a dead end (issue 14): the single mother (postcode 3317, money) and
 * then the carer (mantelzorg), in Dutch and Arabic, offline, on a 360 px phone. Every row gives a
 * way to reach help, nothing offers a phone or website we do not know, and "Klopt er iets niet?"
 * opens a mail that names the place.
 */
test.use({ viewport: { width: 360, height: 780 } });

const TEXT = {
	nl: { callOrWeb: 'Bel of kijk op de website', unknown: 'Niet bekend' },
	ar: { callOrWeb: 'اتصل أو انظر في الموقع الإلكتروني', unknown: 'غير معروف' }
} as const;

async function goOffline(page: Page, context: BrowserContext, lang: string) {
	await page.goto(`/${lang}/`);
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
}

async function choosePostcode(page: Page, text: string) {
	await expect(page.locator('[data-testid="location-chooser"][data-ready="true"]')).toBeVisible();
	await page.locator('#hw-postcode').fill(text);
	await page.locator('#hw-postcode').press('Enter');
}

/** Every call link dials digits, every website link is a real https address: nothing unknown is offered. */
async function expectOnlyKnownContacts(scope: Locator | Page) {
	for (const call of await scope.locator('a[href^="tel:"]').all()) await expect(call).toHaveAttribute('href', /^tel:\+?\d{3,}$/);
	for (const site of await scope.getByTestId('website-link').all()) await expect(site).toHaveAttribute('href', /^https?:\/\/[^/]+\.[a-z]+/);
}

for (const lang of ['nl', 'ar'] as const) {
	test(`${lang}: 3317, money then mantelzorg: every row and place page reaches help today`, async ({ page, context }) => {
		await goOffline(page, context, lang);
		await page.goto(`/${lang}/hulp-in-de-buurt/`);
		await choosePostcode(page, '3317');
		await expect(page.getByTestId('origin-text')).toContainText('3317');

		for (const need of ['money', 'mantelzorg'] as const) {
			await page.goto(`/${lang}/hulp-in-de-buurt/${need}/`);
			const rows = page.getByTestId('place-row');
			await expect(rows.first()).toBeVisible();
			// The list names who can be reached today, with a number to call.
			await expect(page.getByTestId('reach-today').getByTestId('reach-today-call')).toHaveAttribute('href', /^tel:\d+$/);
			for (const row of await rows.all()) {
				const ways = row.getByTestId('call-link').or(row.getByTestId('reach-today-call'));
				await expect(ways.first(), await row.getAttribute('data-place-id') ?? '').toBeVisible();
				await expectOnlyKnownContacts(row);
			}
			// Never "call or see the website" on a list: each row says what is not known instead.
			await expect(page.locator('main')).not.toContainText(TEXT[lang].callOrWeb);
			const first = rows.first();
			if ((await first.getByTestId('call-link').count()) === 0) await expect(first.getByTestId('unknown-facts')).toContainText(TEXT[lang].unknown);

			// The first place's page: what is known, a way to reach help today, and "Klopt er iets niet?".
			const id = (await first.getAttribute('data-place-id')) ?? '';
			const name = (await first.getByRole('heading').innerText()).trim();
			await first.getByRole('heading').getByRole('link').click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/hulp-in-de-buurt/plek/${id}/$`));
			await expect(page.getByTestId('place-facts')).toBeVisible();
			if ((await page.getByTestId('call-link').count()) === 0) {
				await expect(page.getByTestId('reach-today').getByTestId('reach-today-call')).toHaveAttribute('href', /^tel:\d+$/);
			}
			await expectOnlyKnownContacts(page);
			await expect(page.locator('main')).not.toContainText(TEXT[lang].callOrWeb);
			const mail = page.getByTestId('feedback-link');
			await expect(mail).toBeVisible();
			const href = (await mail.getAttribute('href')) ?? '';
			expect(href).toMatch(/^mailto:/);
			expect(decodeURIComponent(href)).toContain(name);
			// No address known yet: the page says so and points to the sociaal wijkteam.
			await expect(page.getByTestId('feedback-no-address')).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		}
	});
}
