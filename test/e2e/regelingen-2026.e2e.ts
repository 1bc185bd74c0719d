import { expect, test, type Page } from '@playwright/test';
import ar from '../../messages/ar.json' with { type: 'json' };
import nl from '../../messages/nl.json' with { type: 'json' };
import { expectNoAxeViolations } from './support/axe';
import { gotoLive } from './support/hydration';
import { openScheme, unfold } from './support/results';
import { waitForServiceWorkerControl } from './support/pages';
import { digits } from './support/questions';

/** Answers the question on screen; `step` says how. Waits for the question page of `field` first. */
async function answer(page: Page, lang: string, field: string, step: { choose?: 'yes' | 'no'; type?: string; ages?: string[]; tick?: string[]; none?: true }) {
	await expect(page).toHaveURL(new RegExp(`/${lang}/regelingen/vraag/${field}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	if (step.choose) await page.locator(step.choose === 'yes' ? '#antwoord' : '#antwoord-no').check();
	if (step.type) await page.locator('#antwoord').fill(digits(lang as 'ar', step.type));
	for (const [i, age] of (step.ages ?? []).entries()) {
		if (i > 0) await page.getByTestId('add-child').click();
		await page.locator(`#kind-${i + 1}`).fill(digits(lang as 'ar', age));
	}
	for (const id of step.tick ?? []) await page.locator(`input[name="received"][value="${id}"]`).check();
	const before = page.url();
	await page.getByTestId(step.none ? 'shortcut-none' : 'next').click();
	await expect(page).not.toHaveURL(before);
}

/** The single mother of issue 12: net 1,650, rent 780, two children; `received` ticked under "what you already get". */
async function singleMother(page: Page, lang: string, received: string[]) {
	await page.getByTestId('regelingen-start').click();
	await answer(page, lang, 'livesInDordrecht', { choose: 'yes' });
	await answer(page, lang, 'age', { type: '33' });
	await answer(page, lang, 'partner', { choose: 'no' });
	await answer(page, lang, 'children', { ages: ['4', '9'] });
	await answer(page, lang, 'otherAdults', { none: true });
	await answer(page, lang, 'netMonthlyIncome', { type: '1650' });
	await answer(page, lang, 'alreadyReceives', received.length ? { tick: received } : { none: true });
	await answer(page, lang, 'savingsAboveLimit', { choose: 'no' });
	await answer(page, lang, 'ownsHome', { choose: 'no' });
	await answer(page, lang, 'rentPerMonth', { type: '780' });
	await answer(page, lang, 'hasDebts', { choose: 'no' });
	await answer(page, lang, 'care', { choose: 'no' });
	await answer(page, lang, 'volunteering', { choose: 'no' });
	await answer(page, lang, 'childcare', { choose: 'no' });
	await answer(page, lang, 'studentFinance', { choose: 'no' });
	await expect(page).toHaveURL(new RegExp(`/${lang}/regelingen/controleer/$`));
	await page.getByTestId('to-results').click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/regelingen/uitslag/$`));
}

test('ar, offline: the single mother sees estimated amounts for huurtoeslag, zorgtoeslag and kindgebonden budget', async ({ page, context }) => {
	await gotoLive(page, '/ar/regelingen/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await singleMother(page, 'ar', []);

	const estimate = new RegExp(ar.regelingen.amount.estimate.replace('{{amount}}', '.*\\d.*').replace('{{period}}', ar.regelingen.period.month).replace(/[()]/g, '\\$&'));
	for (const id of ['huurtoeslag', 'zorgtoeslag', 'kindgebonden-budget']) {
		const hint = page.locator(`#regeling-${id}`);
		await expect(hint).toHaveAttribute('data-verdict', 'likely');
		await expect(hint.getByTestId('amount')).toHaveText(estimate);
	}
	await expect(page.getByTestId('total-counts')).toHaveText(ar.regelingen.amount.totalCounts);
	await expectNoAxeViolations(page);
});

test('nl: ticking bijstand under "what you already get" marks it as received and changes the total', async ({ page }) => {
	await gotoLive(page, '/nl/regelingen/');
	await singleMother(page, 'nl', []);
	const totalBefore = await page.getByTestId('total').textContent();
	await expect(page.getByTestId('group-received')).toHaveCount(0);

	// Change the answer on the check page: now she says she gets zorgtoeslag and bijstand.
	await page.getByRole('link', { name: nl.regelingen.result.changeAnswers }).first().click();
	await page.getByTestId('edit-alreadyReceives').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.regelingen.question.alreadyReceives.title);
	await page.locator('input[name="received"][value="bijstand"]').check();
	await page.locator('input[name="received"][value="zorgtoeslag"]').check();
	await page.getByTestId('next').click();
	await expect(page).toHaveURL(/\/nl\/regelingen\/controleer\/$/);
	await page.getByTestId('to-results').click();

	// "Dit krijg je al" starts folded: it is not advised again.
	await expect(page.getByTestId('group-received-details')).not.toHaveAttribute('open');
	await unfold(page, 'received');
	const received = page.getByTestId('group-received');
	await expect(received.locator('#regeling-bijstand')).toBeVisible();
	await expect(received.locator('#regeling-zorgtoeslag')).toBeVisible();
	await expect(page.getByTestId('group-likely').locator('#regeling-zorgtoeslag')).toHaveCount(0);
	await expect(page.getByTestId('total')).not.toHaveText(totalBefore ?? '');
	await expectNoAxeViolations(page);
	const bijstand = await openScheme(page, 'bijstand');
	await expect(bijstand.getByTestId('received')).toContainText(nl.regelingen.result.receivedMark);
	await expect(bijstand.getByTestId('maybe-causes')).toHaveCount(0);
});
