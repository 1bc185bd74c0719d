import { expect, test, type Page } from '@playwright/test';
import ar from '../../messages/ar.json' with { type: 'json' };
import nl from '../../messages/nl.json' with { type: 'json' };
import { expectNoAxeViolations } from './support/axe';
import { gotoLive } from './support/hydration';
import { waitForServiceWorkerControl } from './support/pages';
import { READING_SIZES, readAt, sidewaysOverflow } from './support/layout';
import { backToList, openScheme, unfold } from './support/results';
import { lowIncomeHousehold, seed } from './support/seeds';

/**
 * The regelingen result as a resident reads it on a phone: a short list grouped by verdict,
 * the first steps on top, and a page per scheme with the rest — reachable and offline.
 */
test.use({ viewport: { width: 360, height: 780 } });
const SCREEN = 780;
const MESSAGES = { nl, ar } as const;

const scrollHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const bottomOf = async (page: Page, selector: string) => {
	const box = await page.locator(selector).boundingBox();
	return (box?.y ?? Infinity) + (box?.height ?? 0) + (await page.evaluate(() => window.scrollY));
};

for (const lang of ['nl', 'ar'] as const) {
	test(`${lang}: the single mother finds her largest amounts and what to do first at the top of a short page`, async ({ page }) => {
		const m = MESSAGES[lang];
		await seed(page, { regelingen: lowIncomeHousehold });
		await gotoLive(page, `/${lang}/regelingen/uitslag/`);
		await expect(page.getByTestId('total')).toBeVisible();

		// "Wat je nu kunt doen": her two largest likely amounts, within the first screen.
		const steps = page.getByTestId('first-steps').locator('li');
		await expect(steps).toHaveCount(2);
		const likely = page.getByTestId('group-likely').locator('li[data-verdict]');
		for (let i = 0; i < 2; i++) await expect(steps.nth(i)).toHaveAttribute('data-testid', `first-step-${(await likely.nth(i).getAttribute('id'))?.replace('regeling-', '')}`);
		expect(await bottomOf(page, '[data-testid="first-steps"]')).toBeLessThanOrEqual(SCREEN);
		// Her three largest amounts, each an estimate or a quoted amount, within one screen of scrolling.
		for (let i = 0; i < 3; i++) await expect(likely.nth(i).getByTestId('amount')).toHaveText(/\d/);
		expect(await bottomOf(page, '[data-testid="group-likely"] li[data-verdict]:nth-child(3)')).toBeLessThanOrEqual(2 * SCREEN);

		// The groups in their order; what she already gets and what is unlikely start folded.
		const groups = await page.locator('[data-testid^="group-"][aria-labelledby]').evaluateAll((all) => all.map((g) => g.getAttribute('data-testid')));
		expect(groups).toEqual(['group-likely', 'group-maybe', 'group-unlikely']);
		await expect(page.getByTestId('group-likely-details')).toHaveAttribute('open', '');
		await expect(page.getByTestId('group-unlikely-details')).not.toHaveAttribute('open');
		await expect(page.getByTestId('group-likely')).toContainText(m.regelingen.list.likelyTitle);

		// With every group folded but the first, the page is at most four screens tall.
		await page.getByTestId('group-maybe-toggle').click();
		await expect(page.getByTestId('group-maybe-details')).not.toHaveAttribute('open');
		expect(await scrollHeight(page)).toBeLessThanOrEqual(4 * SCREEN);
		// Negative control: opened up, the same result is far longer than that.
		await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		expect(await scrollHeight(page)).toBeGreaterThan(4 * SCREEN);
		await expectNoAxeViolations(page);
	});
}

