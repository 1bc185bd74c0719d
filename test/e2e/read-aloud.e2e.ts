import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, type Spoken } from './support/speech';
import { MESSAGES } from './support/journeys';

test('reads the page aloud with the voice of the page language', async ({ page }) => {
	await page.addInitScript(installFakeSpeech, ['nl-NL', 'ar-SA']);
	await page.goto('/ar/over/');
	await page.getByRole('button', { name: MESSAGES.ar.readAloud.button }).click();
	const spoken = await page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
	expect(spoken).toHaveLength(1);
	expect(spoken[0]?.voice).toBe('Fake ar-SA');
	expect(spoken[0]?.text).toContain(await page.getByRole('heading', { level: 1 }).innerText());
});

test('says so, instead of showing a button, when the phone has no voice for the language', async ({ page }) => {
	await page.addInitScript(installFakeSpeech, ['nl-NL']);
	await page.goto('/ti/');
	await expect(page.locator('button.read-aloud')).toHaveCount(0);
	await expect(page.getByTestId('read-aloud-unavailable')).toBeVisible();
	await page.goto('/nl/');
	await expect(page.locator('button.read-aloud')).toHaveCount(1);
	await expect(page.getByTestId('read-aloud-unavailable')).toHaveCount(0);
});

test.describe('a phone without a speech engine', () => {
	// Pages the app renders itself (from the app shell), where the gap was: a question of both
	// checks (not the first: that one is prerendered), and a place's description under its name.
	const PAGES = [
		['/nl/balans/vraag/obligations/', 'main h1'],
		['/nl/regelingen/vraag/age/', 'main h1'],
		['/nl/hulp-in-de-buurt/plek/sociaal-wijkteam-dordrecht/', '[data-testid="place-block"] > p']
	] as const;

	async function topOf(page: Page, path: string, selector: string): Promise<number> {
		await page.goto(path);
		await page.locator('html[data-hydrated="true"]').waitFor();
		const box = await page.locator(selector).first().boundingBox();
		return box?.y ?? Number.NaN;
	}

	test('gets no empty read-aloud slot: the question is not pushed down (voices faked: the button is there)', async ({ browser }) => {
		const without = await browser.newContext();
		const withVoice = await browser.newContext();
		await without.addInitScript(() => delete (window as { speechSynthesis?: unknown }).speechSynthesis);
		await withVoice.addInitScript(installFakeSpeech, ['nl-NL']);
		const [bare, voiced] = [await without.newPage(), await withVoice.newPage()];
		for (const [path, selector] of PAGES) {
			const bareTop = await topOf(bare, path, selector);
			const voicedTop = await topOf(voiced, path, selector);
			expect(await bare.evaluate(() => 'speechSynthesis' in window), 'speech engine removed').toBe(false);
			await expect(bare.locator('header').getByTestId('read-aloud-unavailable')).toBeVisible();
			// Negative control: with a voice the button stands there and takes its room.
			await expect(voiced.locator('main button.read-aloud')).toBeVisible();
			const button = (await voiced.locator('main button.read-aloud').boundingBox())?.height ?? 0;
			expect(button, path).toBeGreaterThanOrEqual(44);
			expect(bareTop, `${path}: ${selector} sits as high as without the button`).toBeLessThanOrEqual(voicedTop - button);
			await expect(bare.locator('main .slot'), 'no room kept for a button that cannot come').toHaveCount(0);
		}
		await without.close();
		await withVoice.close();
	});
});
