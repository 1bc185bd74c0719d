import { expect, test, type Page } from '@playwright/test';
import { clientRenderedSamples } from './support/pages';
import { installLateVoices } from './support/speech';

// Each kind of page once: the chooser, the prerendered pages of a language and the pages that
// render in the browser from the app shell (questions of both checks, a list, a place).
const PRERENDERED = ['', 'balans/', 'balans/uitslag/', 'regelingen/', 'regelingen/controleer/', 'regelingen/uitslag/', 'hulp-in-de-buurt/', 'overzicht/', 'direct-hulp/', 'over/'];
const pageTypes = (lang: string) => [...PRERENDERED.map((p) => `/${lang}/${p}`), ...clientRenderedSamples(lang as 'nl').filter((_, i) => i !== 1 && i !== 3)];

/**
 * The summed layout-shift score from the start of the load until nothing has shifted for 1 s.
 * `everyShift`: also those flagged hadRecentInput. These pages get no input, yet Chromium under
 * Playwright flags every shift of the first 500 ms as if after input, so skipping them hides the
 * shifts of the first paint (the chooser's fonts, the offline note). The page sweep below still
 * skips them: counting them there finds up to 0.043 on /ti/ in some runs, when the Ge'ez subset
 * comes after the first paint (on this machine, which has no Ge'ez font, its text is drawn in
 * another font until then). A phone with Noto Sans Ethiopic of its own takes that (local() in
 * fonts.css) and has nothing to swap; the subset is preloaded with the HTML for the others.
 */
async function layoutShiftUntilIdle(page: Page, everyShift = false): Promise<{ total: number; shifts: string[] }> {
	await page.locator('html[data-hydrated="true"]').waitFor();
	return page.evaluate(
		(everyShift) =>
			new Promise<{ total: number; shifts: string[] }>((resolve) => {
				let total = 0;
				const shifts: string[] = [];
				let timer = setTimeout(done, 1000);
				function done() {
					resolve({ total, shifts });
				}
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
						if (entry.hadRecentInput && !everyShift) continue;
						total += entry.value;
						const node = entry.sources?.[0]?.node;
						shifts.push(`${entry.value.toFixed(4)} ${node instanceof Element ? node.outerHTML.slice(0, 80) : String(node?.nodeName)}`);
						clearTimeout(timer);
						timer = setTimeout(done, 1000);
					}
				}).observe({ type: 'layout-shift', buffered: true });
			}),
		everyShift
	);
}

// The first visit, before the service worker keeps anything: the pages as a host serves them.
test.use({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });

const VOICES = {
	'no voice at all': [] as string[],
	'voices for every language, a moment after load': ['nl-NL', 'en-GB', 'ar-SA', 'tr-TR', 'pl-PL', 'uk-UA', 'ti-ER']
};

// Without a voice in every script (the notice then takes the read-aloud slot); with late voices
// in Dutch (the button then takes it the same way in every language: one run is enough).
for (const lang of ['nl', 'ar', 'ti']) {
	for (const [voices, voiceLangs] of Object.entries(VOICES).filter(([name]) => lang === 'nl' || name === 'no voice at all')) {
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

// The chooser's prompts in Arabic and Ge'ez come from tiny fonts that may arrive after the first
// paint; their width changes then (more so on a phone that has no Ge'ez font of its own). When the
// prompts flowed in one row, a narrower Tigrinya prompt pulled the list up 31 px at 412 px wide.
for (const width of [320, 412]) {
	test.describe(`${width} px wide`, () => {
		test.use({ viewport: { width, height: 740 } });
		test(`the chooser does not move when its fonts arrive late (${width} px)`, async ({ page }) => {
			const arrived: string[] = [];
			await page.route('**/*.woff2', async (route) => {
				await new Promise((r) => setTimeout(r, 400));
				await route.continue();
				arrived.push(route.request().url());
			});
			await page.goto('/');
			const { total, shifts } = await layoutShiftUntilIdle(page, true);
			// The fonts came while shifts were measured (the check waits 1 s after the last one).
			expect(arrived.filter((url) => /chooser-(arabic|ethiopic)/.test(url)).length).toBeGreaterThanOrEqual(2);
			expect(total, shifts.join('\n')).toBeLessThanOrEqual(0.01);
		});
	});
}

test.describe('the first visit with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });
	test('"works offline now" shows at the foot of the screen without moving the page, then goes', async ({ page }) => {
		await page.clock.install();
		await page.goto('/nl/');
		const ready = page.getByTestId('offline-ready');
		// It comes seconds after the page, once the app is stored: above the page it pushed
		// everything down by its height (0.05 in Lighthouse).
		await expect(ready).toBeVisible({ timeout: 20_000 });
		// Layout shifts are only handed to an observer (getEntriesByType has none): a buffered one.
		const shifted = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
					requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
				})
		);
		expect(shifted).toBeLessThanOrEqual(0.01);
		const box = await ready.boundingBox();
		const height = page.viewportSize()?.height ?? 0;
		expect(box && box.y + box.height).toBeGreaterThan(height - 40);
		await page.clock.fastForward(9000);
		await expect(ready).toBeHidden();
	});
});

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

// The notice comes a second after the page (once the phone has said it has no voice). Were it the
// largest text, the page's largest paint would wait for it: Lighthouse measured an LCP of 2.5 s on
// the regelingen first question with a two-line notice. So it stays smaller than the question.
// (Chromium's own largest-contentful-paint entries cannot show this under Playwright: it stops
// reporting them as if after input, like the layout shifts above.)
for (const width of [360, 412]) {
	test(`the no-voice notice is never larger than the question it sits above (${width} px)`, async ({ page }) => {
		await page.setViewportSize({ width, height: 823 });
		await page.addInitScript(installLateVoices, { voiceLangs: [], delayMs: 0 });
		for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti']) {
			for (const path of [`/${lang}/balans/vraag/money/`, `/${lang}/regelingen/vraag/livesInDordrecht/`]) {
				await page.goto(path);
				const notice = page.locator('header').getByTestId('read-aloud-unavailable');
				await expect(notice).toBeVisible();
				// The area a largest-paint candidate has: the box around the text's lines.
				const textArea = (el: Element) => {
					const range = document.createRange();
					range.selectNodeContents(el);
					const box = range.getBoundingClientRect();
					return box.width * box.height;
				};
				const noticeArea = await notice.evaluate(textArea);
				const questionArea = await page.locator('main h1').evaluate(textArea);
				expect(noticeArea, path).toBeLessThan(questionArea);
			}
		}
	});
}
