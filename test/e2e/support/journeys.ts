import { expect, type Page } from '@playwright/test';
import arMessages from '../../../messages/ar.json' with { type: 'json' };
import nl from '../../../messages/nl.json' with { type: 'json' };
import { scoreBalance } from '../../../src/lib/balance/score';
import type { RoleId } from './checks';
import { chooseBalance, digits, fillRegelingen, walkQuestions, type RegelingenStep as Answered } from './questions';

/*
 * The three jobs as a person does them, through the UI only, from a plan per role: which answer
 * to each question, which ones arrive pre-filled from the other job, where they are, what they
 * need. Used by roles.e2e.ts (every role, nl and ar) and summary.e2e.ts.
 */

export type Lang = 'nl' | 'ar';
export type Messages = typeof nl;
export const MESSAGES: Record<Lang, Messages> = { nl, ar: arMessages as Messages };
export type Job = 'balance' | 'regelingen' | 'places';

/** One regelingen answer as a person gives it (see questions.ts), or a pre-filled one confirmed. */
export type RegelingenStep = Answered | { confirm: 'no' | { hours: string; longer: 'yes' | 'no'; place: 'yes' | 'no' }; details?: CareDetails };

/** The optional care details on the care page (about the person cared for). */
export type CareDetails = Partial<Record<'dementia' | 'helpAtHome', 'yes' | 'no' | 'unknown'>>;
const DETAIL_INPUT = { dementia: 'dementie', helpAtHome: 'hulp-thuis' } as const;

export interface Journey {
	role: RoleId;
	order: Job[];
	/** Balance question id → option value; 'confirm:x' = shown pre-filled with x, confirmed with Verder. */
	balance: Record<string, string>;
	regelingen: Record<string, RegelingenStep>;
	place: { postcode: string } | { wijk: string };
	need: string;
	/** A scheme the regelingen result and the overzicht must name as likely. */
	likely: string;
}

export const JOURNEYS: Journey[] = [
	{
		role: 'self',
		order: ['balance', 'regelingen', 'places'],
		balance: { money: 'often', obligations: 'heavy', care: 'no', health: 'little', housing: 'small', lifeEvents: 'yes-weighs', energy: 'little', rest: 'sometimes', people: 'hardly', arranging: 'with-help', languageDigital: 'mostly' },
		regelingen: {
			livesInDordrecht: { choose: 'yes' },
			age: { type: '34' },
			partner: { choose: 'no' },
			children: { children: ['7', '13'] },
			otherAdults: { shortcut: 'none' },
			netMonthlyIncome: { type: '1200' },
			alreadyReceives: { shortcut: 'none' },
			savingsAboveLimit: { choose: 'no' },
			ownsHome: { choose: 'no' },
			rentPerMonth: { type: '650' },
			hasDebts: { choose: 'no' },
			care: { confirm: 'no' },
			volunteering: { choose: 'no' },
			childcare: { choose: 'no' },
			studentFinance: { choose: 'no' }
		},
		place: { postcode: '3311' },
		need: 'money',
		likely: 'kindtegoed'
	},
	{
		// Looks for mantelzorg support first, then how it is going, then the money side.
		role: 'mantelzorger',
		order: ['places', 'balance', 'regelingen'],
		balance: { money: 'sometimes', obligations: 'heavy', care: 'lot', careHours: '20-40', careDuration: '1-5-years', careHeaviness: 'heavy', careBreak: 'rarely', careCombine: 'hard', health: 'little', housing: 'none', lifeEvents: 'no', energy: 'little', rest: 'sometimes', people: 'some', arranging: 'mostly', languageDigital: 'easily' },
		regelingen: {
			livesInDordrecht: { choose: 'yes' },
			age: { type: '58' },
			partner: { choose: 'yes' },
			partnerAge: { type: '61' },
			children: { children: ['15'] },
			otherAdults: { shortcut: 'none' },
			netMonthlyIncome: { type: '1700' },
			alreadyReceives: { tick: ['zorgtoeslag'] },
			savingsAboveLimit: { choose: 'no' },
			ownsHome: { choose: 'no' },
			rentPerMonth: { type: '800' },
			hasDebts: { choose: 'no' },
			// From the balance check: 20-40 hours → 20, 1-5 years → longer than 3 months; where the
			// person cared for lives is not asked there, so it is answered here.
			care: { confirm: { hours: '20', longer: 'yes', place: 'yes' } },
			volunteering: { choose: 'no' },
			childcare: { choose: 'no' },
			studentFinance: { choose: 'no' }
		},
		place: { wijk: 'Crabbehof' },
		need: 'mantelzorg',
		likely: 'mantelzorgwaardering'
	},
	{
		// A volunteer with a neighbour: the money questions first, then how it is going, then where to go.
		role: 'helper',
		order: ['regelingen', 'balance', 'places'],
		balance: { money: 'always', obligations: 'too-heavy', care: 'confirm:no', health: 'quite', housing: 'big', lifeEvents: 'yes-heavy', energy: 'very-little', rest: 'rarely', people: 'nobody', arranging: 'not', languageDigital: 'not' },
		regelingen: {
			livesInDordrecht: { choose: 'yes' },
			age: { type: '41' },
			partner: { choose: 'yes' },
			partnerAge: { type: '39' },
			children: { children: ['4', '9', '12'] },
			otherAdults: { shortcut: 'none' },
			netMonthlyIncome: { type: '1900' },
			alreadyReceives: { shortcut: 'none' },
			savingsAboveLimit: { choose: 'no' },
			ownsHome: { choose: 'no' },
			rentPerMonth: { type: '720' },
			hasDebts: { choose: 'yes' },
			care: { choose: 'no' },
			volunteering: { choose: 'no' },
			childcare: { choose: 'no' },
			studentFinance: { choose: 'no' }
		},
		place: { postcode: '3317' },
		need: 'money',
		likely: 'schuldhulp'
	}
];

