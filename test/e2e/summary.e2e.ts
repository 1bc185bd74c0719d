import { expect, test, type Page } from '@playwright/test';
import ar from '../../messages/ar.json' with { type: 'json' };
import nl from '../../messages/nl.json' with { type: 'json' };
import socialMap from '../../src/lib/data/social-map.json' with { type: 'json' };
import { valueWithPoints } from '../unit/balance/helpers';
import { expectNoAxeViolations } from './support/axe';
import { pickRole, sharedPayloads, stubSharing } from './support/checks';
import { watch } from './support/watch';
import { JOURNEYS, regelingenJob } from './support/journeys';
import { waitForServiceWorkerControl } from './support/pages';

test.use({ viewport: { width: 360, height: 740 } });

const SELF = JOURNEYS.find((j) => j.role === 'self')!;
const radios = (page: Page) => page.locator('input[name="answer"]');

/** The balance check with a few answers (money weighs heavily), the rest skipped. */
async function balance(page: Page) {
	await page.goto('/nl/balans/');
	await pickRole(page, 'self');
	await page.getByTestId('start').click();
	const plan: Record<string, number> = { money: 3, housing: 1, care: 0, energy: 1, rest: 1, people: 1 };
	for (let step = 0; step < 20 && !page.url().includes('/uitslag/'); step++) {
		await expect(page.getByTestId('progress').or(page.getByTestId('result-state'))).toBeVisible();
		if (page.url().includes('/uitslag/')) break;
		const id = new URL(page.url()).pathname.split('/').at(-2) ?? '';
		await expect(page.locator(`form[data-question="${id}"]`)).toBeVisible();
		const before = page.url();
		await radios(page).nth(plan[id] ?? (await radios(page).count()) - 1).check();
		await page.getByTestId('next').click();
		await expect(page).not.toHaveURL(before);
	}
	await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', 'out-of-balance');
	await expect(page.getByTestId('summary-link')).toHaveAttribute('href', '/nl/overzicht/');
}

/** Regelingen: a single parent on a low income (kindtegoed and Dordtpas are likely), as in the 'self' journey. */
async function regelingen(page: Page) {
	await regelingenJob(page, 'nl', SELF);
	await expect(page.locator('#regeling-kindtegoed')).toHaveAttribute('data-verdict', 'likely');
	await expect(page.getByTestId('summary-link')).toHaveAttribute('href', '/nl/overzicht/');
}

/** Help nearby: where from, by postcode. */
async function nearby(page: Page) {
	await page.goto('/nl/hulp-in-de-buurt/');
	await expect(page.locator('[data-testid="location-chooser"][data-ready="true"]')).toBeVisible();
	await page.locator('#hw-postcode').fill('3311');
	await page.locator('#hw-postcode').press('Enter');
	await expect
		.poll(() => page.evaluate(() => JSON.parse(sessionStorage.getItem('hulpwijzer:places') ?? '{}').origin?.pc4))
		.toBe('3311');
}

test('nl: after the three jobs the overzicht shows all three, prints without chrome, and shares as text', async ({ page, context, baseURL }) => {
	const seen = watch(context, baseURL);
	await stubSharing(page, true);
	await balance(page);
	await regelingen(page);
	await nearby(page);

	await page.goto('/nl/');
	await page.getByTestId('summary-link').click();
	await expect(page).toHaveURL(/\/nl\/overzicht\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.summary.title);
	await expect(page.getByTestId('summary-balance')).toContainText(nl.balance.result.state['out-of-balance'].title);
	await expect(page.getByTestId('summary-balance')).toContainText(nl.balance.domain.money.name);
	await expect(page.getByTestId('summary-scheme-kindtegoed')).toContainText(nl.regelingen.scheme.kindtegoed.name);
	await expect(page.getByTestId('summary-scheme-dordtpas')).toBeVisible();
	await expect(page.getByTestId('summary-bring')).toContainText(nl.summary.bring.title);
	const firstPlace = page.getByTestId('summary-place').first();
	await expect(firstPlace).toContainText(/km/);
	await expect(firstPlace).toContainText(nl.places.place.walkIn);
	await expect(page.getByTestId('summary-no-origin')).toHaveCount(0);
	const placeName = (await firstPlace.locator('.name a').textContent())?.trim() ?? '';
	expect(placeName.length).toBeGreaterThan(2);
	await expectNoAxeViolations(page);

	// Print: header, footer, language switch, read-aloud and buttons go; the content stays.
	await page.emulateMedia({ media: 'print' });
	for (const hidden of ['.site-header', '.site-footer', '[data-testid="print"]', '[data-testid="share"]'])
		await expect(page.locator(hidden)).toBeHidden();
	await expect(page.getByTestId('summary-scheme-kindtegoed')).toBeVisible();
	await expect(firstPlace).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// Share: the phone's share sheet gets the summary as text, with a scheme and a place in it.
	await page.getByTestId('share').click();
	await expect.poll(async () => (await sharedPayloads(page)).length).toBe(1);
	const [shared] = await sharedPayloads(page);
	expect(shared?.title).toBe(nl.summary.title);
	expect(shared?.text).toContain(nl.regelingen.scheme.kindtegoed.name);
	expect(shared?.text).toContain(placeName);
	expect(shared?.url).toBeUndefined();
	expect(seen.foreign).toEqual([]);
});

