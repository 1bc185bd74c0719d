import { expect, test, type Page } from '@playwright/test';
import ar from '../../messages/ar.json' with { type: 'json' };
import nl from '../../messages/nl.json' with { type: 'json' };
import { expectNoAxeViolations } from './support/axe';
import { waitForServiceWorkerControl } from './support/pages';
import { gotoLive } from './support/hydration';
import { backToList, openScheme, unfold } from './support/results';


/** Waits until the question page for `field` is shown (client-side navigation). */
async function onQuestion(page: Page, lang: string, field: string) {
	await expect(page).toHaveURL(new RegExp(`/${lang}/regelingen/vraag/${field}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function choose(page: Page, lang: string, field: string, value: 'yes' | 'no' | 'unknown') {
	await onQuestion(page, lang, field);
	await page.locator(value === 'yes' ? '#antwoord' : `#antwoord-${value}`).check();
	await page.getByTestId('next').click();
}

async function type(page: Page, lang: string, field: string, text: string) {
	await onQuestion(page, lang, field);
	await page.locator('#antwoord').fill(text);
	await page.getByTestId('next').click();
}

async function shortcut(page: Page, lang: string, field: string, action: string) {
	await onQuestion(page, lang, field);
	await page.getByTestId(`shortcut-${action}`).click();
}

/** Types a bad amount and checks the error pattern: focused summary, message at the field, text kept, "Fout:" title. */
async function expectRejected(page: Page, text: string, message: string, errorPrefix: string) {
	await page.locator('#antwoord').fill(text);
	await page.getByTestId('next').click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeVisible();
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(message);
	await expect(page.getByTestId('field-error')).toHaveText(message);
	await expect(page.locator('#antwoord')).toHaveValue(text);
	await expect(page.locator('#antwoord')).toHaveAttribute('aria-invalid', 'true');
	expect(await page.title()).toMatch(new RegExp(`^${errorPrefix}`));
}

test('nl: a single parent on a low income, through check and change, to likely kindtegoed and Dordtpas', async ({ page }) => {
	await gotoLive(page, '/nl/regelingen/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.regelingen.intro.title);
	await page.getByTestId('regelingen-start').click();

	await choose(page, 'nl', 'livesInDordrecht', 'yes');
	await onQuestion(page, 'nl', 'age');
	await expect(page.getByTestId('progress')).toHaveText(/^Vraag 2 · nog \d+ vragen$/);
	expect(await page.title()).toMatch(/^Vraag 2 – Hoe oud ben je\? – Hulpwijzer Dordt$/);
	await expectNoAxeViolations(page);
	await type(page, 'nl', 'age', '34');
	await choose(page, 'nl', 'partner', 'no');

	// No partner: the partner's age is not asked. Children as a list of ages.
	await onQuestion(page, 'nl', 'children');
	await page.locator('#kind-1').fill('7');
	await page.getByTestId('add-child').click();
	await page.locator('#kind-2').fill('13');
	await page.getByTestId('next').click();
	await shortcut(page, 'nl', 'otherAdults', 'none');

	await onQuestion(page, 'nl', 'netMonthlyIncome');
	await expectRejected(page, 'abc', nl.regelingen.parse.notANumber, 'Fout: ');
	await expectNoAxeViolations(page);
	await expectRejected(page, '-5', nl.regelingen.parse.negative, 'Fout: ');
	await expectRejected(page, '1.234.5678', nl.regelingen.parse.notANumber, 'Fout: ');
	await type(page, 'nl', 'netMonthlyIncome', '1.200,50');
	await shortcut(page, 'nl', 'alreadyReceives', 'none');

	await onQuestion(page, 'nl', 'savingsAboveLimit');
	await expect(page.getByTestId('asset-limit')).toContainText('€');
	await choose(page, 'nl', 'savingsAboveLimit', 'no');
	await choose(page, 'nl', 'ownsHome', 'no');
	await type(page, 'nl', 'rentPerMonth', '650');
	await choose(page, 'nl', 'hasDebts', 'no');
	await choose(page, 'nl', 'care', 'no');
	await choose(page, 'nl', 'volunteering', 'no');
	await choose(page, 'nl', 'childcare', 'no');
	await choose(page, 'nl', 'studentFinance', 'no');

	// Check your answers: earlier answers survived the errors.
	await expect(page).toHaveURL(/\/nl\/regelingen\/controleer\/$/);
	await expect(page.getByTestId('check-row-age')).toContainText('34 jaar');
	await expect(page.getByTestId('check-row-netMonthlyIncome')).toContainText('1.200,50');
	await expect(page.getByTestId('check-row-children')).toContainText('7 en 13');
	await expectNoAxeViolations(page);

	// "Aanpassen" returns to the check page, with the new answer.
	await page.getByTestId('edit-age').click();
	await onQuestion(page, 'nl', 'age');
	await expect(page.locator('#antwoord')).toHaveValue('34');
	await page.locator('#antwoord').fill('35');
	await page.getByTestId('next').click();
	await expect(page).toHaveURL(/\/nl\/regelingen\/controleer\/$/);
	await expect(page.getByTestId('check-row-age')).toContainText('35 jaar');

	await page.getByTestId('to-results').click();
	await expect(page).toHaveURL(/\/nl\/regelingen\/uitslag\/$/);
	for (const id of ['kindtegoed', 'dordtpas']) {
		await expect(page.getByTestId('group-likely').locator(`#regeling-${id}`)).toBeVisible();
		await expect(page.locator(`#regeling-${id}`)).toHaveAttribute('data-verdict', 'likely');
	}
	await expect(page.getByTestId('total')).toHaveText(/^Samen ongeveer .*€.*\d.* per jaar\./);
	// The why is on the scheme's own page.
	const kindtegoed = await openScheme(page, 'kindtegoed');
	await expect(kindtegoed).toHaveAttribute('data-verdict', 'likely');
	await expect(kindtegoed.getByTestId('reasons')).toContainText('Er woont een kind van');
	await backToList(page);
	// Unlikely hints are folded away, each with one line on why, and what else helps.
	await expect(page.getByTestId('group-unlikely-details')).not.toHaveAttribute('open');
	await unfold(page, 'unlikely');
	await expect(page.locator('#regeling-schuldhulp')).toHaveAttribute('data-verdict', 'unlikely');
	await expect(page.locator('#regeling-schuldhulp')).toContainText(nl.regelingen.reason.noDebts);
	await expect(page.getByTestId('group-unlikely')).toContainText(nl.regelingen.result.elseHelps);
	await expectNoAxeViolations(page);
});

test('ar (RTL), offline after the first visit: outside Dordrecht, Arabic-Indic income, local schemes unlikely', async ({ page, context }) => {
	await gotoLive(page, '/ar/regelingen/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

	await page.getByTestId('regelingen-start').click();
	await choose(page, 'ar', 'livesInDordrecht', 'no');
	await type(page, 'ar', 'age', '٤٠');
	await choose(page, 'ar', 'partner', 'yes');
	await type(page, 'ar', 'partnerAge', '41');
	await shortcut(page, 'ar', 'children', 'none');
	await shortcut(page, 'ar', 'otherAdults', 'none');

	await onQuestion(page, 'ar', 'netMonthlyIncome');
	await expect(page.getByTestId('progress')).toHaveText(/^السؤال 7 · /);
	await expectRejected(page, 'abc', ar.regelingen.parse.notANumber, 'خطأ: ');
	await expectRejected(page, '-5', ar.regelingen.parse.negative, 'خطأ: ');
	await expectNoAxeViolations(page);
	await type(page, 'ar', 'netMonthlyIncome', '٣٠٠٠');
	await shortcut(page, 'ar', 'alreadyReceives', 'none');

	await choose(page, 'ar', 'savingsAboveLimit', 'no');
	await choose(page, 'ar', 'ownsHome', 'no');
	await shortcut(page, 'ar', 'rentPerMonth', 'notRenting');
	await choose(page, 'ar', 'hasDebts', 'unknown');
	await choose(page, 'ar', 'care', 'no');
	await choose(page, 'ar', 'volunteering', 'no');
	await choose(page, 'ar', 'studentFinance', 'no');

	await expect(page).toHaveURL(/\/ar\/regelingen\/controleer\/$/);
	await expect(page.getByTestId('check-row-netMonthlyIncome')).toContainText('3,000');
	await expect(page.getByTestId('check-row-age')).toContainText('40');
	await expectNoAxeViolations(page);
	await page.getByTestId('to-results').click();

	await expect(page).toHaveURL(/\/ar\/regelingen\/uitslag\/$/);
	for (const id of ['dordtpas', 'kindtegoed', 'bijstand']) await expect(page.locator(`#regeling-${id}`)).toHaveAttribute('data-verdict', 'unlikely');
	await unfold(page, 'unlikely');
	await expect(page.locator('#regeling-dordtpas')).toContainText(ar.regelingen.reason.notInDordrecht);
	await expectNoAxeViolations(page);
	// Offline, a scheme's page opens too, with its reasons in full.
	const dordtpas = await openScheme(page, 'dordtpas');
	await expect(dordtpas.getByTestId('reasons')).toContainText(ar.regelingen.reason.notInDordrecht);
	await expectNoAxeViolations(page);
});

test('a refresh or a language switch keeps the answers; the back link keeps them too', async ({ page }) => {
	await gotoLive(page, '/nl/regelingen/');
	await page.getByTestId('regelingen-start').click();
	await choose(page, 'nl', 'livesInDordrecht', 'yes');
	await type(page, 'nl', 'age', '70');
	await page.getByTestId('back-link').click();
	await onQuestion(page, 'nl', 'age');
	await expect(page.locator('#antwoord')).toHaveValue('70');
	await page.goto('/en/regelingen/vraag/age/');
	await expect(page.locator('#antwoord')).toHaveValue('70');
	await expect(page.getByTestId('progress')).toHaveText(/^Question 2 · \d+ more questions$/);
});
