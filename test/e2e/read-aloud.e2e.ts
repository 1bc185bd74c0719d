import { expect, test } from '@playwright/test';
import { installFakeSpeech, type Spoken } from './support/speech';

test('reads the page aloud with the voice of the page language', async ({ page }) => {
	await page.addInitScript(installFakeSpeech, ['nl-NL', 'ar-SA']);
	await page.goto('/ar/over/');
	await page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
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