const answerOf = (planned: string) => planned.replace(/^confirm:/, '');

/** The balance state the journey's answers give, by the app's own scoring. */
export function balanceState(j: Journey) {
	return scoreBalance(Object.fromEntries(Object.entries(j.balance).map(([id, planned]) => [id, answerOf(planned)]))).state;
}

/** The balance state's title as the journey's role sees it: about "the person you help" in helper mode. */
export function stateTitle(m: Messages, j: Journey): string {
	const state = m.balance.result.state[balanceState(j)];
	return j.role === 'helper' ? state.titleThird : state.title;
}

type Worded = Record<string, { title: string; titleThird: string } | undefined>;
/** A question's title as the role sees it: third person in helper mode. */
const titleFor = (questions: unknown, id: string, role: RoleId) => {
	const q = (questions as Worded)[id];
	return (role === 'helper' ? q?.titleThird : q?.title) ?? '';
};
export const schemeName = (m: Messages, id: string) => (m.regelingen.scheme as unknown as Record<string, { name: string }>)[id]?.name ?? id;
export const categoryName = (m: Messages, id: string) => (m.places.categories as unknown as Record<string, { name: string }>)[id]?.name ?? id;

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** From any page: the home page through the header, then the job's card. */
async function openJob(page: Page, lang: Lang, path: string) {
	await page.locator('.site-header a.home').click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
	await page.locator(`a.job[href="/${lang}/${path}/"]`).click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/${path}/$`));
}

export async function balanceJob(page: Page, lang: Lang, j: Journey) {
	const m = MESSAGES[lang];
	await openJob(page, lang, 'balans');
	await page.getByTestId('start').click();
	const given: Record<string, string> = {};
	await walkQuestions(page, 'balans', async (id) => {
		const planned = j.balance[id];
		if (planned === undefined) throw new Error(`balance question ${id} is not in the ${j.role} plan`);
		// First person for self and mantelzorger, third person in helper mode: on every question.
		await expect(h1(page)).toHaveText(titleFor(m.balance.question, id, j.role));
		const value = answerOf(planned);
		if (planned.startsWith('confirm:')) {
			await expect(page.getByTestId('prefill-note')).toHaveText(m.journey.prefill.fromRegelingen);
			await expect(page.locator(`input[name="answer"][value="${value}"]`)).toBeChecked();
		} else await chooseBalance(page, value);
		given[id] = value;
	});
	expect(Object.keys(given).sort()).toEqual(Object.keys(j.balance).sort());
	const state = balanceState(j);
	expect(state).not.toBe('too-few-answers');
	await expect(page.getByTestId('result-state')).toHaveAttribute('data-state', state);
	await expect(page.getByTestId('result-state')).toContainText(stateTitle(m, j));
	await expect(h1(page)).toHaveText(j.role === 'helper' ? m.balance.result.titleThird : m.balance.result.title);
	// A result page does not lead with "wis alles": the helper's hand-over waits at the overzicht.
	if (j.role === 'helper') await expect(page.getByTestId('helper-done')).toHaveCount(0);
}

export async function regelingenJob(page: Page, lang: Lang, j: Journey) {
	const m = MESSAGES[lang];
	await openJob(page, lang, 'regelingen');
	await page.getByTestId('regelingen-start').click();
	const asked = await walkQuestions(page, 'regelingen', async (field) => {
		const planned = j.regelingen[field];
		if (planned === undefined) throw new Error(`regelingen question ${field} is not in the ${j.role} plan`);
		await expect(h1(page)).toHaveText(titleFor(m.regelingen.question, field, j.role));
		if (!('confirm' in planned)) {
			await fillRegelingen(page, lang, planned);
			return 'shortcut' in planned ? planned.shortcut : undefined;
		}
		// Answered in the balance check: shown, not asked again from scratch.
		await expect(page.getByTestId('prefill-note')).toHaveText(m.journey.prefill.fromBalance);
		if (planned.confirm === 'no') await expect(page.locator('#antwoord-no')).toBeChecked();
		else {
			await expect(page.locator('#antwoord')).toBeChecked();
			await expect(page.locator('#uren')).toHaveValue(planned.confirm.hours);
			await expect(page.locator(planned.confirm.longer === 'yes' ? '#langer' : '#langer-no')).toBeChecked();
			await page.locator(planned.confirm.place === 'yes' ? '#woonplaats' : '#woonplaats-no').check();
			for (const [detail, choice] of Object.entries(planned.details ?? {}) as [keyof CareDetails, string][]) {
				const id = DETAIL_INPUT[detail];
				await page.locator(choice === 'yes' ? `#${id}` : `#${id}-${choice}`).check();
			}
		}
	});
	expect(asked.sort()).toEqual(Object.keys(j.regelingen).sort());
	await page.getByTestId('to-results').click();
	await expect(page.locator(`#regeling-${j.likely}`)).toHaveAttribute('data-verdict', 'likely');
	if (j.role === 'mantelzorger') {
		// The carer schemes lead, respite first (MANTELZORG_SCHEME_IDS).
		await expect(page.getByTestId('group-likely').locator('li[data-verdict]').first()).toHaveAttribute('id', 'regeling-respijtzorg');
		await expect(page.getByTestId('first-steps').locator('li').first()).toHaveAttribute('data-testid', 'first-step-respijtzorg');
	}
}

