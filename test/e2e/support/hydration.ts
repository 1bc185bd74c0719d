import type { Page } from '@playwright/test';

/**
 * The one sign that the app has taken a page over: the root layout sets html[data-hydrated] in its
 * onMount, which runs after every component of the page has mounted. Before that a tap is a plain
 * link or form submit, or is undone by hydration; after it, it reaches the app's handlers.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated="true"]').waitFor();
}

/** Opens a page and waits until the app has taken it over, so clicks reach its handlers. */
export async function gotoLive(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}
