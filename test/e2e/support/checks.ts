import { expect, type Page } from '@playwright/test';
import { hydrated } from './hydration';

export type RoleId = 'self' | 'mantelzorger' | 'helper';

/** Chooses a role on a page with the role choice, once the page is live, and checks it is saved. */
export async function pickRole(page: Page, who: RoleId): Promise<void> {
	await hydrated(page);
	await page.getByTestId(`role-${who}`).check();
	// 'self' is the default, so choosing it when nothing was chosen yet stores nothing.
	await expect.poll(() => page.evaluate(() => sessionStorage.getItem('hulpwijzer:role') ?? JSON.stringify('self'))).toBe(JSON.stringify(who));
}

/** Captures what the page hands to the share sheet or the clipboard, instead of the real ones. */
export async function stubSharing(page: Page, withShare: boolean): Promise<void> {
	await page.addInitScript((share) => {
		const w = window as unknown as { __shared: unknown[]; __copied: string[] };
		w.__shared = [];
		w.__copied = [];
		if (share) Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void w.__shared.push(data), configurable: true });
		else delete (Navigator.prototype as { share?: unknown }).share;
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void w.__copied.push(text) }, configurable: true });
	}, withShare);
}

/** What the page handed to the (stubbed) share sheet. */
export async function sharedPayloads(page: Page): Promise<{ title?: string; text?: string; url?: string }[]> {
	return page.evaluate(() => (window as unknown as { __shared: { title?: string; text?: string; url?: string }[] }).__shared);
}

/**
 * Everything the app could have stored on the phone: session and local storage keys, IndexedDB
 * databases, and Cache Storage other than the service worker's precache (the app itself, no answers).
 */
export async function appStorage(page: Page): Promise<{ session: string[]; local: string[]; databases: (string | undefined)[]; caches: string[] }> {
	return page.evaluate(async () => ({
		// SvelteKit writes its scroll positions again when it navigates (numbers, no answers).
		session: Object.keys(sessionStorage).filter((k) => k !== 'sveltekit:scroll'),
		local: Object.keys(localStorage),
		databases: ((await indexedDB.databases?.()) ?? []).map((d) => d.name),
		caches: (await caches.keys()).filter((name) => !name.includes('precache'))
	}));
}
