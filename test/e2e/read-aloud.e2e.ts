import { expect, test } from '@playwright/test';

/** Replaces the phone's speech engine with a recorder that has voices for the given languages. */
function installFakeSpeech(voiceLangs: string[]) {
	{
		const spoken: { text: string; lang: string; voice: string }[] = [];
		(window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
		const voices = voiceLangs.map((lang) => ({ lang, name: `Fake ${lang}`, localService: true, default: false, voiceURI: lang }));
		class FakeUtterance {
			text: string;
			lang = '';
			voice: { name: string } | null = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => voices,
				speak: (u: FakeUtterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' }),
				cancel: () => {},
				addEventListener: () => {},
				removeEventListener: () => {}
			}
		});
	}
}

test('reads the page aloud with the voice of the page language', async ({ page }) => {
	await page.addInitScript(installFakeSpeech, ['nl-NL', 'ar-SA']);
	await page.goto('/ar/over/');
	await page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
	const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voice: string }[] }).__spoken);
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
