import { expect, test, type Page } from '@playwright/test';
import { appStorage, sharedPayloads, stubSharing } from './support/checks';
import { gotoLive } from './support/hydration';
import { LANG_CODES, pagesFor } from './support/pages';

for (const lang of LANG_CODES) {
	test(`no request leaves the app origin on any page in ${lang}, and no cookies`, async ({ page, context, baseURL }) => {
		test.slow();
		const origin = new URL(baseURL ?? '').origin;
		const foreign: string[] = [];
		let seen = 0;
		// context-level: also catches requests by the service worker itself.
		context.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			seen++;
			if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
		});

		const paths = lang === 'nl' ? ['/', ...pagesFor(lang)] : pagesFor(lang);
		for (const path of paths) {
			await page.goto(path, { waitUntil: 'networkidle' });
			// Use the page a little: open the language menu, which every language page has.
			const summary = page.locator('details.lang-switch summary');
			if (await summary.count()) await summary.click();
		}

		expect(seen, 'the test must have seen the app load').toBeGreaterThan(paths.length);
		expect(foreign).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
}

/** Everything the app keeps on the phone must be its own ('hulpwijzer:…') or SvelteKit's scroll data. */
async function storageKeys(page: Page) {
	return page.evaluate(() => ({ session: Object.keys(sessionStorage), local: Object.keys(localStorage), cookie: document.cookie }));
}
const ours = (key: string) => key.startsWith('hulpwijzer:') || key.startsWith('sveltekit:');

test.describe('driving every input that could leak', () => {
	test.use({ geolocation: { latitude: 51.7935, longitude: 4.657, accuracy: 40 }, permissions: ['geolocation'] });

	test('typing, GPS, share, print, keep on this phone and wipe: nothing leaves the origin, no cookie, storage only ours and empty after wiping', async ({ page, context, baseURL }) => {
		test.slow();
		const origin = new URL(baseURL ?? '').origin;
		const leaks: string[] = [];
		let seen = 0;
		// Distinctive answers: none of them may appear in any request, even to our own origin.
		const typed = ['1357', '3317', '41', '29', '17'];
		context.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			seen++;
			if (new URL(url).origin !== origin) leaks.push(`foreign: ${url}`);
			if (request.method() !== 'GET') leaks.push(`${request.method()}: ${url}`);
			const sent = `${new URL(url).search} ${request.postData() ?? ''}`;
			for (const value of typed) if (sent.includes(value)) leaks.push(`answer ${value} in ${url}`);
		});
		await stubSharing(page, true);
		await page.addInitScript(() => {
			(window as unknown as { __printed: number }).__printed = 0;
			window.print = () => void (window as unknown as { __printed: number }).__printed++;
		});
		const checkpoint = async (label: string, localAllowed: boolean) => {
			const keys = await storageKeys(page);
			expect(keys.session.filter((k) => !ours(k)), `${label}: sessionStorage`).toEqual([]);
			expect(keys.local.filter((k) => !localAllowed || !ours(k)), `${label}: localStorage`).toEqual([]);
			expect(keys.cookie, `${label}: document.cookie`).toBe('');
			expect(await context.cookies(), `${label}: cookies`).toEqual([]);
		};

		// Every kind of field in the regelingen questions: yes/no, numbers, a list of ages, hours, months.
		const answer = async (field: string, fill: () => Promise<void>) => {
			await gotoLive(page, `/nl/regelingen/vraag/${field}/`);
			await fill();
			await page.getByTestId('next').click();
			await expect(page).not.toHaveURL(new RegExp(`/vraag/${field}/$`));
		};
		await answer('livesInDordrecht', () => page.locator('#antwoord').check());
		await answer('age', () => page.locator('#antwoord').fill('41'));
		await answer('partner', () => page.locator('#antwoord').check());
		await answer('partnerAge', () => page.locator('#antwoord').fill('29'));
		await answer('children', () => page.locator('#kind-1').fill('17'));
		await answer('netMonthlyIncome', () => page.locator('#antwoord').fill('1357'));
		await answer('rentPerMonth', () => page.locator('#antwoord').fill('700'));
		await answer('care', async () => {
			await page.locator('#antwoord').check();
			await page.locator('#uren').fill('12');
			await page.locator('#langer').check();
			await page.locator('#woonplaats').check();
		});
		await answer('volunteering', async () => {
			await page.locator('#antwoord').check();
			await page.locator('#uren').fill('4');
			await page.locator('#maanden').fill('8');
		});
		// The balance check: choices only.
		await gotoLive(page, '/nl/balans/vraag/money/');
		await page.locator('input[value="often"]').check();
		await page.getByTestId('next').click();
		await expect(page).not.toHaveURL(/vraag\/money\/$/);
		await checkpoint('after typing', false);

		// Help nearby: a postcode, then the phone's position.
		await gotoLive(page, '/nl/hulp-in-de-buurt/');
		await page.locator('#hw-postcode').fill('3317 KX');
		await page.locator('#hw-postcode').press('Enter');
		await expect(page.getByTestId('origin-text')).toContainText('3317');
		await page.getByRole('button', { name: 'Gebruik mijn plek' }).click();
		await expect(page.getByTestId('origin-text')).toHaveText('We rekenen vanaf je plek van nu.');
		await checkpoint('after postcode and GPS', false);

		// The overzicht: share (the phone's sheet) and print.
		await gotoLive(page, '/nl/overzicht/');
		await page.getByTestId('share').click();
		await expect.poll(async () => (await sharedPayloads(page)).length).toBe(1);
		await page.getByTestId('print').click();
		expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
		await checkpoint('after share and print', false);

		// Keep on this phone: now, and only now, one key in localStorage.
		await gotoLive(page, '/nl/');
		await page.getByTestId('keep-on').click();
		await expect(page.getByTestId('keep-off')).toBeVisible();
		expect((await storageKeys(page)).local).toEqual(['hulpwijzer:kept']);
		await checkpoint('while keeping', true);

		// Wis alles: nothing of ours is left anywhere.
		await page.getByTestId('wipe-open').click();
		await page.getByTestId('wipe-confirm').click();
		await expect(page.getByTestId('wiped')).toBeVisible();
		expect(await appStorage(page)).toEqual({ session: [], local: [], databases: [], caches: [] });
		await checkpoint('after wiping', false);

		await page.waitForLoadState('networkidle');
		expect(seen, 'the test must have seen the app load').toBeGreaterThan(20);
		expect(leaks).toEqual([]);
	});
});
