import type { Page } from '@playwright/test';
import { ALL_QUESTIONS } from '../../../src/lib/balance/questions';

/** Answers put straight into the visit's sessionStorage, to open a result page with content. */
/** Heavy on every weight, weak on every strength: out of balance, safety net, all circles. */
export const heavyBalance = Object.fromEntries(
	ALL_QUESTIONS.map((q) => {
		const sorted = q.options.filter((o) => o.points !== null).sort((a, b) => (a.points ?? 0) - (b.points ?? 0));
		const pick = q.side === 'draaglast' ? sorted[sorted.length - 1] : sorted[0];
		return [q.id, pick?.value ?? ''];
	})
);

/** A single parent in Dordrecht on a low income, renting: several likely schemes with amounts. */
export const lowIncomeHousehold = {
	livesInDordrecht: true,
	age: 34,
	partner: false,
	children: [6, 10],
	netMonthlyIncome: 1400,
	savingsAboveLimit: false,
	rentPerMonth: 750,
	hasDebts: false,
	care: null,
	volunteering: null,
	childcare: false,
	studentWithDisability: false,
	alreadyReceives: [],
	ownsHome: false,
	otherAdults: [],
	studentFinance: false
};

export async function seed(page: Page, values: Record<string, unknown>) {
	await page.addInitScript((v) => {
		for (const [key, value] of Object.entries(v)) sessionStorage.setItem(`hulpwijzer:${key}`, JSON.stringify(value));
	}, values);
}