test('nl, offline: every scheme in the list opens its own page, and back', async ({ page, context }) => {
	test.slow();
	await seed(page, { regelingen: lowIncomeHousehold });
	await gotoLive(page, '/nl/regelingen/uitslag/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('total')).toBeVisible();
	for (const group of ['maybe', 'unlikely'] as const) await unfold(page, group);
	const ids = (await page.locator('li[data-verdict]').evaluateAll((rows) => rows.map((r) => r.id.replace('regeling-', '')))) as string[];
	expect(ids.length).toBeGreaterThan(20);
	for (const id of ids) {
		const block = await openScheme(page, id);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText((nl.regelingen.scheme as Record<string, { name: string }>)[id]!.name);
		// Why: the reasons, and for a maybe what keeps it open.
		await expect(block.locator('[data-testid="reasons"] li, [data-testid="maybe-causes"] li').first()).toBeVisible();
		await expect(block.getByTestId('sources')).toBeAttached();
		await backToList(page);
		// Back in the list, the groups opened before are still open (the list is the same page state).
		for (const group of ['maybe', 'unlikely'] as const) await unfold(page, group);
	}
});

test('ar: the huurtoeslag page has the verdict, worth, papers to tick, helpers to call and its sources', async ({ page }) => {
	await seed(page, { regelingen: lowIncomeHousehold });
	await gotoLive(page, '/ar/regelingen/uitslag/');
	await page.getByTestId('hint-huurtoeslag').getByTestId('scheme-link').click();
	const block = page.getByTestId('scheme-page');
	await expect(block).toHaveAttribute('data-verdict', 'likely');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(block.getByTestId('verdict')).toContainText(ar.regelingen.verdict.likely);
	await expect(block.getByTestId('amount')).toContainText(ar.regelingen.amount.estimate.split('{{')[0]!.trim());
	await expect(block.locator('a[href^="tel:"]').first()).toBeVisible();
	await expect(block.getByTestId('papers')).toContainText(ar.regelingen.papers.rentContract);
	await expect(block.getByTestId('maybe-causes')).toHaveCount(0);

	// A ticked paper stays ticked for this visit, also after a reload.
	const first = block.getByTestId('papers').locator('input[type="checkbox"]').first();
	await first.check();
	await page.reload();
	await expect(page.getByTestId('papers').locator('input[type="checkbox"]').first()).toBeChecked();
	await expect(page.getByTestId('papers').locator('input[type="checkbox"]').nth(1)).not.toBeChecked();

	await page.getByTestId('sources').locator('summary').click();
	await expect(page.getByTestId('sources').locator('a[href^="https://"]').first()).toBeVisible();
	// 320 px wide with 200% text: nothing scrolls sideways (measured against the set width: mobile
	// emulation widens the viewport to the content, so scrollWidth <= innerWidth always holds).
	await readAt(page, READING_SIZES[1]);
	expect(await sidewaysOverflow(page, READING_SIZES[1].width)).toEqual([]);
	await readAt(page, READING_SIZES[0]);
	await expectNoAxeViolations(page);
	await backToList(page);
});

test('nl: a "maybe" says which answer keeps it open, and how to change that answer', async ({ page }) => {
	await seed(page, { regelingen: { ...lowIncomeHousehold, netMonthlyIncome: null } });
	await gotoLive(page, '/nl/regelingen/uitslag/');
	await expect(page.getByTestId('income-unknown-note')).toBeVisible();
	const firstMaybe = page.getByTestId('group-maybe').locator('li[data-verdict="maybe"]').first();
	const id = (await firstMaybe.getAttribute('id'))!.replace('regeling-', '');
	const block = await openScheme(page, id);
	const causes = block.getByTestId('maybe-causes');
	await expect(causes).toContainText(nl.regelingen.detail.whyMaybe);
	await expect(causes.locator('li[data-status="missing"]').first()).toContainText(nl.regelingen.detail.cause.missing);
	await causes.getByRole('link', { name: nl.regelingen.result.changeAnswers }).first().click();
	await expect(page).toHaveURL(/\/nl\/regelingen\/controleer\/$/);
	await expectNoAxeViolations(page);
});

test('a scheme page without answers says to start with the questions; an unknown scheme is not found', async ({ page }) => {
	await gotoLive(page, '/nl/regelingen/uitslag/huurtoeslag/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huurtoeslag');
	await expect(page.getByTestId('result-empty')).toHaveText(nl.regelingen.result.empty);
	await expect(page.getByTestId('scheme-page')).toHaveCount(0);
	await page.goto('/nl/regelingen/uitslag/bestaat-niet/');
	await expect(page.getByTestId('scheme-page')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Huurtoeslag');
});
