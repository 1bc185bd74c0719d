import { expect, test, type Page } from '@playwright/test';
import { questionById } from '../../src/lib/balance/questions';
import type { Answers, QuestionId } from '../../src/lib/balance/types';
import { OVERBURDENED_CARER } from '../unit/balance/personas';
import { expectNoAxeViolations } from './support/axe';
import { pickRole } from './support/checks';
import { progressNl } from './support/questions';
import { waitForServiceWorkerControl } from './support/pages';
import { installFakeSpeech, type Spoken } from './support/speech';

test.use({ viewport: { width: 360, height: 740 } });

/** Option index (0-based, in screen order; the last one is "Sla over") per question id. */
type Plan = Record<string, number>;

const BASE = ['money', 'obligations', 'care', 'health', 'housing', 'lifeEvents', 'energy', 'rest', 'people', 'arranging', 'languageDigital'];
const DRAAGKRACHT = new Set(['energy', 'rest', 'people', 'arranging', 'languageDigital']);
/** Nothing weighs, everything helps a lot, no care: in balance, 11 questions. */
const LIGHT: Plan = Object.fromEntries(BASE.map((id) => [id, DRAAGKRACHT.has(id) ? 3 : 0]));
/** Everything weighs heavily, nothing helps, a lot of care: out of balance with the safety net, 16 questions. */
const HEAVY: Plan = {
	...Object.fromEntries(BASE.map((id) => [id, DRAAGKRACHT.has(id) ? 0 : 3])),
	careHours: 3,
	careDuration: 3,
	careHeaviness: 3,
	careBreak: 3,
	careCombine: 4
};

/** A persona's answers (question id → value) as a plan of option indices. */
const planOf = (answers: Answers): Plan =>
	Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, questionById(id as QuestionId).options.findIndex((o) => o.value === value)]));

const radios = (page: Page) => page.locator('input[name="answer"]');
const currentQuestion = (page: Page) => new URL(page.url()).pathname.split('/').at(-2) ?? '';

/** Answers the current question with the keyboard only: Tab into the radio group, arrows/Space, Tab to "Verder", Enter. */
async function answerByKeyboard(page: Page, index: number): Promise<void> {
	for (let i = 0; i < 30; i++) {
		if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'answer')) break;
		await page.keyboard.press('Tab');
	}
	const focused = await page.evaluate(() =>
		[...document.querySelectorAll('input[name="answer"]')].indexOf(document.activeElement as Element)
	);
	expect(focused, 'a radio button has keyboard focus').toBeGreaterThanOrEqual(0);
	if (focused === index) await page.keyboard.press('Space');
	for (let i = focused; i < index; i++) await page.keyboard.press('ArrowDown');
	for (let i = focused; i > index; i--) await page.keyboard.press('ArrowUp');
	await expect(radios(page).nth(index)).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('next')).toBeFocused();
	await page.keyboard.press('Enter');
}

/** Answers by pointer (for tests about something else than the keyboard). */
async function answer(page: Page, index: number): Promise<void> {
	await radios(page).nth(index).check();
	await page.getByTestId('next').click();
}

/** Walks the check from the current question to the result, answering by plan (question id → option index). */
async function walk(page: Page, plan: Plan, how: 'keyboard' | 'pointer', onQuestion?: (id: string) => Promise<void>) {
	for (let step = 0; step < 20; step++) {
		await expect(page.getByTestId('progress').or(page.getByTestId('result-state'))).toBeVisible();
		if (page.url().includes('/uitslag/')) return;
		const id = currentQuestion(page);
		await expect(page.locator(`form[data-question="${id}"]`)).toBeVisible();
		await onQuestion?.(id);
		const index = plan[id] ?? (await radios(page).count()) - 1; // not in the plan: skip
		const before = page.url();
		if (how === 'keyboard') await answerByKeyboard(page, index);
		else await answer(page, index);
		await expect(page).not.toHaveURL(before);
	}
	throw new Error('the check did not end');
}

