import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import nl from '../../messages/nl.json' with { type: 'json' };
import { appStorage, pickRole } from './support/checks';
import { gotoLive } from './support/hydration';

/*
 * "Wis alles" on a shared phone or a desk PC with two tabs of the app open: afterwards no tab
 * may show the last person's answers, and no tab may write them back to the phone.
 */

/** Tab one: answers money = often, and keeps the answers on this phone; as a helper when asked. */
async function keptAnswersInFirstTab(context: BrowserContext, asHelper = false): Promise<Page> {
	const first = await context.newPage();
	if (asHelper) {
		await gotoLive(first, '/nl/');
		await pickRole(first, 'helper');
	}
	await gotoLive(first, '/nl/balans/vraag/money/');
	await first.locator('input[value="often"]').check();
	await first.getByTestId('next').click();
	await expect(first).not.toHaveURL(/vraag\/money\/$/);
	await gotoLive(first, '/nl/');
	await first.getByTestId('keep-on').click();
	await expect(first.getByTestId('keep-off')).toBeVisible();
	return first;
}

/** Tab two reads the kept answers back (a new tab starts with an empty sessionStorage). */
async function secondTabWithKeptAnswers(context: BrowserContext): Promise<Page> {
	const second = await context.newPage();
	await gotoLive(second, '/nl/');
	await expect(second.getByTestId('keep-off')).toBeVisible();
	await second.goto('/nl/balans/vraag/money/');
	await expect(second.locator('input[value="often"]')).toBeChecked();
	return second;
}

async function wipe(page: Page) {
	await page.getByTestId('wipe-open').click();
	await page.getByTestId('wipe-confirm').click();
	await expect(page.getByTestId('wiped')).toBeVisible();
}

/** A fresh tab after everything: nothing kept, nothing answered. */
async function expectNothingLeft(context: BrowserContext) {
	const fresh = await context.newPage();
	await gotoLive(fresh, '/nl/');
	await expect(fresh.getByTestId('keep-on')).toBeVisible();
	expect(await appStorage(fresh)).toEqual({ session: [], local: [], databases: [], caches: [] });
	await gotoLive(fresh, '/nl/balans/vraag/money/');
	await expect(fresh.locator('input:checked')).toHaveCount(0);
}

test('Wis alles in one tab empties the other open tab, which says so and writes nothing back', async ({ context }) => {
	const first = await keptAnswersInFirstTab(context);
	const second = await secondTabWithKeptAnswers(context);

	await wipe(first);

	// The other tab drops its answers (it loads its page again) and says they were cleared.
	await expect(second).toHaveURL(/\/nl\/balans\/vraag\/money\/$/);
	await expect(second.getByTestId('wiped')).toBeVisible();
	await expect(second.getByTestId('wiped')).toBeFocused();
	await expect(second.locator('input:checked')).toHaveCount(0);
	// SvelteKit writes its (empty) page snapshot again when the page reloads: no answers in it.
	const session = await second.evaluate(() => Object.entries(sessionStorage));
	expect(session.filter(([key]) => key.startsWith('hulpwijzer:'))).toEqual([]);
	expect(JSON.stringify(session)).not.toContain('often');
	expect(await second.evaluate(() => Object.keys(localStorage))).toEqual([]);
	await gotoLive(second, '/nl/');
	await expect(second.getByTestId('keep-on')).toBeVisible();
	await expect(second.getByTestId('wiped')).toHaveCount(0);

	// A new answer there lives only in that tab's visit: it is not written to the phone.
	await gotoLive(second, '/nl/balans/vraag/money/');
	await expect(second.locator('input:checked')).toHaveCount(0);
	await second.locator('input[value="sometimes"]').check();
	await second.getByTestId('next').click();
	await expect(second).not.toHaveURL(/vraag\/money\/$/);
	expect(await second.evaluate(() => localStorage.getItem('hulpwijzer:kept'))).toBeNull();

	await second.close();
	await expectNothingLeft(context);
});

test('a tab that never hears of the wipe still does not write the last person back', async ({ context }) => {
	const first = await keptAnswersInFirstTab(context);
	// A browser without BroadcastChannel: the second tab is not told about the wipe.
	const second = await context.newPage();
	await second.addInitScript(() => {
		delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
	});
	await gotoLive(second, '/nl/');
	await expect(second.getByTestId('keep-off')).toBeVisible();
	await second.goto('/nl/balans/vraag/money/');
	await expect(second.locator('input[value="often"]')).toBeChecked();

	await wipe(first);
	expect(await first.evaluate(() => localStorage.getItem('hulpwijzer:kept'))).toBeNull();

	// One more answer in the tab that still shows the old answers: not written back.
	await second.locator('input[value="always"]').check();
	await second.getByTestId('next').click();
	await expect(second).toHaveURL(/vraag\/obligations\/$/);
	expect(await second.evaluate(() => localStorage.getItem('hulpwijzer:kept'))).toBeNull();

	// The next person starts keeping in the first tab; the old tab answers again: it leaves their copy alone.
	await first.getByTestId('keep-on').click();
	await expect(first.getByTestId('keep-off')).toBeVisible();
	await second.locator('input[name="answer"]').first().check();
	await second.getByTestId('next').click();
	await expect(second).not.toHaveURL(/vraag\/obligations\/$/);
	const kept = JSON.parse((await second.evaluate(() => localStorage.getItem('hulpwijzer:kept'))) ?? 'null');
	expect(kept).toMatchObject({ version: 2, balance: {} });
	expect(Object.keys(kept.balance)).toEqual([]);

	await first.close();
	await second.close();
});

test('a volunteer wipes in one tab: both tabs lose the answers and both stay in helper mode', async ({ context }) => {
	const first = await keptAnswersInFirstTab(context, true);
	// Tab two reads the kept answers and the helper role back.
	const second = await secondTabWithKeptAnswers(context);
	await gotoLive(second, '/nl/overzicht/');
	await expect(second.getByTestId('helper-done')).toBeVisible();

	// "Klaar — wis alles voor de volgende persoon" in tab two.
	await second.getByTestId('helper-done').getByRole('button').click();
	await second.getByTestId('wipe-confirm').click();
	await expect(second).toHaveURL(/\/nl\/$/);
	await expect(second.getByTestId('wiped')).toHaveText(nl.journey.wipe.doneHelper);
	await expect(second.getByTestId('role-helper')).toBeChecked();

	// Tab one heard it: its page loads again, empty, still in helper mode.
	await expect(first.getByTestId('wiped')).toHaveText(nl.journey.wipe.doneHelper);
	await expect(first.getByTestId('role-helper')).toBeChecked();
	for (const tab of [first, second]) {
		// Only the role is left (SvelteKit may write its empty page snapshot again: no answers in it).
		const session = await tab.evaluate(() => Object.entries(sessionStorage));
		expect(session.filter(([key]) => key.startsWith('hulpwijzer:'))).toEqual([['hulpwijzer:role', JSON.stringify('helper')]]);
		expect(JSON.stringify(session)).not.toContain('often');
		expect(await tab.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await gotoLive(tab, '/nl/balans/vraag/money/');
		await expect(tab.locator('input:checked')).toHaveCount(0);
		// The question speaks about the person helped, as helper mode does.
		await expect(tab.getByText(nl.balance.question.money.titleThird)).toBeVisible();
	}
	await first.close();
	await second.close();
	// Helper mode lived in those tabs only: a new tab starts as "voor mezelf", with nothing stored.
	await expectNothingLeft(context);
});
