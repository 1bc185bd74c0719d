import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import nl from '../../messages/nl.json' with { type: 'json' };
import { waitForServiceWorkerControl } from './support/pages';
import { MESSAGES } from './support/journeys';

/*
 * Help nearby, as a resident uses it: on a 360 px phone, often offline, often without giving
 * the phone's location. The expected nearest places are what listFor gives for today's
 * places.json (the unit tests check the sorting itself; here the screen must show it). After a
 * data change, rerun `npx tsx` on listFor(originFromWijk(...), need) and update NEAREST. MEE Mantelzorg
 * sorts first for mantelzorg since its address (3311 KJ) gives it a distance; helpmijzorgen has none.
 */
test.use({ viewport: { width: 360, height: 780 } });
const NEAREST = {
	'3317': { money: 'buurtwerk-trefpunt-de-nieuwe-stoof', mantelzorg: 'mee-mantelzorg' },
	Crabbehof: { money: 'buurtwerk-trefpunt-de-nieuwe-stoof', mantelzorg: 'mee-mantelzorg' },
	Binnenstad: { money: 'sdd-samenwerkplein', mantelzorg: 'mee-mantelzorg' }
} as const;

/** Every request the browser (and its service worker) makes, to prove nothing leaves the origin. */
function recordRequests(context: BrowserContext, origin: string): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

/** The chooser's buttons work once the page is hydrated. */
async function chooserReady(page: Page) {
	await expect(page.locator('[data-testid="location-chooser"][data-ready="true"]')).toBeVisible();
}

const chooseWijk = async (page: Page, wijk: string) => {
	await chooserReady(page);
	await page.locator('#hw-wijk').selectOption(wijk);
	await page.locator('form:has(#hw-wijk) button[type="submit"]').click();
};

const choosePostcode = async (page: Page, text: string) => {
	await chooserReady(page);
	await page.locator('#hw-postcode').fill(text);
	await page.locator('#hw-postcode').press('Enter');
};

async function goOffline(page: Page, context: BrowserContext, lang: string) {
	await page.goto(`/${lang}/`);
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	const uncached = await page.evaluate(() => fetch(`/not-cached-${Date.now()}.txt`).then((r) => r.status, () => 'failed'));
	expect(uncached).not.toBe(200);
}

async function expectNearestFirst(page: Page, id: string | undefined) {
	expect(id).toBeTruthy();
	const first = page.getByTestId('place-row').first();
	await expect(first).toHaveAttribute('data-place-id', id ?? '');
	await expect(first.getByTestId('distance')).toBeVisible();
	await expect(first.getByTestId('precision')).toBeVisible();
}

