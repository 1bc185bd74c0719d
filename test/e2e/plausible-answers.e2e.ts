import { expect, test, type Page } from '@playwright/test';
import ar from '../../messages/ar.json' with { type: 'json' };
import nl from '../../messages/nl.json' with { type: 'json' };
import { LIMITS } from '../../src/lib/regelingen/limits';
import { gotoLive } from './support/hydration';

/*
 * Answers no real household gives are refused on the question itself, with a message that says
 * what is expected, and everything typed stays. The numbers in the messages come from LIMITS.
 */

const fill = (text: string, values: Record<string, number | string>) =>
	text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));

/** Presses Verder and expects to stay on the question with `message` in the summary and at the field. */
async function expectRefused(page: Page, field: string, message: string, inputId: string) {
	await page.getByTestId('next').click();
	const summary = page.getByTestId('error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText(message);
	await expect(page).toHaveURL(new RegExp(`/vraag/${field}/$`));
	await expect(page.locator(`#${inputId}`)).toHaveAttribute('aria-invalid', 'true');
	// Nothing that breaks the limit is saved.
	const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('hulpwijzer:regelingen') ?? '{}'));
	if (field === 'children') expect((saved.children ?? []).length).toBeLessThanOrEqual(20);
	else expect(saved).not.toHaveProperty(field);
}

for (const field of ['age', 'partnerAge'] as const) {
	test(`${field} 0 is refused: "${fill(nl.regelingen.error.ageRange, LIMITS.age)}"`, async ({ page }) => {
		await gotoLive(page, `/nl/regelingen/vraag/${field}/`);
		await page.locator('#antwoord').fill('0');
		await expectRefused(page, field, fill(nl.regelingen.error.ageRange, LIMITS.age), 'antwoord');
		await expect(page.locator('#antwoord')).toHaveValue('0');
		// The lowest age that is accepted goes on.
		await page.locator('#antwoord').fill(String(LIMITS.age.min));
		await page.getByTestId('next').click();
		await expect(page).not.toHaveURL(new RegExp(`/vraag/${field}/$`));
	});
}

test('1,200 months of volunteering is refused, with the longest it takes', async ({ page }) => {
	await gotoLive(page, '/nl/regelingen/vraag/volunteering/');
	await page.locator('#antwoord').check();
	await page.locator('#uren').fill('4');
	await page.locator('#maanden').fill('1200');
	await expectRefused(page, 'volunteering', fill(nl.regelingen.error.months, LIMITS.volunteeringMonths), 'maanden');
	await expect(page.locator('#uren')).toHaveValue('4');
	await expect(page.locator('#maanden')).toHaveValue('1200');
});

test('caring "yes" with 0 hours is refused: 0 hours is the answer no (also in Arabic)', async ({ page }) => {
	await gotoLive(page, '/nl/regelingen/vraag/care/');
	await page.locator('#antwoord').check();
	await page.locator('#uren').fill('0');
	await page.locator('#langer').check();
	await expectRefused(page, 'care', nl.regelingen.error.hoursZero, 'uren');
	await expect(page.locator('#langer')).toBeChecked();

	await gotoLive(page, '/ar/regelingen/vraag/care/');
	await page.locator('#antwoord').check();
	await page.locator('#uren').fill('٠');
	await page.locator('#langer').check();
	await expectRefused(page, 'care', ar.regelingen.error.hoursZero, 'uren');
});

test('a 21st child is refused when it is typed, naming the limit; 20 are kept after a reload', async ({ page }) => {
	await gotoLive(page, '/nl/regelingen/vraag/children/');
	const max = LIMITS.children.max;
	for (let i = 1; i <= max + 1; i++) {
		if (i > 1) await page.getByTestId('add-child').click();
		await page.locator(`#kind-${i}`).fill(String(i % 18));
	}
	await expectRefused(page, 'children', fill(nl.regelingen.error.tooManyChildren, LIMITS.children), `kind-${max + 1}`);
	await expect(page.locator(`#kind-${max + 1}`)).toHaveValue(String((max + 1) % 18));

	// Remove the last one: all twenty are saved, and still there after a reload.
	await page.getByRole('button', { name: fill(nl.regelingen.children.remove, { n: max + 1 }) }).click();
	await page.getByTestId('next').click();
	await expect(page).not.toHaveURL(/\/vraag\/children\/$/);
	await page.reload();
	await gotoLive(page, '/nl/regelingen/vraag/children/');
	await expect(page.locator('input[id^="kind-"]')).toHaveCount(max);
	await expect(page.locator(`#kind-${max}`)).toHaveValue(String(max % 18));
});