/** Puts a finished visit in sessionStorage (what the three jobs leave behind), as the given role. */
async function seed(page: Page, lang: string, role: 'self' | 'helper') {
	await page.goto(`/${lang}/`);
	const values = {
		role,
		balance: { money: valueWithPoints('money', 3), housing: valueWithPoints('housing', 2), care: valueWithPoints('care', 0), energy: valueWithPoints('energy', 1), rest: valueWithPoints('rest', 1), people: valueWithPoints('people', 1) },
		regelingen: { livesInDordrecht: true, age: 34, partner: false, partnerAge: null, children: [7, 13], netMonthlyIncome: 1200, savingsAboveLimit: false, rentPerMonth: 650, hasDebts: false, care: null, volunteering: null, fullAow: null, childcare: false, studentWithDisability: false, alreadyReceives: [], ownsHome: false, otherAdults: [], studentFinance: false },
		places: { origin: null, list: null }
	};
	await page.evaluate((v) => {
		for (const [k, value] of Object.entries(v)) sessionStorage.setItem(`hulpwijzer:${k}`, JSON.stringify(value));
	}, values);
}

test('nl: without a share sheet the text is copied, with a visible "Gekopieerd"; places by need without a location', async ({ page }) => {
	await stubSharing(page, false);
	await seed(page, 'nl', 'self');
	await page.goto('/nl/overzicht/');
	await expect(page.getByTestId('share')).toHaveText(nl.summary.actions.copy);
	await expect(page.getByTestId('summary-no-origin')).toBeVisible();
	await expect(page.getByTestId('summary-place').first()).not.toContainText(/km/);
	await page.getByTestId('share').click();
	await expect(page.getByTestId('share-status')).toHaveText(nl.summary.actions.copied);
	const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied[0] ?? '');
	expect(copied).toContain(nl.regelingen.scheme.dordtpas.name);
	expect(copied).toContain(nl.summary.places.noOrigin);
});

test('nl: nothing filled in yet: each part says so and links to its start', async ({ page }) => {
	await page.goto('/nl/overzicht/');
	await expect(page.getByTestId('summary-balance')).toContainText(nl.summary.balance.empty);
	await expect(page.getByTestId('summary-balance').getByRole('link')).toHaveAttribute('href', '/nl/balans/');
	await expect(page.getByTestId('summary-schemes').getByRole('link')).toHaveAttribute('href', '/nl/regelingen/');
	await expect(page.getByTestId('summary-places').getByRole('link', { name: nl.summary.places.search })).toHaveAttribute('href', '/nl/hulp-in-de-buurt/');
	// No need known: not every list of places, but the two that take any question.
	await expect(page.getByTestId('summary-need')).toHaveCount(0);
	await expect(page.getByTestId('summary-any-question')).toHaveText(nl.summary.places.anyQuestion);
	const doors = await page.getByTestId('summary-place').evaluateAll((items) => items.map((li) => li.getAttribute('data-place-id')));
	expect(doors.sort()).toEqual([socialMap.fallbackPlaceId, socialMap.helpLinePlaceId].sort());
	await expectNoAxeViolations(page);
});

test('ar, helper: the summary in Arabic with a Dutch copy for the desk, also offline, in print and in the shared text', async ({ page, context }) => {
	await stubSharing(page, true);
	await seed(page, 'ar', 'helper');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.goto('/ar/overzicht/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByTestId('summary-intro')).toHaveText(ar.summary.introHelper);
	await expect(page.getByTestId('summary-scheme-kindtegoed')).toContainText(ar.regelingen.scheme.kindtegoed.explain);
	await expect(page.getByTestId('dutch-copy')).toHaveCount(0);

	await page.getByTestId('dutch-copy-toggle').check();
	const dutch = page.getByTestId('dutch-copy');
	await expect(dutch).toHaveAttribute('lang', 'nl');
	await expect(dutch.getByRole('heading', { level: 2 })).toHaveText(nl.summary.dutchCopy.title);
	await expect(dutch).toContainText(nl.regelingen.scheme.kindtegoed.explain);
	await expect(dutch).toContainText(nl.summary.bring.title);
	await expectNoAxeViolations(page);

	await page.emulateMedia({ media: 'print' });
	await expect(dutch).toBeVisible();
	await expect(page.getByTestId('dutch-copy-toggle')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await page.getByTestId('share').click();
	await expect.poll(async () => (await sharedPayloads(page)).length).toBe(1);
	const text = (await sharedPayloads(page))[0]?.text ?? '';
	expect(text).toContain(ar.summary.title);
	expect(text).toContain(nl.summary.title);
	expect(text).toContain(nl.regelingen.scheme.kindtegoed.explain);
});
