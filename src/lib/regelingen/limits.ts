/**
 * What a real household can answer, one place for every check of it: the question pages
 * (answer-input.ts), answers read back from storage (answers.ts) and householdSchema. The error
 * messages get these numbers as {{min}} / {{max}}, so what they say is what is checked.
 *
 * - age, partnerAge 16–120: the schemes start at 18 or 21; someone of 16 or 17 running their own
 *   household still gets an honest "unlikely", a younger age is a typing slip (0 for 40).
 * - childAge 0–30 and at most 20 children (and 20 other adults, 18 and over): an adult child who
 *   lives at home counts; 20 is far above any household the schemes are made for, and the limit
 *   is said when it is passed.
 * - hoursPerWeek: "yes" with 0 hours is a contradiction (then the answer is "no"); a week has 168.
 * - volunteeringMonths 0–720 (60 years): the premium needs 6 months; anyone who has done it even
 *   longer can fill in 720, which changes nothing in the outcome.
 */
export const LIMITS = {
	age: { min: 16, max: 120 },
	childAge: { min: 0, max: 30 },
	/** The other adults in the home (kostendelers): 18 and over. */
	adultAge: { min: 18, max: 120 },
	children: { max: 20 },
	otherAdults: { max: 20 },
	hoursPerWeek: { max: 168 },
	volunteeringMonths: { min: 0, max: 720 }
} as const;

/** More than 0 and at most a whole week: hours for "yes, I care for someone / volunteer". */
export function plausibleHours(hours: number): boolean {
	return Number.isFinite(hours) && hours > 0 && hours <= LIMITS.hoursPerWeek.max;
}