for (const lang of ['nl', 'ar'] as const) {
	test(`${lang}: offline, the nearest money help by postcode and by wijk`, async ({ page, context, baseURL }) => {
		const foreign = recordRequests(context, new URL(baseURL ?? '').origin);
		await goOffline(page, context, lang);
		await page.goto(`/${lang}/hulp-in-de-buurt/`);
		await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

		await choosePostcode(page, '3317kx');
		await expect(page.getByTestId('origin-text')).toContainText('3317');
		await page.getByTestId('need-money').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/hulp-in-de-buurt/money/$`));
		await expectNearestFirst(page, NEAREST['3317'].money);

		// The wijk, chosen on the list page itself after "Andere plek kiezen".
		await page.getByRole('link', { name: lang === 'nl' ? 'Andere plek kiezen' : MESSAGES.ar.places.location.change }).click();
		await chooseWijk(page, 'Binnenstad');
		await expect(page.getByTestId('origin-text')).toContainText('Binnenstad');
		await page.getByTestId('need-money').click();
		await expectNearestFirst(page, NEAREST.Binnenstad.money);
		expect(foreign).toEqual([]);
	});
}

test('done when: 360 px, offline, location denied, Crabbehof finds money and mantelzorg help, how far, how exact, and can call', async ({
	page,
	context
}) => {
	await goOffline(page, context, 'nl');
	await page.goto('/nl/hulp-in-de-buurt/');
	await chooserReady(page);
	await page.getByRole('button', { name: 'Gebruik mijn plek' }).click();
	await expect(page.getByTestId('gps-error')).toContainText('postcode');
	await expect(page.getByTestId('error-summary')).toBeFocused();

	await chooseWijk(page, 'Crabbehof');
	await expect(page.getByTestId('origin-text')).toHaveText(/Crabbehof.*3317/);
	await expect(page.getByTestId('error-summary')).toHaveCount(0);

	for (const need of ['money', 'mantelzorg'] as const) {
		await page.goto(`/nl/hulp-in-de-buurt/${need}/`);
		await expectNearestFirst(page, NEAREST.Crabbehof[need]);
		await expect(page.getByTestId('distance').first()).toHaveText(/ongeveer \d+ km|afstand onbekend/);
		await expect(page.getByTestId('precision').first()).toHaveText(/postcodegebied|gebouw|niet waar/);
		// A place, or else the way to reach help today, can be called with one tap.
		const call = page.getByTestId('call-link').or(page.getByTestId('reach-today-call')).first();
		await expect(call).toHaveAttribute('href', /^tel:0\d{9}$/);
		const box = await call.boundingBox();
		expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe('location granted', () => {
	test.use({ geolocation: { latitude: 51.7935, longitude: 4.657, accuracy: 40 }, permissions: ['geolocation'] });

	test('a point in Crabbehof sorts from where the phone is', async ({ page }) => {
		await page.goto('/nl/hulp-in-de-buurt/money/');
		await expect(page.getByTestId('no-origin')).toBeVisible();
		await chooserReady(page);
		await page.getByRole('button', { name: 'Gebruik mijn plek' }).click();
		await expect(page.getByTestId('origin-text')).toHaveText('We rekenen vanaf je plek van nu.');
		await expect(page.getByTestId('list-origin')).toBeFocused();
		await expect(page.getByTestId('place-row').first().getByTestId('distance')).toHaveText(/ongeveer \d/);
		// Kept for the visit: a language switch keeps it.
		await page.goto('/ar/hulp-in-de-buurt/money/');
		await expect(page.getByTestId('origin-text')).toBeVisible();
	});
});

test('location denied: the message names the other two ways, and they work', async ({ page }) => {
	await page.goto('/nl/hulp-in-de-buurt/');
	await chooserReady(page);
	await page.getByRole('button', { name: 'Gebruik mijn plek' }).click();
	await expect(page.getByTestId('gps-error')).toHaveText(/postcode.*wijk/);
	await expect(page).toHaveTitle(/^Fout: /);
	await page.locator('#hw-postcode').fill('3311');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page.getByTestId('origin-text')).toContainText('3311');
	await expect(page).not.toHaveTitle(/^Fout: /);
});

for (const [typed, message] of [
	['3011', 'niet in Dordrecht'],
	['hallo', 'geen postcode']
] as const) {
	test(`postcode "${typed}" gets a clear message, and the text is kept`, async ({ page }) => {
		await page.goto('/nl/hulp-in-de-buurt/');
		await chooserReady(page);
		await page.locator('#hw-postcode').fill(typed);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		const summary = page.getByTestId('error-summary');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText(message);
		await expect(page.getByTestId('postcode-error')).toContainText(message);
		await expect(page.locator('#hw-postcode')).toHaveValue(typed);
		await expect(page.locator('#hw-postcode')).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveTitle(/^Fout: /);
		await expect(page.getByTestId('origin-text')).toHaveCount(0);
		await summary.getByRole('link').click();
		await expect(page.locator('#hw-postcode')).toBeFocused();
	});
}

test('tap-to-call, a plain route link, and no request leaves the app', async ({ page, context, baseURL }) => {
	const foreign = recordRequests(context, new URL(baseURL ?? '').origin);
	await page.goto('/nl/hulp-in-de-buurt/alle/');
	const row = page.getByTestId('place-row').filter({ has: page.getByTestId('route-link') }).first();
	const route = row.getByTestId('route-link');
	await expect(route).toHaveAttribute('href', /^geo:[-\d.]+,[-\d.]+\?q=.+Dordrecht/);
	expect(await route.evaluate((a) => a.tagName === 'A' && !a.hasAttribute('target') && !a.hasAttribute('onclick'))).toBe(true);
	await expect(page.getByTestId('call-link').first()).toHaveAttribute('href', /^tel:\+?\d+$/);

	// The place page: everything known, status computed in the browser, hours for the week.
	await row.getByRole('heading').getByRole('link').click();
	await expect(page).toHaveURL(/\/nl\/hulp-in-de-buurt\/plek\/[a-z0-9-]+\/$/);
	await expect(page.getByTestId('place-facts')).toContainText('Adres');
	await expect(page.getByTestId('last-checked')).toHaveText(/gecontroleerd|bron uit|niet bekend/);
	await expect(page.getByTestId('places-attribution')).toContainText('OpenStreetMap');
	await expect(page.getByTestId('places-attribution')).toContainText('GeoNames');
	await page.waitForLoadState('networkidle');
	expect(foreign).toEqual([]);
});

// The list works out "nu open" from the phone's clock (Dutch time), not from when it was built.
// The SDD's hours were seen on 11 December 2017, so they count in early 2018 (see the test below).
for (const [when, clock, state, text] of [
	['on a Tuesday morning', '2018-03-06T10:00:00+01:00', 'open', 'nu open, tot 17:00'],
	['on a Tuesday evening', '2018-03-06T18:30:00+01:00', 'closed', 'gesloten, opent morgen om 09:00'],
	['on a Saturday', '2018-03-10T11:00:00+01:00', 'closed', 'gesloten, opent maandag om 09:00']
] as const) {
	test(`the list shows the open status by the phone's clock ${when}`, async ({ page }) => {
		await page.clock.setFixedTime(new Date(clock));
		await page.goto('/nl/hulp-in-de-buurt/alle/');
		const status = page.locator('[data-testid="place-row"][data-place-id="sdd-samenwerkplein"]').getByTestId('open-status');
		await expect(status).toHaveAttribute('data-state', state);
		await expect(status.locator('strong')).toHaveText(text);
	});
}

