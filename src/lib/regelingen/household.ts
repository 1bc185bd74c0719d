import normsData from '../data/norms.json';

/**
 * AOW age in years. GAP: the facts file has no AOW age, so norms.json holds a placeholder (67)
 * with a `gap` note instead of a source; change it there, not here.
 */
export const AOW_AGE_YEARS: number = normsData.aowAge.years;

/**
 * The answers of the regelingen questions. Money is euro per month; `null` means "I don't know"
 * (or, for rent/care/volunteering, "not applicable"). Income is the whole household's net income
 * WITHOUT holiday pay and WITHOUT toeslagen, kinderbijslag and kindgebonden budget: that is the
 * income the minimabeleid counts (see README). The zod schema that checks this shape lives in
 * household-schema.ts, so pages can use this module without loading zod.
 */
export interface Household {
	livesInDordrecht: boolean;
	age: number;
	partner: boolean;
	partnerAge: number | null;
	children: number[];
	netMonthlyIncome: number | null;
	savingsAboveLimit: boolean | null;
	rentPerMonth: number | null;
	hasDebts: boolean | null;
	care: CareAnswer | null;
	volunteering: { hoursPerWeek: number; months: number } | null;
	fullAow: boolean | null;
	childcare: boolean;
	studentWithDisability: boolean;
}

/**
 * Caring for someone. `dementia` (dementia or memory problems) and `helpAtHome` (already gets help
 * at home) are about the person cared for, asked only on the care page; absent or null = not known.
 */
export interface CareAnswer {
	hoursPerWeek: number;
	longerThan3Months: boolean;
	dementia?: boolean | null;
	helpAtHome?: boolean | null;
}

export type QuestionId = keyof Household;

export type HouseholdType = 'single' | 'singleParent' | 'couple';

/** Children living at home who still count as children for the norms (under 18). */
export function householdType(h: Household): HouseholdType {
	if (h.partner) return 'couple';
	return h.children.some((age) => age < 18) ? 'singleParent' : 'single';
}

/** Number of people in the household: the person, a partner and the children at home. */
export function householdSize(h: Household): number {
	return 1 + (h.partner ? 1 : 0) + h.children.length;
}

export { QUESTION_ORDER } from './question-order';
import { QUESTION_ORDER } from './question-order';

/**
 * Which questions still matter, given what is known so far, so the UI can skip the rest.
 */
export function neededQuestions(partial: Partial<Household>, aowAge: number = AOW_AGE_YEARS): QuestionId[] {
	const age = partial.age;
	const atAow = (age !== undefined && age >= aowAge) || (partial.partnerAge != null && partial.partnerAge >= aowAge);
	return QUESTION_ORDER.filter((q) => {
		switch (q) {
			case 'partnerAge':
				return partial.partner !== false;
			case 'fullAow':
				// Only the AIO-aanvulling asks about a full AOW, and only from AOW age.
				return age === undefined || atAow;
			case 'volunteering':
				// The Ik-doe-mee-premie is for 18 up to AOW age.
				return age === undefined || (age >= 18 && age < aowAge);
			case 'studentWithDisability':
				// Individuele studietoeslag: students from 18 (Drechtsteden), so not from AOW age.
				return age === undefined || (age >= 15 && age < aowAge);
			case 'childcare':
				return partial.children === undefined || partial.children.length > 0;
			default:
				return true;
		}
	});
}
