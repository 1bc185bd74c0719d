import { expect, test, type Page } from '@playwright/test';
import nl from '../../messages/nl.json' with { type: 'json' };
import { expectNoAxeViolations } from './support/axe';
import { hydrated } from './support/hydration';
import { chooseBalance, currentQuestion, fillRegelingen, progressNl, walkQuestions, type FlowPath, type RegelingenStep } from './support/questions';

/*
 * Every question page of both flows is one QuestionPage: the same checks hold on each of them, in
 * the order a person meets them. Answers are chosen so that every question is asked somewhere
 * (the mantelzorg module; a partner; AOW age for fullAow, below it for the others).
 */
test.use({ viewport: { width: 360, height: 740 } });

const BALANCE: Record<string, string> = {
	money: 'often', obligations: 'heavy', care: 'lot', careHours: '20-40', careDuration: '1-5-years', careHeaviness: 'heavy', careBreak: 'rarely',
	careCombine: 'hard', health: 'little', housing: 'none', lifeEvents: 'no', energy: 'little', rest: 'sometimes', people: 'some', arranging: 'mostly', languageDigital: 'easily'
};
const WORKING_AGE: Record<string, RegelingenStep> = {
	livesInDordrecht: { choose: 'yes' }, age: { type: '41' }, partner: { choose: 'yes' }, partnerAge: { type: '39' }, children: { children: ['4', '9'] },
	otherAdults: { shortcut: 'none' }, netMonthlyIncome: { type: '1900' }, alreadyReceives: { tick: ['zorgtoeslag'] }, savingsAboveLimit: { choose: 'no' },
	ownsHome: { choose: 'no' }, rentPerMonth: { type: '720' }, hasDebts: { choose: 'unknown' }, care: { choose: 'no' }, volunteering: { choose: 'no' },
	childcare: { choose: 'no' }, studentFinance: { choose: 'yes' }, studentWithDisability: { choose: 'no' }
};
const AOW_AGE: Record<string, RegelingenStep> = {
	livesInDordrecht: { choose: 'yes' }, age: { type: '70' }, partner: { choose: 'no' }, children: { shortcut: 'none' }, otherAdults: { shortcut: 'none' },
	netMonthlyIncome: { shortcut: 'dontKnow' }, alreadyReceives: { shortcut: 'none' }, savingsAboveLimit: { choose: 'no' }, ownsHome: { choose: 'no' }, rentPerMonth: { shortcut: 'notRenting' }, hasDebts: { choose: 'no' }, care: { choose: 'no' }, fullAow: { choose: 'no' }
};

const TITLE_SUFFIX = ` – ${nl.page.titleSuffix}`;

/** The checks every question page passes; `previous` is where its back link must go. */
async function checkQuestionPage(page: Page, previous: string, first: boolean) {
	const heading = page.locator('#question-title');
	// Focus: opened from the page before, focus is on the question itself (the h1).
	await expect(heading).toBeFocused();
	// Title: "Vraag n – question – Hulpwijzer Dordt"; the progress line adds how many are left.
	const line = (await page.getByTestId('progress').textContent()) ?? '';
	const [current, left] = (line.match(/\d+/g) ?? []).map(Number);
	expect(line).toBe(progressNl(current ?? 0, left ?? 0));
	const progress = line.split(' · ')[0];
	await expect(page).toHaveTitle(`${progress} – ${(await heading.textContent())?.trim()}${TITLE_SUFFIX}`);
	// Back link: to the question before, or to the start page from the first question.
	await expect(page.getByTestId('back-link')).toHaveAttribute('href', previous);
	if (first) expect(current).toBe(1);
	// Why we ask: in one place, right after the form, on every page.
	await expect(page.locator('form[data-question] + [data-testid="why-we-ask"]')).toBeVisible();
	await expect(page.getByTestId('why-we-ask').getByRole('heading')).toHaveText(nl.question.whyWeAskLabel);
	// "Verder" without an answer: the error summary takes focus, the title says "Fout:", and it
	// takes focus again on the next try, by itself.
	await page.getByTestId('next').click();
	await expect(page.getByTestId('error-summary')).toBeFocused();
	await expect(page).toHaveTitle(`${nl.form.errorTitle.replace('{{title}}', `${progress} – ${(await heading.textContent())?.trim()}`)}${TITLE_SUFFIX}`);
	await heading.focus();
	await page.getByTestId('next').click();
	await expect(page.getByTestId('error-summary')).toBeFocused();
	await expect(page.getByTestId('field-error').first()).toBeVisible();
}