test.describe('a phone in Amsterdam', () => {
	test.use({ geolocation: { latitude: 52.3731, longitude: 4.8926, accuracy: 30 }, permissions: ['geolocation'] });

	test('is told plainly that the position is outside Dordrecht, and offered postcode or wijk', async ({ page }) => {
		await page.goto('/nl/hulp-in-de-buurt/money/');
		await chooserReady(page);
		await page.getByRole('button', { name: 'Gebruik mijn plek' }).click();
		await expect(page.getByTestId('gps-error')).toHaveText(nl.places.location.errors.gpsOutsideDordrecht);
		await expect(page.getByTestId('error-summary')).toBeFocused();
		// No distances from Amsterdam: the list stays by name until a place in Dordrecht is chosen.
		await expect(page.getByTestId('no-origin')).toBeVisible();
		await expect(page.getByTestId('distance')).toHaveCount(0);
		expect(await page.evaluate(() => sessionStorage.getItem('hulpwijzer:places'))).not.toContain('gps');
		await choosePostcode(page, '3311');
		await expect(page.getByTestId('origin-text')).toContainText('3311');
		await expect(page.getByTestId('distance').first()).toHaveText(/ongeveer \d/);
	});
});

test('the open status appears after the page has loaded, and only for hours checked in the last 12 months', async ({ page }) => {
	// The SDD's hours were seen on 11 December 2017: a Tuesday morning three months later, they count.
	await page.clock.setFixedTime(new Date('2018-03-06T10:00:00+01:00'));
	await page.goto('/nl/hulp-in-de-buurt/plek/sdd-samenwerkplein/');
	await expect(page.getByTestId('open-status')).toContainText('nu open, tot 17:00');
	await expect(page.getByTestId('week-hours')).toContainText('dinsdag');
	// Years later the same hours give their date and "bel eerst", never "open" or "gesloten".
	await page.clock.setFixedTime(new Date('2026-03-03T10:00:00+01:00'));
	await page.reload();
	await expect(page.getByTestId('open-status')).toHaveText('Tijden van 11 december 2017 — bel eerst');
});

test('Arabic opening hours use the 24-hour clock with Western digits, as on the door in Dordrecht', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2018-03-06T10:00:00+01:00'));
	await page.goto('/ar/hulp-in-de-buurt/plek/bibliotheek-aanzet-centrum/');
	const week = page.getByTestId('week-hours');
	await expect(week).toContainText('09:30');
	await expect(week).toContainText('21:00');
	// Not "9:30 ص" or "9:00 م", and no Arabic-Indic digits.
	await expect(week).not.toContainText(/\d\s?[صم]|[\u0660-\u0669]/);
	expect((await week.textContent())?.match(/\d{2}:\d{2}/g)?.every((t) => Number(t.slice(0, 2)) < 24)).toBe(true);
});

for (const path of ['/nl/hulp-in-de-buurt/', '/nl/hulp-in-de-buurt/money/', '/ar/hulp-in-de-buurt/mantelzorg/', '/nl/hulp-in-de-buurt/plek/sociaal-wijkteam-dordrecht/']) {
	test(`axe finds nothing on ${path}, also with a location and a postcode error`, async ({ page }) => {
		await page.goto(path);
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		const postcode = page.locator('#hw-postcode');
		if (await postcode.count()) {
			await choosePostcode(page, '3011');
			await expect(page.getByTestId('error-summary')).toBeVisible();
		}
		await expectNoAxeViolations(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
}
