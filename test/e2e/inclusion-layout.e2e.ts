/**
 * Small screens and right-to-left, on every page:
 * - every link, button and field is at least 44 px high (WCAG 2.5.5). Exempt, as WCAG 2.5.8
 *   allows: a link inside running text (display inline, with other text in the same paragraph),
 *   because making it taller would break the line spacing of the sentence. A radio button or
 *   checkbox counts with its label, which is the part you tap.
 * - Arabic mirrors: the h1 starts at the right of the content, the app name sits on the right,
 *   direction icons (back arrows, the speaker) turn around, and phone numbers keep their digits
 *   left-to-right on screen inside the right-to-left text.
 */
import { expect, test, type Page } from '@playwright/test';
import { pagesFor } from './support/pages';
import { heavyBalance, lowIncomeHousehold, seed } from './support/seeds';

test.use({ viewport: { width: 320, height: 640 } });

const MIN_TAP = 44;

/** Tap targets lower than 44 px, as "selector text: height". */
function smallTargets(page: Page, min: number): Promise<string[]> {
	return page.evaluate((minHeight) => {
		const out: string[] = [];
		const visible = (el: Element) => {
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			return r.width > 1 && r.height > 1 && style.visibility !== 'hidden' && !el.closest('details:not([open]) > :not(summary)');
		};
		const isInlineInText = (el: HTMLElement) => {
			if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
			let block: HTMLElement | null = el.parentElement;
			while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
			return Boolean(block && (block.innerText ?? '').trim().length > (el.innerText ?? '').trim().length + 1);
		};
		const targets = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary');
		for (const el of targets) {
			if (!visible(el) || el.classList.contains('utrecht-skip-link')) continue;
			if (isInlineInText(el)) continue;
			let height = el.getBoundingClientRect().height;
			if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
				const label = el.labels?.[0];
				height = Math.max(height, label?.getBoundingClientRect().height ?? 0);
			}
			if (height < minHeight - 0.5) {
				const name = (el.innerText || el.getAttribute('aria-label') || el.id || el.tagName).trim().slice(0, 40);
				out.push(`${el.tagName.toLowerCase()} "${name}": ${height.toFixed(0)}px`);
			}
		}
		return out;
	}, min);
}

for (const lang of ['nl', 'ar'] as const) {
	test(`every link, button and field in ${lang} is at least ${MIN_TAP} px high (inline text links exempt)`, async ({ page }) => {
		test.slow();
		const problems: string[] = [];
		for (const path of pagesFor(lang)) {
			await page.goto(path);
			// Some pages render in the browser: measure them once their heading is there.
			await page.getByRole('heading', { level: 1 }).first().waitFor();
			await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			for (const small of await smallTargets(page, MIN_TAP)) problems.push(`${path} ${small}`);
		}
		expect(problems).toEqual([]);
	});
}

test('result pages with content (balance, regelingen, a scheme page) have 44 px tap targets in nl and ar', async ({ page }) => {
	await seed(page, { balance: heavyBalance, regelingen: lowIncomeHousehold });
	const problems: string[] = [];
	for (const lang of ['nl', 'ar']) {
		for (const [path, ready] of [
			[`/${lang}/balans/uitslag/`, 'safety-net'],
			[`/${lang}/regelingen/uitslag/`, 'total'],
			[`/${lang}/regelingen/uitslag/huurtoeslag/`, 'papers']
		] as const) {
			await page.goto(path);
			await expect(page.getByTestId(ready)).toBeVisible();
			await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			for (const small of await smallTargets(page, MIN_TAP)) problems.push(`${path} ${small}`);
			for (const problem of lang === 'ar' ? await rtlProblems(page) : []) problems.push(`${path}: ${problem}`);
		}
	}
	expect(problems).toEqual([]);
});

