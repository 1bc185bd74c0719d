import { expect, type Locator, type Page } from '@playwright/test';

/** The regelingen result list and its scheme pages, as a resident goes through them. */

/** Opens a folded group of the result list ("Heb je al", "Waarschijnlijk niet"); an open one stays open. */
export async function unfold(page: Page, group: 'likely' | 'maybe' | 'received' | 'unlikely'): Promise<void> {
	const details = page.getByTestId(`group-${group}-details`);
	if ((await details.getAttribute('open')) === null) await page.getByTestId(`group-${group}-toggle`).click();
	await expect(details).toHaveAttribute('open', '');
}

/** Taps a scheme's name in the list and waits for its page; returns the page's scheme block. */
export async function openScheme(page: Page, id: string): Promise<Locator> {
	await page.locator(`#regeling-${id}`).getByTestId('scheme-link').click();
	const block = page.getByTestId('scheme-page');
	await expect(block).toHaveAttribute('data-scheme', id);
	return block;
}

/** "Terug naar de lijst" at the top of a scheme page. */
export async function backToList(page: Page): Promise<void> {
	await page.getByTestId('back-to-list').click();
	await expect(page).toHaveURL(/\/regelingen\/uitslag\/$/);
}
