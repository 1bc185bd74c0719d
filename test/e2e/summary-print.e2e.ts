import { expect, test, type Page } from '@playwright/test';
import ar from '../../messages/ar.json' with { type: 'json' };
import nl from '../../messages/nl.json' with { type: 'json' };
import { formatDate } from '../../src/lib/i18n/format';
import { hydrated } from './support/hydration';
import { JOURNEYS } from './support/journeys';
import { lowIncomeHousehold, seed } from './support/seeds';

/*
 * The overzicht as a volunteer hands it over at a desk: the single mother (support/seeds.ts, with
 * the 'self' journey's balance answers), who looked for money help from postcode 3311. On paper
 * at least 11 pt and at most two A4 pages; on screen every amount with its date and mark, the
 * places for the need she chose, and the Dutch copy for the desk in any other language.
 */

test.use({ viewport: { width: 360, height: 780 } });

const SELF = JOURNEYS.find((j) => j.role === 'self')!;
/** 11 pt in CSS pixels (1 pt = 96/72 px), with a little room for rounding. */
const ELEVEN_PT_PX = (11 * 96) / 72 - 0.01;

async function singleMother(page: Page, lang: string, list: string | null = 'money') {
	await seed(page, {
		role: 'self',
		balance: SELF.balance,
		regelingen: { ...lowIncomeHousehold, partnerAge: null, fullAow: null },
		places: { origin: { kind: 'pc4', pc4: '3311' }, list }
	});
	await page.goto(`/${lang}/overzicht/`);
	await hydrated(page);
	await expect(page.getByTestId('summary-schemes')).toBeVisible();
}

/** The smallest font size (px) of any visible paragraph, list item or heading in the page's content. */
function smallestText(page: Page): Promise<number> {
	return page.evaluate(() =>
		Math.min(
			...[...document.querySelectorAll<HTMLElement>('#inhoud :is(p, li, h1, h2, h3, h4, strong, span, a)')]
				.filter((el) => el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '')
				.map((el) => parseFloat(getComputedStyle(el).fontSize))
		)
	);
}

/** Pages of the PDF Chromium prints (A4, the page's own @page rules). */
async function printedPages(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

test('nl, single mother: printed at 11 pt or more on at most two A4 pages', async ({ page }) => {
	await singleMother(page, 'nl');
	await page.emulateMedia({ media: 'print' });
	expect(await smallestText(page)).toBeGreaterThanOrEqual(ELEVEN_PT_PX);
	expect(await printedPages(page)).toBeLessThanOrEqual(2);

	// Negative controls: the measure sees small print (the old 8.5 pt) …
	await page.evaluate(() => (document.documentElement.style.fontSize = '8.5pt'));
	expect(await smallestText(page)).toBeLessThan(ELEVEN_PT_PX);
	await page.evaluate(() => (document.documentElement.style.fontSize = ''));
	// … and the page count sees a longer print: four times the schemes do not fit on two pages.
	await page.evaluate(() => {
		const list = document.querySelector('[data-testid="summary-schemes"]')!;
		for (let i = 0; i < 3; i++) list.parentElement!.insertBefore(list.cloneNode(true), list);
	});
	expect(await printedPages(page)).toBeGreaterThan(2);
});

test('ar, single mother: the Arabic print fits too; with the Dutch copy the desk gets its own pages', async ({ page }) => {
	await singleMother(page, 'ar');
	await page.emulateMedia({ media: 'print' });
	expect(await smallestText(page)).toBeGreaterThanOrEqual(ELEVEN_PT_PX);
	expect(await printedPages(page)).toBeLessThanOrEqual(2);
	await page.emulateMedia({ media: 'screen' });
	await page.getByTestId('dutch-copy-toggle').check();
	await expect(page.getByTestId('dutch-copy')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	// The Dutch copy starts on a new page: three or four pages in all.
	const pages = await printedPages(page);
	expect(pages).toBeGreaterThan(2);
	expect(pages).toBeLessThanOrEqual(4);
});

test('nl: every amount keeps its date and its "schatting" or "tot" mark, on screen and in the shared text', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __copied: string[] };
		w.__copied = [];
		delete (Navigator.prototype as { share?: unknown }).share;
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void w.__copied.push(text) }, configurable: true });
	});
	await singleMother(page, 'nl');
	const worths = await page.getByTestId('summary-schemes').getByTestId('summary-worth').allTextContents();
	const amounts = worths.filter((w) => w.includes('€'));
	expect(amounts.length).toBeGreaterThan(2);
	// One pair of brackets: "(bedrag van …)", or "(schatting, bedrag van …)" for an estimate.
	for (const worth of amounts) expect(worth).toMatch(/\((schatting, )?bedrag van \d{1,2} \p{L}+ \d{4}\)/u);
	expect(amounts.some((w) => w.includes('(schatting, bedrag van'))).toBe(true);
	for (const worth of amounts) expect(worth).not.toContain(') (');
	// Kindtegoed's amount is from 2023: its date is shown, and that it may be different now.
	const kindtegoed = page.getByTestId('summary-scheme-kindtegoed').getByTestId('summary-worth');
	await expect(kindtegoed).toContainText(`bedrag van ${formatDate('2023-01-01', 'nl')}`);
	await expect(kindtegoed).toContainText(nl.summary.worth.mayDiffer);

	await page.getByTestId('share').click();
	await expect(page.getByTestId('share-status')).toHaveText(nl.summary.actions.copied);
	const text = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied[0] ?? '');
	const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
	for (const worth of amounts) expect(plain(text)).toContain(plain(worth.replace(/^.*?Waarde: /, '')));
});

test('nl: the places part shows the need she chose, not every kind of place', async ({ page }) => {
	await singleMother(page, 'nl', 'money');
	await expect(page.getByTestId('summary-need')).toHaveCount(1);
	await expect(page.getByTestId('summary-need')).toHaveText(nl.places.categories.money.name);
	// Without a choice: what her answers point to, still a short list.
	await singleMother(page, 'nl', null);
	const needs = page.getByTestId('summary-need');
	await expect(needs.first()).toBeVisible();
	expect(await needs.count()).toBeLessThanOrEqual(2);
});

test('ar, for herself (not helper mode): the Dutch copy for the desk is offered', async ({ page }) => {
	await singleMother(page, 'ar');
	expect(await page.evaluate(() => sessionStorage.getItem('hulpwijzer:role'))).toBe(JSON.stringify('self'));
	await expect(page.getByTestId('summary-intro')).toHaveText(ar.summary.intro);
	const toggle = page.getByTestId('dutch-copy-toggle');
	await expect(toggle).toBeVisible();
	await expect(page.getByText(ar.summary.dutchCopy.label)).toBeVisible();
	await toggle.check();
	await expect(page.getByTestId('dutch-copy')).toHaveAttribute('lang', 'nl');
	await expect(page.getByTestId('dutch-copy')).toContainText(nl.regelingen.scheme.kindtegoed.name);
	// A Dutch page has no second Dutch copy.
	await page.goto('/nl/overzicht/');
	await hydrated(page);
	await expect(page.getByTestId('summary-schemes')).toBeVisible();
	await expect(page.getByTestId('dutch-copy-toggle')).toHaveCount(0);
});
