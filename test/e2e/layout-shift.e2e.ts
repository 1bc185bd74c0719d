import { expect, test, type Page } from '@playwright/test';
import { clientRenderedSamples } from './support/pages';
import { installLateVoices } from './support/speech';

// Each kind of page once: the chooser, the prerendered pages of a language and the pages that
// render in the browser from the app shell (questions of both checks, a list, a place).
const PRERENDERED = ['', 'balans/', 'balans/uitslag/', 'regelingen/', 'regelingen/controleer/', 'regelingen/uitslag/', 'hulp-in-de-buurt/', 'overzicht/', 'direct-hulp/', 'over/'];
const pageTypes = (lang: string) => [...PRERENDERED.map((p) => `/${lang}/${p}`), ...clientRenderedSamples(lang as 'nl').filter((_, i) => i !== 1 && i !== 3)];

/** The summed layout-shift score from the start of the load until nothing has shifted for 1 s. */
async function layoutShiftUntilIdle(page: Page): Promise<{ total: number; shifts: string[] }> {
	await page.locator('html[data-hydrated="true"]').waitFor();
	return page.evaluate(
		() =>
			new Promise<{ total: number; shifts: string[] }>((resolve) => {
				let total = 0;
				const shifts: string[] = [];
				let timer = setTimeout(done, 1000);
				function done() {
					resolve({ total, shifts });
				}
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
						if (entry.hadRecentInput) continue;
						total += entry.value;
						const node = entry.sources?.[0]?.node;
						shifts.push(`${entry.value.toFixed(4)} ${node instanceof Element ? node.outerHTML.slice(0, 80) : String(node?.nodeName)}`);
						clearTimeout(timer);
						timer = setTimeout(done, 1000);
					}
				}).observe({ type: 'layout-shift', buffered: true });
			})
	);
}

// The first visit, before the service worker keeps anything: the pages as a host serves them.
test.use({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });

const VOICES = {
	'no voice at all': [] as string[],
	'voices for every language, a moment after load': ['nl-NL', 'en-GB', 'ar-SA', 'tr-TR', 'pl-PL', 'uk-UA', 'ti-ER']
};

for (const lang of ['nl', 'ar', 'ti']) {
	for (const [voices, voiceLangs] of Object.entries(VOICES)) {
		test(`no page in ${lang} shifts while it loads (CLS ≤ 0.01), with ${voices}`, async ({ page }) => {
			test.slow();
			await page.addInitScript(installLateVoices, { voiceLangs, delayMs: 300 });
			// Scripts come a little later than the HTML, as on a phone's network: the page paints
			// from its HTML first, so whatever the app adds when it starts shows up as a shift.
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				await new Promise((r) => setTimeout(r, 200));
				await route.continue();
			});
			const over: string[] = [];
			for (const path of lang === 'nl' ? ['/', ...pageTypes(lang)] : pageTypes(lang)) {
				await page.goto(path);
				const { total, shifts } = await layoutShiftUntilIdle(page);
				if (total > 0.01) over.push(`${path}: ${total.toFixed(4)}\n    ${shifts.join('\n    ')}`);
			}
			expect(over, 'pages whose layout shifted more than 0.01').toEqual([]);
		});
	}
}

test('the no-voice notice is said once a page, in the header, and a voice shows the button there', async ({ page }) => {
	await page.addInitScript(installLateVoices, { voiceLangs: ['nl-NL'], delayMs: 300 });
	for (const path of ['/ti/balans/vraag/money/', '/ti/hulp-in-de-buurt/', '/ti/regelingen/vraag/livesInDordrecht/']) {
		await page.goto(path);
		await expect(page.getByTestId('read-aloud-unavailable')).toHaveCount(1);
		await expect(page.locator('header').getByTestId('read-aloud-unavailable')).toBeVisible();
		await expect(page.locator('button.read-aloud')).toHaveCount(0);
	}
	await page.goto('/nl/hulp-in-de-buurt/');
	await expect(page.locator('header button.read-aloud')).toBeVisible();
	await expect(page.getByTestId('read-aloud-unavailable')).toHaveCount(0);
});
