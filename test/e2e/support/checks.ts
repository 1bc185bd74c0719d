import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The accessibility rules every page is held to: WCAG 2.2 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now; a violation names the page and the elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

export interface Watched {
	/** Requests to any other origin (none may leave the phone). */
	foreign: string[];
	/** Content-Security-Policy violations reported in the console. */
	csp: string[];
	/** Message keys the translator could not find ("Missing message …"). */
	missing: string[];
}

/**
 * Records, for everything the page or context does, what must never happen: a request to another
 * origin, a CSP violation, a missing message. Assert the lists are empty at the end of a test.
 */
export function watch(target: Page | BrowserContext, baseURL: string | undefined): Watched {
	const seen: Watched = { foreign: [], csp: [], missing: [] };
	const origin = new URL(baseURL ?? 'http://localhost').origin;
	target.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.foreign.push(url);
	});
	const listen = (page: Page) =>
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
			if (/Missing message/i.test(m.text())) seen.missing.push(m.text());
		});
	if ('pages' in target) {
		target.pages().forEach(listen);
		target.on('page', listen);
	} else listen(target);
	return seen;
}

export type RoleId = 'self' | 'mantelzorger' | 'helper';

/** Chooses a role on a page with the role choice. A click before hydration can be undone by hydration: retry until it holds. */
export async function pickRole(page: Page, who: RoleId): Promise<void> {
	await expect(async () => {
		await page.getByTestId(`role-${who}`).check();
		await expect(page.getByTestId(`role-${who}`)).toBeChecked({ timeout: 500 });
		// Saved only once the page has hydrated: wait for the stored role itself ('self' is the
		// default, so tapping it when nothing was chosen yet stores nothing).
		const stored = await page.evaluate(() => sessionStorage.getItem('hulpwijzer:role'));
		expect(stored ?? JSON.stringify('self')).toBe(JSON.stringify(who));
	}).toPass();
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
