import { expect, test, type Page } from '@playwright/test';
import { pagesFor } from './support/pages';

/** The scripts we draw with our own Noto fonts, and how many of their letters Noto must draw. */
const SCRIPTS = {
	// Ge'ez: every letter from Noto Sans Ethiopic; a phone without its own Ethiopic font shows boxes.
	ti: { letters: '[\\u1200-\\u139F\\u2D80-\\u2DDF\\uAB00-\\uAB2F]', font: /Noto Sans Ethiopic/i, share: 1 },
	// Arabic: shaping joins letters into ligatures (لا is one glyph), so Noto must draw some of
	// them, not one glyph each. Before the font order put Noto first, system-ui drew them all.
	ar: { letters: '[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]', font: /Noto Sans Arabic/i, share: 0.3 }
} as const;
type Script = keyof typeof SCRIPTS;

/**
 * For every visible element with letters of the script in its own text, the fonts Chromium really
 * drew it with (DevTools' CSS.getPlatformFontsForNode); our self-hosted Noto font must draw them.
 */
async function elementsNotInNoto(page: Page, script: Script = 'ti'): Promise<string[]> {
	const { letters: pattern, font, share } = SCRIPTS[script];
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page.evaluate(async () => {
		document.querySelectorAll('details').forEach((d) => (d.open = true));
		await document.fonts.ready;
	});
	const marked = await page.evaluate((pattern) => {
		const geez = new RegExp(pattern, 'u');
		const found: Array<{ selector: string; letters: number; text: string }> = [];
		let i = 0;
		for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
			const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
			if (!geez.test(own) || !el.checkVisibility({ visibilityProperty: true })) continue;
			el.dataset.geezProbe = String(i);
			found.push({ selector: `[data-geez-probe="${i++}"]`, letters: [...own].filter((c) => geez.test(c)).length, text: own.trim().slice(0, 40) });
		}
		return found;
	}, pattern);
	expect(marked.length).toBeGreaterThan(0);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const wrong: string[] = [];
	for (const { selector, letters, text } of marked) {
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		const noto = fonts.filter((f) => f.isCustomFont && font.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
		if (noto < Math.ceil(letters * share)) wrong.push(`"${text}": ${fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (ours)' : ''} ×${f.glyphCount}`).join(', ')}`);
	}
	await cdp.detach();
	return wrong;
}

test.use({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });

test("the language choice draws ትግርኛ and the Tigrinya prompt with our Ge'ez font", async ({ page }) => {
	await page.goto('/');
	expect(await elementsNotInNoto(page)).toEqual([]);
});

test("every Tigrinya page draws all its Ge'ez text, bold and regular, with our Noto font", async ({ page }) => {
	test.slow();
	const wrong: string[] = [];
	for (const path of pagesFor('ti')) {
		await page.goto(path);
		for (const w of await elementsNotInNoto(page)) wrong.push(`${path} ${w}`);
	}
	expect(wrong).toEqual([]);
});

test('every Arabic page draws its Arabic text with our Noto font, not the system font', async ({ page }) => {
	test.slow();
	const wrong: string[] = [];
	for (const path of pagesFor('ar')) {
		await page.goto(path);
		for (const w of await elementsNotInNoto(page, 'ar')) wrong.push(`${path} ${w}`);
	}
	expect(wrong).toEqual([]);
});

test.describe('negative control', () => {
	test.use({ bypassCSP: true });
	test('a page whose text is set in a font without Ge\'ez letters is caught', async ({ page }) => {
		await page.goto('/ti/');
		await page.addStyleTag({ content: '* { font-family: monospace !important; }' });
		expect((await elementsNotInNoto(page)).length).toBeGreaterThan(3);
	});
	test('an Arabic page set in a font without our Noto is caught', async ({ page }) => {
		await page.goto('/ar/');
		await page.addStyleTag({ content: '* { font-family: monospace !important; }' });
		expect((await elementsNotInNoto(page, 'ar')).length).toBeGreaterThan(3);
	});
});
