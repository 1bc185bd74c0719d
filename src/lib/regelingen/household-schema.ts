import { z } from 'zod';
import type { Household } from './household';
import { LIMITS } from './limits';
import { SCHEME_IDS } from './schemes-schema';

const { age, childAge, adultAge, children, otherAdults, hoursPerWeek, volunteeringMonths: months } = LIMITS;
/** Hours a week after "yes": more than 0 (0 hours is the answer "no"), at most a whole week. */
const hours = (field: string) => z.number().gt(0, `${field}: more than 0 (0 hours is the answer no)`).max(hoursPerWeek.max, `${field}: at most ${hoursPerWeek.max}`);

/**
 * Checks a Household (see household.ts for what each field means). Used by the tests, the data
 * report and anything that reads answers from outside; never imported by pages (zod stays out of
 * the client bundle).
 */
export const householdSchema = z
	.object({
		livesInDordrecht: z.boolean({ error: 'livesInDordrecht: answer yes or no' }),
		age: z.number({ error: 'age: a number of years' }).int('age: whole years').min(age.min, `age: ${age.min} or more`).max(age.max, `age: ${age.max} or less`),
		partner: z.boolean({ error: 'partner: answer yes or no' }),
		partnerAge: z.number().int('partnerAge: whole years').min(age.min, `partnerAge: ${age.min} or more`).max(age.max).nullable(),
		children: z
			.array(z.number().int('children: ages in whole years').min(childAge.min, `children: age ${childAge.min} or more`).max(childAge.max, `children: age ${childAge.max} or less`))
			.max(children.max, `children: at most ${children.max}`),
		netMonthlyIncome: z.number().min(0, 'netMonthlyIncome: 0 or more').max(100000, 'netMonthlyIncome: at most 100000 per month').nullable(),
		savingsAboveLimit: z.boolean().nullable(),
		rentPerMonth: z.number().min(0, 'rentPerMonth: 0 or more').max(100000, 'rentPerMonth: at most 100000').nullable(),
		hasDebts: z.boolean().nullable(),
		care: z.strictObject({ hoursPerWeek: hours('care.hoursPerWeek'), longerThan3Months: z.boolean(), caredForInDordrecht: z.boolean().nullable(), dementia: z.boolean().nullable().optional(), helpAtHome: z.boolean().nullable().optional() }).nullable(),
		volunteering: z.strictObject({ hoursPerWeek: hours('volunteering.hoursPerWeek'), months: z.number().int().min(months.min).max(months.max, `volunteering.months: at most ${months.max}`) }).nullable(),
		fullAow: z.boolean().nullable(),
		childcare: z.boolean(),
		studentWithDisability: z.boolean(),
		alreadyReceives: z
			.array(z.enum(SCHEME_IDS, { error: 'alreadyReceives: known scheme ids only' }))
			.max(SCHEME_IDS.length)
			.refine((ids) => new Set(ids).size === ids.length, 'alreadyReceives: each scheme once'),
		ownsHome: z.boolean().nullable(),
		otherAdults: z
			.array(z.number().int('otherAdults: ages in whole years').min(adultAge.min, `otherAdults: ${adultAge.min} or older`).max(adultAge.max, `otherAdults: ${adultAge.max} or less`))
			.max(otherAdults.max, `otherAdults: at most ${otherAdults.max}`),
		studentFinance: z.boolean().nullable()
	})
	.strict()
	.refine((h) => h.partner || h.partnerAge === null, { message: 'partnerAge: only when there is a partner', path: ['partnerAge'] })
	.refine((h) => h.ownsHome !== true || h.rentPerMonth === null, { message: 'rentPerMonth: not for a home owner', path: ['rentPerMonth'] });

/** Keeps the hand-written Household type and the schema in step (a type error when they drift). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<z.infer<typeof householdSchema>, Household> = true;
void inStep;
