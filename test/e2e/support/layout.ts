import type { Page } from '@playwright/test';
import type { LangCode } from '../../../src/lib/i18n/locales';
import { pagesFor } from './pages';
import { heavyBalance, lowIncomeHousehold } from './seeds';

/*
 * Page width on small phones: the one list of pages the layout checks visit, and the checks
 * themselves (nothing wider than the screen, no word split between two letters).
 */

/** The sizes a resident reads the app at: a common phone, and the smallest one with large text. */
export const READING_SIZES = [
	{ width: 360, height: 780, text: '100%' },
	{ width: 320, height: 640, text: '200%' }
] as const;
export type ReadingSize = (typeof READING_SIZES)[number];

/** What every page that shows someone's own results gets stored first: the single parent, heavy on every weight. */
export const RESULT_SEED = { balance: heavyBalance, regelingen: lowIncomeHousehold };

/**
 * Scheme pages (rendered in the browser from the answers), a few of each kind for the single parent:
 * likely with long helper names and papers, maybe, and unlikely; all of them would add 33 pages a language.
 */
export const SCHEME_PAGE_SAMPLES = ['huurtoeslag', 'kindgebonden-budget', 'bijzondere-bijstand', 'hulpteam-toeslagen', 'mantelzorgwaardering'];

/**
 * Every page a resident can reach, in one language. `empty` pages are opened first, before
 * anything was answered (the start pages, every question page sample, the empty results);
 * `withAnswers` after RESULT_SEED is stored, so results and the overzicht show real content.
 * A new page goes here once, and every layout check covers it in all seven languages.
 */
export function layoutPages(lang: LangCode): { empty: string[]; withAnswers: string[] } {
	return {
		empty: [...pagesFor(lang), `/${lang}/bestaat-niet/`],
		withAnswers: [
			`/${lang}/balans/uitslag/`,
			`/${lang}/regelingen/controleer/`,
			`/${lang}/regelingen/uitslag/`,
			...SCHEME_PAGE_SAMPLES.map((id) => `/${lang}/regelingen/uitslag/${id}/`),
			`/${lang}/overzicht/`
		]
	};
}

/** Stores answers in the visit's sessionStorage of the open page, as the app itself does. */
export async function storeAnswers(page: Page, values: Record<string, unknown>): Promise<void> {
	await page.evaluate((v) => {
		for (const [key, value] of Object.entries(v)) sessionStorage.setItem(`hulpwijzer:${key}`, JSON.stringify(value));
	}, values);
}

/** Sets the viewport and the text size (the root font size, as a phone's "large text" does). */
export async function readAt(page: Page, size: ReadingSize): Promise<void> {
	const current = page.viewportSize();
	if (current?.width !== size.width || current.height !== size.height) await page.setViewportSize({ width: size.width, height: size.height });
	await page.evaluate((text) => (document.documentElement.style.fontSize = text === '100%' ? '' : text), size.text);
}

/**
 * How far the page scrolls sideways (scrollWidth beyond the phone's width), with the innermost
 * elements that stick out, so a failure names the culprit. Empty when the page fits. Measured
 * against the width we set, not innerWidth: a phone (and Chromium's mobile emulation) widens the
 * layout viewport to the content, so there scrollWidth <= innerWidth always holds.
 */
export function sidewaysOverflow(page: Page, width: number): Promise<string[]> {
	return page.evaluate((phone) => {
		const extra = Math.max(document.documentElement.scrollWidth, window.innerWidth) - phone;
		if (extra <= 0) return [];
		const out = [`scrolls ${extra}px sideways`];
		const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
		const sticking = [...document.body.querySelectorAll('*')].filter((el) => {
			const r = el.getBoundingClientRect();
			// A fixed box (the skip link, parked above the screen) does not make the page scroll.
			if (getComputedStyle(el).position === 'fixed') return false;
			return r.width > 0 && (r.right + window.scrollX > phone + 0.5 || r.left + window.scrollX < -0.5);
		});
		// The innermost ones: an element whose children all fit is the one that is too wide.
		for (const el of sticking.filter((el) => !sticking.some((other) => other !== el && el.contains(other))).slice(0, 3)) {
			out.push(`${name(el)} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
		}
		return out;
	}, width);
}

/**
 * Words split over two lines although they would fit on one ("aanvrage/n"). A word is a run of
 * letters between spaces, hyphens and slashes (a line may break after a hyphen). A word wider
 * than a card in the page's column, with a radio button or icon beside it (the column less
 * 64 px), may break where it must: a long
 * compound at 200% text on a 320 px phone has no other way. An Arabic word may never break, and
 * neither may a phone number; a web or e-mail address (.hw-address) may. Returns "word (width
 * px in a box of n px)" for each.
 */
export function splitWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out = new Set<string>();
		const main = document.getElementById('inhoud') ?? document.body;
		const room = main.getBoundingClientRect().width - parseFloat(getComputedStyle(main).paddingInlineStart) - parseFloat(getComputedStyle(main).paddingInlineEnd) - 64;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, .hw-visually-hidden, .hw-address, details:not([open]) > :not(summary)')) continue;
			for (const match of node.data.matchAll(/[^\s\-‐/–—]+/g)) {
				const word = match[0];
				if (word.length < 2) continue;
				range.setStart(node, match.index);
				range.setEnd(node, match.index + word.length);
				// On one line every piece of the word starts within half a line of the first piece.
				const rects = [...range.getClientRects()].filter((r) => r.width > 0);
				const first = rects[0];
				if (!first || !rects.some((r) => Math.abs(r.top - first.top) > first.height / 2)) continue;
				const width = rects.reduce((sum, r) => sum + r.width, 0);
				if (/\w[.@]\w/.test(word)) continue; // a web or e-mail address in running text
				const mustStayWhole = /[\u0621-\u064a]/.test(word) || /^\d+$/.test(word.replace(/[^\d\w]/g, ''));
				if (mustStayWhole || width <= room) out.add(`${word} (${Math.round(width)} px, room ${Math.round(room)} px)`);
			}
		}
		return [...out];
	});
}
