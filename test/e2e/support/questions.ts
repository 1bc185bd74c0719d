import { expect, type Page } from '@playwright/test';
import nl from '../../../messages/nl.json' with { type: 'json' };

/*
 * Answering the question pages of both flows the way a person does, through the UI only. One
 * walker for every test that goes through the questions (journeys.ts, question-pages.e2e.ts).
 */

export type FlowPath = 'balans' | 'regelingen';

/** One regelingen answer as a person gives it: in words, typed, a list of ages, boxes ticked, a shortcut button. */
export type RegelingenStep =
	| { choose: 'yes' | 'no' | 'unknown' }
	| { type: string }
	| { children: string[] }
	| { tick: string[] }
	| { shortcut: 'none' | 'skip' | 'dontKnow' | 'notRenting' };

/** The progress line as a Dutch question page says it: "Vraag 3 · nog 8 vragen", "Vraag 11 · de laatste vraag". */
export function progressNl(number: number, left: number): string {
	const rest = left === 0 ? nl.question.last : (left === 1 ? nl.question.left_one : nl.question.left_other).replace('{{count}}', String(left));
	return `${nl.question.number.replace('{{current}}', String(number))} · ${rest}`;
}

/** Arabic speakers type Arabic-Indic digits (٣٤); the app reads them as numbers. */
export const digits = (lang: string, text: string) => (lang === 'ar' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : text);

/** The id of the question on screen, from the URL (…/vraag/<id>/). */
export const currentQuestion = (page: Page) => new URL(page.url()).pathname.split('/').at(-2) ?? '';

/** Waits for the next page of a flow: a question page, or where the flow ends (result or check). */
export async function nextPageOf(page: Page, flow: FlowPath): Promise<'question' | 'end'> {
	await expect(page).toHaveURL(new RegExp(`/${flow}/(vraag/\\w+|uitslag|controleer)/$`));
	if (!page.url().includes('/vraag/')) return 'end';
	await expect(page.locator(`form[data-question="${currentQuestion(page)}"]`)).toBeVisible();
	return 'question';
}

/** Chooses a balance answer by its option value ('skipped' is "Sla over"), without going on. */
export async function chooseBalance(page: Page, value: string): Promise<void> {
	await page.locator(`input[name="answer"][value="${value}"]`).check();
}

/** Fills in a regelingen answer, without going on (a shortcut is pressed by `goOn`). */
export async function fillRegelingen(page: Page, lang: string, step: RegelingenStep): Promise<void> {
	if ('choose' in step) await page.locator(step.choose === 'yes' ? '#antwoord' : `#antwoord-${step.choose}`).check();
	else if ('type' in step) await page.locator('#antwoord').fill(digits(lang, step.type));
	else if ('tick' in step) {
		for (const id of step.tick) await page.locator(`input[name="received"][value="${id}"]`).check();
	}
	else if ('children' in step) {
		for (const [i, age] of step.children.entries()) {
			if (i > 0) await page.getByTestId('add-child').click();
			await page.locator(`#kind-${i + 1}`).fill(digits(lang, age));
		}
	}
}

/** "Verder" (or the shortcut button that is an answer in itself), and waits until the page changed. */
export async function goOn(page: Page, shortcut?: string): Promise<void> {
	const before = page.url();
	await page.getByTestId(shortcut ? `shortcut-${shortcut}` : 'next').click();
	await expect(page).not.toHaveURL(before);
}

/**
 * Walks a flow from the question on screen to its end. `answer` gives each question's answer
 * (and may check the page first); it returns the shortcut to press, if any. Returns the ids seen.
 */
export async function walkQuestions(page: Page, flow: FlowPath, answer: (id: string) => Promise<string | void>): Promise<string[]> {
	const seen: string[] = [];
	for (let step = 0; step < 25; step++) {
		if ((await nextPageOf(page, flow)) === 'end') return seen;
		const id = currentQuestion(page);
		seen.push(id);
		const shortcut = await answer(id);
		await goOn(page, shortcut || undefined);
	}
	throw new Error(`the ${flow} questions did not end`);
}
