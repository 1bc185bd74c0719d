import { expect, test, type Page } from '@playwright/test';
import nl from '../../messages/nl.json' with { type: 'json' };
import { expectNoAxeViolations } from './support/axe';
import { appStorage, pickRole } from './support/checks';
import { gotoLive, hydrated } from './support/hydration';
import { watch } from './support/watch';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('the role chosen on the home page sets third-person wording in balance and regelingen', async ({ page, baseURL }) => {
	const seen = watch(page, baseURL);
	await page.goto('/nl/');
	await pickRole(page, 'helper');
	await expect(page.getByTestId('helper-note')).toBeVisible();
	await page.goto('/nl/balans/vraag/money/');
	await expect(h1(page)).toHaveText(nl.balance.question.money.titleThird);
	await page.goto('/nl/regelingen/vraag/care/');
	await expect(h1(page)).toHaveText(nl.regelingen.question.care.titleThird);
	// Changeable from a job's start page, without losing answers.
	await page.goto('/nl/balans/');
	await expect(page.getByTestId('role-helper')).toBeChecked();
	await pickRole(page, 'mantelzorger');
	await page.goto('/nl/balans/vraag/money/');
	await expect(h1(page)).toHaveText(nl.balance.question.money.title);
	expect(seen.foreign).toEqual([]);
	expect(seen.csp).toEqual([]);
});

test('a mantelzorger sees mantelzorg first: help nearby and balance next steps', async ({ page }) => {
	await page.goto('/nl/hulp-in-de-buurt/');
	await expect(page.getByTestId('need-links').getByRole('link').first()).toHaveAttribute('data-testid', 'need-money');
	await page.goto('/nl/');
	await pickRole(page, 'mantelzorger');
	await page.goto('/nl/hulp-in-de-buurt/');
	await expect(page.getByTestId('need-links').getByRole('link').first()).toHaveAttribute('data-testid', 'need-mantelzorg');
	// Money weighs heavily, care quite a lot (not overburdened): without the role, money steps come first.
	await page.evaluate(() =>
		sessionStorage.setItem(
			'hulpwijzer:balance',
			JSON.stringify({ money: 'always', obligations: 'heavy', care: 'lot', careHours: 'over-40', careDuration: 'over-5-years', careHeaviness: 'heavy', careBreak: 'sometimes', careCombine: 'hard', health: 'none', housing: 'none', lifeEvents: 'no', energy: 'little', rest: 'sometimes', people: 'some', arranging: 'mostly', languageDigital: 'easily' })
		)
	);
	await page.goto('/nl/balans/uitslag/');
	// For a mantelzorger the mantelzorg steps come first.
	const firstStep = page.getByTestId('steps-open').locator('[data-testid^="step-"]').first();
	await expect(firstStep).toHaveAttribute('data-testid', /step-(mantelzorg-support|mantelzorgwaardering|respite)/);
	await page.goto('/nl/');
	await pickRole(page, 'self');
	await page.goto('/nl/balans/uitslag/');
	await expect(firstStep).toHaveAttribute('data-testid', 'step-money-help');
});

test('an answer from the balance check is shown in regelingen, and saved only when confirmed', async ({ page }) => {
	await page.goto('/nl/balans/');
	await page.evaluate(() => sessionStorage.setItem('hulpwijzer:balance', JSON.stringify({ care: 'no' })));
	await page.goto('/nl/regelingen/vraag/care/');
	await expect(page.getByTestId('prefill-note')).toHaveText(nl.journey.prefill.fromBalance);
	await expect(page.locator('#antwoord-no')).toBeChecked();
	expect(await page.evaluate(() => sessionStorage.getItem('hulpwijzer:regelingen'))).toBeNull();
	await expectNoAxeViolations(page);
	await hydrated(page);
	await page.getByTestId('next').click();
	await expect(page).not.toHaveURL(/vraag\/care\/$/);
	expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem('hulpwijzer:regelingen'))) ?? '{}')).toMatchObject({ care: null });
	// And back: regelingen "no care" shows in the balance care question.
	await page.evaluate(() => sessionStorage.removeItem('hulpwijzer:balance'));
	await page.goto('/nl/balans/vraag/care/');
	await expect(page.getByTestId('prefill-note')).toHaveText(nl.journey.prefill.fromRegelingen);
	await expect(page.locator('input[value="no"]')).toBeChecked();
});

