import normsData from '../data/norms.json';
import type { SchemeId } from './schemes-schema';

/**
 * AOW age in whole years as it stands now (AOW art. 7a, sourced in norms.json). From 2028 it is
 * 67 years and 3 months: `aowAgeOn` gives the age for a screening date.
 */
export const AOW_AGE_YEARS: number = normsData.aowAge.years;

/**
 * The AOW age on a day ("YYYY-MM-DD") as a number of years (67.25 = 67 years and 3 months).
 * The app asks ages in whole years, so someone of 67 counts as below an AOW age of 67.25:
 * whether they reached it depends on their birthday, and the hint then errs on the safe side.
 */
export function aowAgeOn(day: string): number {
	let years = normsData.aowAge.years;
	let months = normsData.aowAge.months;
	for (const step of normsData.aowAge.later) {
		if (step.from > day) continue;
		years = step.years;
		months = step.months;
	}
	return years + months / 12;
}

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
	/** Schemes the household already gets: marked as received, never advised again. */
	alreadyReceives: SchemeId[];
	/** Lives in a home they own (no huurtoeslag; the equity has its own allowance in bijstand). */
	ownsHome: boolean | null;
	/** Ages of the other people of 18 or older in the home: not the partner, not the children listed. */
	otherAdults: number[];
	/** Gets studiefinanciering or a WTOS allowance (then bijstand is not the way; studietoeslag may be). */
	studentFinance: boolean | null;
}

/**
 * Caring for someone; `caredForInDordrecht`: whether the person cared for lives in Dordrecht.
 * `dementia` (dementia or memory problems) and `helpAtHome` (already gets help at home) are about
 * the person cared for too, optional on the care page; absent or null = not known.
 */
export interface CareAnswer {
	hoursPerWeek: number;
	longerThan3Months: boolean;
	caredForInDordrecht: boolean | null;
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
	const belowAow = age === undefined || age < aowAge;
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
			case 'otherAdults':
				// Only the kostendelersnorm (bijstand, AIO) uses them, and only from 21 (Pw art. 22a).
				return age === undefined || age >= 21;
			case 'rentPerMonth':
				return partial.ownsHome !== true;
			case 'studentFinance':
				// Decides bijstand (a student is not a bijstand case) and the studietoeslag; both below AOW age.
				return belowAow && (age === undefined || age >= 16);
			case 'studentWithDisability':
				// Individuele studietoeslag (Pw art. 36b): only for someone with studiefinanciering or WTOS.
				return belowAow && (age === undefined || age >= 16) && partial.studentFinance !== false && partial.studentFinance !== null;
			case 'childcare':
				return partial.children === undefined || partial.children.length > 0;
			default:
				return true;
		}
	});
}
