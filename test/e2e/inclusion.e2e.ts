/**
 * Inclusion: read-aloud on every question and result block in the page's language, pictograms
 * with text alternatives, Arabic-Indic digits in, Western digits out.
 * (Tap targets and right-to-left mirroring on every page: inclusion-layout.e2e.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, type Spoken } from './support/speech';
import { MESSAGES } from './support/journeys';
import { ALL_QUESTIONS } from '../../src/lib/balance/questions';
import { QUESTION_ORDER } from '../../src/lib/regelingen/question-order';
import { allPagePaths } from './support/pages';
import { heavyBalance, lowIncomeHousehold, seed } from './support/seeds';

const spokenOn = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);

test('a balance result block is read aloud in the page language, without the button text', async ({ page }) => {
	await page.addInitScript(installFakeSpeech, ['nl-NL', 'ar-SA']);
	await seed(page, { balance: heavyBalance });
	await page.goto('/ar/balans/uitslag/');
	const block = page.getByTestId('result-state');
	await block.getByRole('button', { name: MESSAGES.ar.readAloud.button }).click();
	const spoken = await spokenOn(page);
	expect(spoken).toHaveLength(1);
	expect(spoken[0]?.voice).toBe('Fake ar-SA');
	expect(spoken[0]?.lang).toBe('ar-SA');
	expect(spoken[0]?.text).toContain(await block.getByRole('heading', { level: 2 }).innerText());
	expect(spoken[0]?.text).not.toContain(MESSAGES.ar.readAloud.button);
});

for (const [lang, path, seeded, ready] of [
	['nl', '/nl/balans/uitslag/', { balance: heavyBalance }, 'safety-net'],
	['ar', '/ar/regelingen/uitslag/', { regelingen: lowIncomeHousehold }, 'total'],
	['nl', '/nl/hulp-in-de-buurt/plek/sociaal-wijkteam-dordrecht/', {}, 'place-block']
] as const) {
	test(`every result block on ${path} has its own read-aloud button`, async ({ page }) => {
		await page.addInitScript(installFakeSpeech, [`${lang}-NL`, 'ar-SA']);
		await seed(page, seeded);
		await page.goto(path);
		await expect(page.getByTestId(ready)).toBeVisible(); // hydrated with the seeded answers
		await expect(page.locator('header button.read-aloud')).toBeVisible();
		await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		const blocks = page.locator('main [data-read-block]');
		const count = await blocks.count();
		expect(count).toBeGreaterThan(path.includes('balans') ? 5 : 0);
		for (let i = 0; i < count; i++) await expect(blocks.nth(i).locator('button.read-aloud').first()).toBeVisible();
		// Each button reads its own block.
		await blocks.last().locator('button.read-aloud').first().click();
		const spoken = await spokenOn(page);
		expect(spoken.at(-1)?.text).toContain((await blocks.last().locator('h1, h2, h3').first().innerText()).trim());
	});
}

test('without a voice, result blocks show no buttons and the page says so once', async ({ page }) => {
	await page.addInitScript(installFakeSpeech, ['nl-NL']);
	await seed(page, { balance: heavyBalance });
	await page.goto('/ti/balans/uitslag/');
	await expect(page.getByTestId('read-aloud-unavailable')).toHaveCount(1);
	await expect(page.locator('main button.read-aloud')).toHaveCount(0);
});

test('every question page of both checks has a read-aloud button that reads question and options', async ({ page }) => {
	test.slow();
	await page.addInitScript(installFakeSpeech, ['nl-NL']);
	// Question pages render in the browser, so they are listed from the question data, not the build.
	const questionPages = [
		...ALL_QUESTIONS.map((q) => `/nl/balans/vraag/${q.id}/`),
		...QUESTION_ORDER.map((field) => `/nl/regelingen/vraag/${field}/`)
	];
	expect(questionPages.length).toBeGreaterThan(20);
	const missing: string[] = [];
	for (const path of questionPages) {
		await page.goto(path);
		const button = page.locator('main button.read-aloud');
		// The button appears once the page is hydrated and has found the voice.
		if (!(await button.first().waitFor({ timeout: 5000 }).then(() => true, () => false))) {
			missing.push(path);
			continue;
		}
		await button.first().click();
		const text = (await spokenOn(page)).at(-1)?.text ?? '';
		const title = (await page.locator('main h1').first().innerText()).trim();
		const radios = page.locator('main input[type="radio"]');
		const option = (await radios.count()) ? await radios.first().evaluate((el) => ((el as HTMLInputElement).labels?.[0]?.innerText ?? '').trim()) : '';
		if (!text.includes(title) || (option && !text.includes(option))) missing.push(`${path}: reads "${text.slice(0, 80)}"`);
	}
	expect(missing).toEqual([]);
});

test('the four circles have pictograms that differ in shape, with a text alternative', async ({ page }) => {
	await seed(page, { balance: heavyBalance });
	await page.goto('/nl/balans/uitslag/');
	await expect(page.getByTestId('safety-net')).toBeVisible(); // hydrated with the seeded answers
	await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	const pictograms = page.locator('[data-testid="circle-tag"] svg[role="img"]');
	const count = await pictograms.count();
	// One shape per circle: the same circle looks the same on every step, two circles never alike.
	const shapeOf = new Map<string, string>();
	for (let i = 0; i < count; i++) {
		const label = (await pictograms.nth(i).getAttribute('aria-label')) ?? '';
		expect(label).toMatch(/^Stap [1-4] van 4$/);
		const shape = await pictograms.nth(i).innerHTML();
		expect(shapeOf.get(label) ?? shape, label).toBe(shape);
		shapeOf.set(label, shape);
	}
	expect(shapeOf.size).toBeGreaterThanOrEqual(2);
	expect(new Set(shapeOf.values()).size).toBe(shapeOf.size);
});

test('an Arabic result page shows amounts with Western digits', async ({ page }) => {
	await seed(page, { regelingen: lowIncomeHousehold });
	await page.goto('/ar/regelingen/uitslag/');
	await expect(page.getByTestId('total')).toContainText(/\d,\d{3}/);
	const amounts = await page.getByTestId('amount').allTextContents();
	expect(amounts.length).toBeGreaterThan(0);
	for (const text of amounts) expect(text).toMatch(/\d/);
	expect(await page.locator('main').innerText()).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
});

test('the postcode field takes Arabic-Indic digits', async ({ page }) => {
	await page.goto('/ar/hulp-in-de-buurt/');
	await expect(page.locator('[data-testid="location-chooser"][data-ready="true"]')).toBeVisible();
	await page.locator('#hw-postcode').fill('٣٣١٧');
	await page.locator('#hw-postcode').press('Enter');
	await expect(page.getByTestId('origin-text')).toContainText('3317');
});
