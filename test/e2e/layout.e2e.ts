import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support/hydration';
import { layoutPages, READING_SIZES, readAt, RESULT_SEED, sidewaysOverflow, splitWords, storeAnswers } from './support/layout';
import { LANG_CODES } from './support/pages';

/** Opens a page with every fold open (what is folded must fit too) and checks it at every reading size. */
async function problemsOn(page: Page, path: string): Promise<string[]> {
	await readAt(page, READING_SIZES[0]);
	// Not waiting for 'load': the app having taken the page over and the fonts being there is what counts.
	await page.goto(path, { waitUntil: 'commit' });
	await hydrated(page);
	await page.getByRole('heading', { level: 1 }).first().waitFor();
	await page.evaluate(async () => void (await document.fonts.ready));
	await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	const problems: string[] = [];
	for (const size of READING_SIZES) {
		await readAt(page, size);
		const at = `${path} at ${size.width} px, ${size.text} text`;
		for (const wide of await sidewaysOverflow(page, size.width)) problems.push(`${at}: ${wide}`);
		if (size.text === '200%') for (const word of await splitWords(page)) problems.push(`${at}: split word ${word}`);
	}
	return problems;
}

for (const lang of LANG_CODES) {
	test(`${lang}: no page scrolls sideways or splits a word, at 360 px and at 320 px with 200% text`, async ({ page }) => {
		test.slow();
		const { empty, withAnswers } = layoutPages(lang);
		const problems: string[] = [];
		for (const path of empty) problems.push(...(await problemsOn(page, path)));
		await storeAnswers(page, RESULT_SEED);
		for (const path of withAnswers) problems.push(...(await problemsOn(page, path)));
		expect(problems).toEqual([]);
	});
}

test('the checks can fail: a wide box scrolls sideways, a squeezed box splits "aanvragen", an Arabic word may never split', async ({ page }) => {
	await page.goto('/nl/over/');
	await hydrated(page);
	await readAt(page, READING_SIZES[1]);
	// Styles set through the DOM: the page's CSP refuses style attributes in markup.
	await page.evaluate(() => {
		const add = (text: string, width: string, dir = 'ltr') => {
			const box = document.createElement('p');
			box.textContent = text;
			box.dir = dir;
			box.style.inlineSize = width;
			document.getElementById('inhoud')!.append(box);
		};
		add('breed', '400px');
		add('Je kunt het aanvragen.', '120px');
		add('المساعدة', '60px', 'rtl');
	});
	expect((await sidewaysOverflow(page, 320))[0]).toMatch(/^scrolls \d+px sideways$/);
	const split = await splitWords(page);
	expect(split.some((w) => w.startsWith('aanvragen.'))).toBe(true);
	expect(split.some((w) => w.startsWith('المساعدة'))).toBe(true);
});

test('"aanvragen" and the day names of a place stay whole at 320 px with 200% text', async ({ page }) => {
	await page.goto('/nl/regelingen/');
	await hydrated(page);
	await readAt(page, READING_SIZES[1]);
	expect(await splitWords(page)).toEqual([]);
});

test('tap targets in the header and on the home screen are at least 44 px high', async ({ page }) => {
	await page.goto('/nl/');
	for (const locator of [
		page.getByTestId('direct-help-link'),
		page.locator('details.lang-switch summary'),
		page.locator('header a.home'),
		page.locator('footer a')
	]) {
		const box = await locator.boundingBox();
		expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	}
});