async function start(page: Page, lang: string, who: 'self' | 'helper' = 'self') {
	await page.goto(`/${lang}/balans/`);
	// Waits until the role is really saved: a radio checked before hydration looks chosen but is not.
	await pickRole(page, who);
	if (who === 'helper') await expect(page.getByTestId('helper-note')).toBeVisible();
	await page.getByTestId('start').click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/balans/vraag/money/$`));
}

test('nl, keyboard only: light answers give "in balance" from 11 questions, without the mantelzorg module', async ({ page }) => {
	await page.goto('/nl/balans/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe gaat het met je?');
	// The choice and "Begin" by keyboard too.
	await page.locator('#role-self').focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('start')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/nl\/balans\/vraag\/money\/$/);
	await expect(page).toHaveTitle(/^Vraag 1 – Maak je je zorgen over geld\?/);

	const seen: string[] = [];
	await walk(page, LIGHT, 'keyboard', async (id) => {
		seen.push(id);
		await expect(page.getByTestId('progress')).toHaveText(progressNl(seen.length, 11 - seen.length));
		await expect(page).toHaveTitle(new RegExp(`^Vraag ${seen.length} – `));
	});
	expect(seen).toEqual(BASE);
	await expect(page).toHaveURL(/\/nl\/balans\/uitslag\/$/);
	await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', 'in-balance');
	await expect(page.getByRole('heading', { name: 'Je bent in balans' })).toBeVisible();
	await expect(page.getByTestId('based-on')).toHaveText('Dit is gebaseerd op 11 antwoorden. Er waren 11 vragen.');
	await expect(page.getByTestId('safety-net')).toHaveCount(0);
	await expect(page.getByTestId('step-mantelzorg-support')).toHaveCount(0);
	// The scale hangs towards what helps: the beam turns clockwise (inline end down).
	const beam = await page.getByTestId('beam').getAttribute('transform');
	expect(beam).toMatch(/^rotate\(18\.00 100 40\)$/);
	await expect(page.getByRole('img', { name: 'De weegschaal hangt naar de kant van wat helpt.' })).toBeVisible();
});

test('ar (right-to-left), keyboard only: heavy answers with care give 16 questions, out of balance, opening with the safety net', async ({ page }) => {
	await start(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const totals: string[] = [];
	await walk(page, HEAVY, 'keyboard', async (id) => {
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		totals.push(`${id}:${(await page.getByTestId('progress').textContent())?.match(/\d+/g)?.join('/')}`);
		if (id === 'careHours') await expect(page.getByTestId('mantelzorg-intro')).toBeVisible();
		if (id === 'careDuration') await expect(page.getByTestId('mantelzorg-recognition')).toBeVisible();
	});
	// What is left grows by the five mantelzorg questions once the care answer shows caring; the number just counts on.
	expect(totals.slice(0, 4)).toEqual(['money:1/10', 'obligations:2/9', 'care:3/8', 'careHours:4/12']);
	expect(totals).toHaveLength(16);
	expect(totals.at(-1)).toBe('languageDigital:16'); // "السؤال 16 · السؤال الأخير": the last, nothing left

	await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', 'out-of-balance');
	// The result opens with the help block: the first heading after the h1 is the safety net's.
	await expect(page.locator('main h2').first()).toHaveAttribute('id', 'safety-net-title');
	await expect(page.getByTestId('safety-line-suicide-prevention').getByRole('link')).toHaveAttribute('href', 'tel:113');
	await expect(page.getByTestId('safety-line-huisarts').getByRole('link')).toHaveCount(0);
	for (const step of ['mantelzorg-support', 'mantelzorgwaardering', 'respite', 'wijkteam-support'])
		await expect(page.getByTestId(`step-${step}`)).toBeVisible();
	await expect(page.getByTestId('step-mantelzorgwaardering').locator('a[href="/ar/regelingen/"]')).toBeVisible();
	await expect(page.getByTestId('step-respite').locator('a[href="/ar/hulp-in-de-buurt/mantelzorg/"]')).toBeVisible();
	await expect(page.getByTestId('mantelzorg-recognition')).toBeVisible();
	// At most five steps open, the rest folded under "meer stappen"; each step names its circle.
	await expect(page.getByTestId('steps-open').locator('[data-testid^="step-"]')).toHaveCount(5);
	await expect(page.getByTestId('more-steps').locator('[data-testid^="step-"]').first()).toBeHidden();
	await page.getByTestId('more-steps').locator('summary').click();
	await expect(page.getByTestId('more-steps').locator('[data-testid^="step-"]').first()).toBeVisible();
	await expect(page.getByTestId('steps-open').getByTestId('circle-tag').first()).toBeVisible();
	expect(await page.getByTestId('beam').getAttribute('transform')).toBe('rotate(-18.00 100 40)');
});

for (const lang of ['nl', 'ar'] as const) {
	test(`${lang}: the overburdened carer (te zwaar, never a break) reads "uit balans", a tilted scale and respite first`, async ({ page }) => {
		await page.addInitScript(installFakeSpeech, ['nl-NL', 'ar-SA']);
		await start(page, lang);
		await walk(page, planOf(OVERBURDENED_CARER), 'pointer');
		await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', 'out-of-balance');
		await expect(page.getByTestId('overburdened')).toBeVisible();
		// Tilted towards what weighs, never level.
		const degrees = Number(await page.getByTestId('scale').getAttribute('data-tilt'));
		expect(degrees).toBeLessThan(-5);
		expect(await page.getByTestId('beam').getAttribute('transform')).toBe(`rotate(${degrees.toFixed(2)} 100 40)`);
		await expect(page.getByTestId('weighs-most').getByRole('listitem').first()).toBeVisible();
		const first = await page.getByTestId('steps-open').locator('[data-testid^="step-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
		expect(first.slice(0, 2)).toContain('step-respite');
		expect(first.length).toBeLessThanOrEqual(5);
		// No job: no tip about work; respite links to mantelzorg places.
		await expect(page.getByTestId('step-work-school-talk')).toHaveCount(0);
		await expect(page.getByTestId('step-respite').locator(`a[href="/${lang}/hulp-in-de-buurt/mantelzorg/"]`)).toBeVisible();
		// The first step reads itself aloud, in the page's language.
		await page.getByTestId('step-respite').getByRole('button').first().click();
		const spoken = await page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
		expect(spoken.at(-1)?.lang).toBe(lang === 'ar' ? 'ar-SA' : 'nl-NL');
		expect(spoken.at(-1)?.text).toContain(await page.getByTestId('step-respite').getByRole('heading').innerText());
	});
}

test('the back link keeps the previous answer checked', async ({ page }) => {
	await start(page, 'nl');
	await answer(page, 2);
	await expect(page).toHaveURL(/\/vraag\/obligations\/$/);
	await radios(page).nth(1).check();
	await page.getByTestId('back-link').click();
	await expect(page).toHaveURL(/\/vraag\/money\/$/);
	await expect(radios(page).nth(2)).toBeChecked();
	await page.getByTestId('next').click();
	await expect(radios(page).nth(1)).toBeChecked();
	await page.getByTestId('back-link').click();
	await page.getByTestId('back-link').click();
	await expect(page).toHaveURL(/\/nl\/balans\/$/);
});

test('skipping works and the result says it rests on fewer answers', async ({ page }) => {
	await start(page, 'nl');
	const { money: _m, energy: _e, ...plan } = LIGHT;
	await walk(page, plan, 'pointer');
	await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', 'in-balance');
	await expect(page.getByTestId('based-on')).toHaveText('Dit is gebaseerd op 9 antwoorden. Er waren 11 vragen.');
});

test('with everything skipped the result asks for more answers instead of guessing', async ({ page }) => {
	await start(page, 'nl');
	await walk(page, {}, 'pointer');
	await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', 'too-few-answers');
	await expect(page.getByTestId('scale')).toHaveCount(0);
	await expect(page.locator('[data-testid^="step-"]')).toHaveCount(0);
	await expect(page.getByTestId('based-on')).toHaveText('Dit is gebaseerd op 0 antwoorden. Er waren 11 vragen.');
	await page.getByTestId('ask-more').click();
	await expect(page).toHaveURL(/\/nl\/balans\/vraag\/money\/$/);
	await expect(radios(page).last()).toBeChecked(); // "Sla over" is remembered
});

test('the mantelzorg module appears only when care is above "no", and the count follows', async ({ page }) => {
	await start(page, 'nl');
	await answer(page, 0);
	await answer(page, 0);
	await expect(page.getByTestId('progress')).toHaveText('Vraag 3 · nog 8 vragen');
	await answer(page, 0); // care: no
	await expect(page).toHaveURL(/\/vraag\/health\/$/);
	await expect(page.getByTestId('progress')).toHaveText('Vraag 4 · nog 7 vragen');
	await expect(page.getByTestId('progress-changed')).toHaveCount(0);
	// A mantelzorg question that does not apply sends on to the right question.
	await page.goto('/nl/balans/vraag/careHours/');
	await expect(page).toHaveURL(/\/vraag\/health\/$/);

	await page.getByTestId('back-link').click();
	await expect(page).toHaveURL(/\/vraag\/care\/$/);
	await radios(page).nth(1).check(); // a little
	await expect(page.getByTestId('progress')).toHaveText('Vraag 3 · nog 13 vragen');
	await page.getByTestId('next').click();
	await expect(page).toHaveURL(/\/vraag\/careHours\/$/);
	await expect(page.getByTestId('progress')).toHaveText('Vraag 4 · nog 12 vragen');
	await expect(page.getByTestId('progress-changed')).toHaveText('Door je vorige antwoord komen er 5 vragen bij.');
	await expect(page.getByTestId('mantelzorg-intro')).toContainText('Je zorgt voor iemand.');
});

test('helper mode words the questions about "de persoon die je helpt"', async ({ page }) => {
	await start(page, 'nl', 'helper');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maakt de persoon die je helpt zich zorgen over geld?');
	await answer(page, 1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Hoe zwaar zijn werk, school en andere taken voor de persoon die je helpt?'
	);
});

test('"Verder" without a choice shows an error summary that takes focus, and "Fout:" in the title', async ({ page }) => {
	await start(page, 'nl');
	await page.getByTestId('next').click();
	await expect(page.getByTestId('error-summary')).toBeFocused();
	await expect(page).toHaveTitle(/^Fout: Vraag 1 – /);
	await expect(page.locator('#answer-error')).toContainText('Kies een antwoord.');
	await page.getByTestId('error-summary').getByRole('link').click();
	await expect(radios(page).first()).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('error-summary')).toHaveCount(0);
	await expect(page).toHaveURL(/\/vraag\/money\/$/);
});

test('a refresh on a question keeps the answers', async ({ page }) => {
	await start(page, 'nl');
	await answer(page, 3);
	await radios(page).nth(2).check();
	await page.reload();
	await expect(page).toHaveURL(/\/vraag\/obligations\/$/);
	await expect(radios(page).nth(2)).toBeChecked();
	await expect(page.getByTestId('progress')).toHaveText('Vraag 2 · nog 9 vragen');
	await page.getByTestId('back-link').click();
	await expect(radios(page).nth(3)).toBeChecked();
});

test('switching nl → ar on question 3 keeps the answer and the place', async ({ page }) => {
	await start(page, 'nl');
	await answer(page, 1);
	await answer(page, 1);
	await radios(page).nth(2).check(); // care: quite
	await expect(page.getByTestId('progress')).toHaveText('Vraag 3 · nog 13 vragen');
	await page.locator('details.lang-switch summary').click();
	await page.locator('details.lang-switch a[hreflang="ar"]').click();
	await expect(page).toHaveURL(/\/ar\/balans\/vraag\/care\/$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(radios(page).nth(2)).toBeChecked();
	await expect(page.getByTestId('progress')).toContainText('3');
	await expect(page.getByTestId('progress')).toContainText('13');
	await page.getByTestId('back-link').click();
	await expect(page).toHaveURL(/\/ar\/balans\/vraag\/obligations\/$/);
	await expect(radios(page).nth(1)).toBeChecked();
});

test('after the first visit the whole check works offline', async ({ page, context }) => {
	await page.goto('/nl/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	const uncached = await page.evaluate(() => fetch(`/not-cached-${Date.now()}.txt`).then((r) => r.status, () => 'failed'));
	expect(uncached).not.toBe(200);
	await page.goto('/nl/balans/');
	await page.getByTestId('start').click();
	await walk(page, HEAVY, 'pointer');
	await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', 'out-of-balance');
	await expect(page.getByTestId('safety-net')).toBeVisible();
	await page.getByTestId('start-again').click();
	await expect(page).toHaveURL(/\/nl\/balans\/$/);
	await page.getByTestId('start').click();
	await expect(radios(page).first()).not.toBeChecked();
	await expect(radios(page).last()).not.toBeChecked();
});

test('a question page (also with an error) and a full result have no accessibility violations', async ({ page }) => {
	const check = () => expectNoAxeViolations(page);
	await start(page, 'nl');
	await check();
	await page.getByTestId('next').click();
	await expect(page.getByTestId('error-summary')).toBeVisible();
	await check();
	await walk(page, HEAVY, 'pointer');
	await expect(page.getByTestId('safety-net')).toBeVisible();
	await check();
	await page.goto('/ar/balans/uitslag/');
	await expect(page.getByTestId('step-respite')).toBeVisible();
	await check();
});