/** What a question page said about where the person is: its number, how many are left, and the note on a change. */
interface Said {
	current: number;
	left: number;
	changed: string;
}

/**
 * The progress as a person saw it page after page: the number counts up by one, and what is left
 * goes down by one, except when the page says that the previous answer added or took away questions,
 * and by exactly that many. The last page says it is the last.
 */
function expectSteadyProgress(said: Said[]) {
	expect(said.map((s) => s.current)).toEqual(said.map((_, i) => i + 1));
	for (let i = 1; i < said.length; i++) {
		const note = said[i]!.changed;
		const n = Number(note.match(/\d+/)?.[0] ?? 0);
		const added = [nl.question.added_one, nl.question.added_other].some((text) => new RegExp(`^${text.replace('{{count}}', '\\d+')}$`).test(note));
		const change = note === '' ? 0 : added ? n : -n;
		expect(said[i]!.left, `page ${i + 1}: ${note}`).toBe(said[i - 1]!.left - 1 + change);
	}
	expect(said.at(-1)?.left).toBe(0);
}

async function walk(page: Page, flow: FlowPath, answer: (id: string) => Promise<string | void>, said: Said[] = []) {
	await hydrated(page);
	await page.getByTestId(flow === 'balans' ? 'start' : 'regelingen-start').click();
	let previous = `/nl/${flow}/`;
	let first = true;
	let axeDone = false;
	return walkQuestions(page, flow, async (id) => {
		const line = (await page.getByTestId('progress').textContent()) ?? '';
		const [current, left] = (line.match(/\d+/g) ?? []).map(Number);
		const changed = (await page.getByTestId('progress-changed').count()) > 0 ? ((await page.getByTestId('progress-changed').textContent()) ?? '') : '';
		said.push({ current: current ?? 0, left: left ?? 0, changed });
		await checkQuestionPage(page, previous, first);
		if (!axeDone) {
			await expectNoAxeViolations(page); // with the error summary showing
			axeDone = true;
		}
		first = false;
		previous = new URL(page.url()).pathname;
		expect(currentQuestion(page)).toBe(id);
		return answer(id);
	});
}

test('every balance question page: focus, title, back link, error summary and why we ask, the same way', async ({ page }) => {
	await page.goto('/nl/balans/');
	const said: Said[] = [];
	const seen = await walk(page, 'balans', (id) => chooseBalance(page, BALANCE[id] ?? 'skipped'), said);
	expectSteadyProgress(said);
	expect(seen.sort()).toEqual(Object.keys(BALANCE).sort());
	await expect(page).toHaveURL(/\/nl\/balans\/uitslag\/$/);
});

for (const [name, plan] of [['below AOW age', WORKING_AGE], ['at AOW age', AOW_AGE]] as const) {
	test(`every regelingen question page ${name}: the same checks as in the balance check`, async ({ page }) => {
		await page.goto('/nl/regelingen/');
		const said: Said[] = [];
		const seen = await walk(page, 'regelingen', async (id) => {
			const step = plan[id];
			if (!step) throw new Error(`${id} is not in the plan`);
			await fillRegelingen(page, 'nl', step);
			return 'shortcut' in step ? step.shortcut : undefined;
		}, said);
		expect(seen.sort()).toEqual(Object.keys(plan).sort());
		// "Vraag n" counts 1, 2, 3 … and never a total that jumps; an answer that drops questions says so.
		expectSteadyProgress(said);
		expect(said.some((s) => s.changed !== '')).toBe(true);
		await expect(page).toHaveURL(/\/nl\/regelingen\/controleer\/$/);
	});
}

test('a question that does not apply sends on, in both flows', async ({ page }) => {
	await page.goto('/nl/balans/');
	await page.evaluate(() => {
		sessionStorage.setItem('hulpwijzer:balance', JSON.stringify({ money: 'none', obligations: 'ok', care: 'no' }));
		sessionStorage.setItem('hulpwijzer:regelingen', JSON.stringify({ livesInDordrecht: true, age: 30, partner: false }));
	});
	await page.goto('/nl/balans/vraag/careHours/');
	await expect(page).toHaveURL(/\/nl\/balans\/vraag\/health\/$/);
	await page.goto('/nl/regelingen/vraag/partnerAge/');
	await expect(page).toHaveURL(/\/nl\/regelingen\/vraag\/children\/$/);
});