export async function placesJob(page: Page, lang: Lang, j: Journey) {
	const m = MESSAGES[lang];
	await openJob(page, lang, 'hulp-in-de-buurt');
	await expect(page.locator('#hw-need')).toHaveText(j.role === 'helper' ? m.places.chooseNeedThird : m.places.chooseNeed);
	await expect(page.getByTestId('need-links').getByRole('link').first()).toHaveAttribute(
		'data-testid',
		j.role === 'mantelzorger' ? 'need-mantelzorg' : 'need-money'
	);
	await expect(page.locator('[data-testid="location-chooser"][data-ready="true"]')).toBeVisible();
	if ('postcode' in j.place) {
		await page.locator('#hw-postcode').fill(digits(lang, j.place.postcode));
		await page.locator('#hw-postcode').press('Enter');
	} else {
		await page.locator('#hw-wijk').selectOption(j.place.wijk);
		await page.getByRole('button', { name: m.places.location.wijkSubmit }).click();
	}
	await expect(page.getByTestId('origin-text')).toBeFocused();
	await page.getByTestId(`need-${j.need}`).click();
	await expect(page).toHaveURL(new RegExp(`/hulp-in-de-buurt/${j.need}/$`));
	await expect(h1(page)).toBeVisible();
	await expect(page.getByTestId('place-row').first()).toBeVisible();
	await expect(page.getByTestId('place-row').first().getByTestId('distance')).toBeVisible();
	// A result page does not lead with "wis alles": the helper's hand-over waits at the overzicht.
	if (j.role === 'helper') await expect(page.getByTestId('helper-done')).toHaveCount(0);
}

export const RUN_JOB: Record<Job, (page: Page, lang: Lang, j: Journey) => Promise<void>> = {
	balance: balanceJob,
	regelingen: regelingenJob,
	places: placesJob
};