test('keep on this phone: a new tab still has the answers; Wis alles empties everything', async ({ page, context, baseURL }) => {
	const seen = watch(page, baseURL);
	await page.goto('/nl/');
	await pickRole(page, 'helper');
	await page.evaluate(() => sessionStorage.setItem('hulpwijzer:balance', JSON.stringify({ money: 'often' })));
	await page.reload();
	await hydrated(page);
	await page.getByTestId('keep-on').click();
	await expect(page.getByTestId('keep-off')).toBeVisible();
	const kept = JSON.parse((await page.evaluate(() => localStorage.getItem('hulpwijzer:kept'))) ?? 'null');
	expect(kept).toMatchObject({ version: 2, role: 'helper', balance: { money: 'often' } });
	await expectNoAxeViolations(page);

	// A new tab: empty sessionStorage, answers come back from localStorage.
	const tab = await context.newPage();
	const seenTab = watch(tab, baseURL);
	await tab.goto('/nl/');
	await expect(tab.getByTestId('keep-off')).toBeVisible();
	await expect(tab.getByTestId('role-helper')).toBeChecked();
	await expect(tab.getByTestId('helper-note')).toBeVisible();
	await tab.goto('/nl/balans/vraag/money/');
	await expect(tab.locator('input[value="often"]')).toBeChecked();
	expect(seenTab.csp).toEqual([]);

	// Wis alles from the header: a confirmation, focus back on "Nee".
	await tab.getByTestId('wipe-open').click();
	await expect(tab.getByTestId('wipe-dialog')).toBeVisible();
	await expect(tab.getByTestId('wipe-cancel')).toBeFocused();
	await expectNoAxeViolations(tab);
	await tab.getByTestId('wipe-cancel').click();
	await expect(tab.getByTestId('wipe-open')).toBeFocused();
	await tab.getByTestId('wipe-open').click();
	await tab.getByTestId('wipe-confirm').click();
	await expect(tab).toHaveURL(/\/nl\/$/);
	await expect(tab.getByTestId('wiped')).toBeFocused();
	await expect(tab.getByTestId('wiped')).toHaveText(nl.journey.wipe.doneHelper);
	// The answers and the kept copy are gone; the volunteer stays in helper mode for the next person.
	const stored = await appStorage(tab);
	expect(stored).toEqual({ session: ['hulpwijzer:role'], local: [], databases: [], caches: [] });
	expect(await tab.evaluate(() => sessionStorage.getItem('hulpwijzer:role'))).toBe(JSON.stringify('helper'));
	await expect(tab.getByTestId('role-helper')).toBeChecked();
	await tab.goto('/nl/balans/vraag/money/');
	await expect(tab.locator('input:checked')).toHaveCount(0);
	await tab.goto('/nl/regelingen/controleer/');
	expect(await tab.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('hulpwijzer:') && k !== 'hulpwijzer:regelingenFromCheck'))).toEqual(['hulpwijzer:role']);
	expect([...seen.foreign, ...seenTab.foreign]).toEqual([]);
});

test('a corrupted kept value leads to a clean start with a calm message', async ({ page, baseURL }) => {
	const seen = watch(page, baseURL);
	await page.goto('/nl/');
	await page.evaluate(() => localStorage.setItem('hulpwijzer:kept', '{broken'));
	await page.reload();
	await expect(page.getByTestId('kept-corrupt')).toHaveText(nl.journey.keep.corrupt);
	expect(await page.evaluate(() => localStorage.getItem('hulpwijzer:kept'))).toBeNull();
	await expect(page.getByTestId('keep-on')).toBeVisible();
	// Said once, on the page where it happened: the next page does not repeat it.
	await page.getByRole('link', { name: nl.home.balance.title }).click();
	await expect(page).toHaveURL(/\/nl\/balans\/$/);
	await expect(page.getByTestId('kept-corrupt')).toHaveCount(0);
	// An outdated version is discarded the same way; a version 1 value is migrated.
	await page.evaluate(() => localStorage.setItem('hulpwijzer:kept', JSON.stringify({ version: 9, role: 'self', balance: {}, regelingen: {}, places: {} })));
	await page.reload();
	await expect(page.getByTestId('kept-corrupt')).toBeVisible();
	await page.evaluate(() => localStorage.setItem('hulpwijzer:kept', JSON.stringify({ version: 1, role: 'helper', balance: { money: 'none' }, regelingen: {}, places: { origin: null, list: null } })));
	await page.reload();
	await expect(page.getByTestId('role-helper')).toBeChecked();
	await expect(page.getByTestId('kept-corrupt')).toHaveCount(0);
	expect(seen.csp).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

test('helper mode: "Klaar — wis alles" waits at the end of the overzicht; home and result pages lead with the work, the header keeps "Wis alles"', async ({ page }) => {
	await page.goto('/nl/');
	await pickRole(page, 'helper');
	for (const path of ['/nl/', '/nl/balans/uitslag/', '/nl/regelingen/uitslag/', '/nl/hulp-in-de-buurt/alle/']) {
		await gotoLive(page, path);
		await expect(page.getByTestId('helper-done')).toHaveCount(0);
		await expect(page.locator('#inhoud').getByTestId('wipe-open')).toHaveCount(0);
		await expect(page.locator('.site-header').getByTestId('wipe-open')).toBeVisible();
	}
	await gotoLive(page, '/nl/overzicht/');
	const done = page.getByTestId('helper-done');
	await expect(done).toHaveText(nl.journey.wipe.helperDone);
	// After the summary, not before it: the last thing in the page's content.
	const below = await page.evaluate(() => {
		const button = document.querySelector('[data-testid="helper-done"]')!;
		const summary = document.querySelector('[data-testid="summary-places"]')!;
		return Boolean(summary.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
	});
	expect(below).toBe(true);
	// Help nearby speaks about the person you help, too.
	await page.goto('/nl/hulp-in-de-buurt/');
	await expect(page.locator('#hw-need')).toHaveText(nl.places.chooseNeedThird);
	await expectNoAxeViolations(page);
});