/** Right-to-left checks for the page that is open; returns what is wrong. */
function rtlProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const width = document.documentElement.clientWidth;
		if (document.documentElement.dir !== 'rtl') out.push('html is not dir=rtl');

		// The h1's text starts at the right of the content column.
		const main = document.getElementById('inhoud');
		const h1 = main?.querySelector('h1');
		if (main && h1) {
			const range = document.createRange();
			range.selectNodeContents(h1);
			// The first line may hold several runs (an Arabic sentence with a Dutch name): take its rightmost.
			const rects = [...range.getClientRects()];
			const top = Math.min(...rects.map((r) => r.top));
			const lineRight = Math.max(...rects.filter((r) => r.top < top + 4).map((r) => r.right));
			const style = getComputedStyle(h1);
			const contentRight = h1.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
			if (!rects.length || lineRight < contentRight - 4) out.push(`h1 text ends ${(contentRight - lineRight).toFixed(0)}px from the right`);
			const mainRight = main.getBoundingClientRect().right;
			if (h1.getBoundingClientRect().right < mainRight - 48) out.push('h1 box is not at the right of main');
		} else out.push('no h1 in main');

		// The app name (home link) sits on the right of the header.
		const home = document.querySelector('header a.home')?.getBoundingClientRect();
		if (!home || home.right < width * 0.6) out.push('home link is not on the right');

		// Direction icons turn around.
		for (const icon of document.querySelectorAll('.hw-dir-icon')) {
			if (icon.getBoundingClientRect().width === 0) continue;
			const m = new DOMMatrix(getComputedStyle(icon).transform === 'none' ? undefined : getComputedStyle(icon).transform);
			if (!(m.a < 0)) out.push(`direction icon not mirrored (${icon.getAttribute('class')})`);
		}
		// A back arrow sits to the right of its text.
		for (const arrow of document.querySelectorAll('[data-testid="back-arrow"]')) {
			const link = arrow.closest('a');
			if (!link) continue;
			const a = arrow.getBoundingClientRect();
			const l = link.getBoundingClientRect();
			if (a.right < l.right - 12) out.push('back arrow is not at the right of its link');
		}

		// Phone numbers: digits stay left-to-right on screen.
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) {
			if (link.getClientRects().length === 0) continue;
			const text = link.innerText;
			// A number as dialled: 112, 14 078, 0800-0113, 078 770 8910 (at least three digits, in groups).
			if (!/\d{2,4}(?:[- ]\d{2,4})*/.test(text) || (text.match(/\d/g) ?? []).length < 3) out.push(`tel link without a readable number: ${text}`);
			const digits: Array<[Text, number]> = [];
			const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				for (let i = 0; i < node.data.length; i++) if (/\d/.test(node.data[i] ?? '')) digits.push([node, i]);
			}
			const rect = ([node, i]: [Text, number]) => {
				const r = document.createRange();
				r.setStart(node, i);
				r.setEnd(node, i + 1);
				return r.getBoundingClientRect();
			};
			for (let i = 1; i < digits.length; i++) {
				const a = rect(digits[i - 1]!);
				const b = rect(digits[i]!);
				const sameLine = Math.abs(a.top - b.top) < 2;
				if (sameLine && b.left < a.left) {
					out.push(`phone number digits run right-to-left: ${text}`);
					break;
				}
			}
		}
		return out;
	});
}

test('every Arabic page mirrors: h1 and app name on the right, icons turned, phone numbers left-to-right', async ({ page }) => {
	test.slow();
	const problems: string[] = [];
	for (const path of pagesFor('ar')) {
		await page.goto(path);
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		for (const problem of await rtlProblems(page)) problems.push(`${path}: ${problem}`);
	}
	expect(problems).toEqual([]);
});

test('in Dutch the same icons are not turned and the h1 starts on the left', async ({ page }) => {
	await page.goto('/nl/balans/vraag/money/');
	await expect(page.getByTestId('back-arrow')).toHaveCSS('transform', 'none');
	const h1 = await page.locator('main h1').boundingBox();
	expect(h1?.x ?? 999).toBeLessThan(40);
});

test('the RTL check can fail: a page forced to ltr is reported', async ({ page }) => {
	await page.goto('/ar/balans/vraag/money/');
	await page.getByRole('heading', { level: 1 }).first().waitFor();
	await page.evaluate(() => (document.documentElement.dir = 'ltr'));
	const problems = await rtlProblems(page);
	expect(problems).toContain('html is not dir=rtl');
	expect(problems.some((p) => p.startsWith('direction icon not mirrored'))).toBe(true);
});

/**
 * Phone numbers (in call links and the safety net's lines) broken at a hyphen: "0800-" at the end
 * of a line and "2000" on the next. A break between digit groups at a space is allowed: with 200%
 * text a whole number can be wider than the line (layout.e2e.ts checks that nothing splits digits).
 */
function brokenNumbers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('a[href^="tel:"], [data-testid^="safety-line-"] p')) {
			if (el.getClientRects().length === 0) continue;
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				// Digits joined by a hyphen (plain or non-breaking) must share a line.
				for (const match of node.data.matchAll(/\d+(?:[-\u2011]\d+)+/g)) {
					const tops = new Set<number>();
					for (let i = match.index; i < match.index + match[0].length; i++) {
						const r = document.createRange();
						r.setStart(node, i);
						r.setEnd(node, i + 1);
						tops.add(Math.round(r.getBoundingClientRect().top));
					}
					if (tops.size > 1) out.push(`${match[0]} in "${el.innerText.replace(/\s+/g, ' ').trim()}"`);
				}
			}
		}
		return out;
	});
}

test('a phone number never breaks at its hyphen, also in long Ukrainian and Polish buttons at 320 px', async ({ page }) => {
	await seed(page, { balance: heavyBalance });
	const problems: string[] = [];
	for (const lang of ['uk', 'pl', 'nl', 'ar']) {
		for (const [path, ready] of [[`/${lang}/direct-hulp/`, 'help-line-veilig-thuis'], [`/${lang}/balans/uitslag/`, 'safety-net']] as const) {
			await page.goto(path);
			await expect(page.getByTestId(ready)).toBeVisible();
			for (const broken of await brokenNumbers(page)) problems.push(`${path}: ${broken}`);
		}
	}
	expect(problems).toEqual([]);
	// The check can fail: a button with a plain hyphen, room for "0800-" but not for the whole number, wraps after it.
	await page.goto('/uk/direct-hulp/');
	await page.getByTestId('help-line-veilig-thuis').getByRole('link').evaluate((a) => {
		a.style.inlineSize = '7ch';
		a.style.paddingInline = '0';
		a.textContent = '\u20660800-2000\u2069';
	});
	expect(await brokenNumbers(page)).toHaveLength(1);
});
