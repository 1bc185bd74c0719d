import { z } from 'zod';
import type { Household } from './household';
import { SCHEME_IDS } from './schemes-schema';

/**
 * Checks a Household (see household.ts for what each field means). Used by the tests, the data
 * report and anything that reads answers from outside; never imported by pages (zod stays out of
 * the client bundle).
 */
export const householdSchema = z
	.object({
		livesInDordrecht: z.boolean({ error: 'livesInDordrecht: answer yes or no' }),
		age: z.number({ error: 'age: a number of years' }).int('age: whole years').min(0, 'age: 0 or more').max(120, 'age: 120 or less'),
		partner: z.boolean({ error: 'partner: answer yes or no' }),
		partnerAge: z.number().int('partnerAge: whole years').min(0).max(120).nullable(),
		children: z.array(z.number().int('children: ages in whole years').min(0, 'children: age 0 or more').max(30, 'children: age 30 or less')).max(20, 'children: at most 20'),
		netMonthlyIncome: z.number().min(0, 'netMonthlyIncome: 0 or more').max(100000, 'netMonthlyIncome: at most 100000 per month').nullable(),
		savingsAboveLimit: z.boolean().nullable(),
		rentPerMonth: z.number().min(0, 'rentPerMonth: 0 or more').max(100000, 'rentPerMonth: at most 100000').nullable(),
		hasDebts: z.boolean().nullable(),
		care: z
			.object({
				hoursPerWeek: z.number().min(0).max(168, 'care.hoursPerWeek: at most 168'),
				longerThan3Months: z.boolean(),
				caredForInDordrecht: z.boolean().nullable(),
				dementia: z.boolean().nullable().optional(),
				helpAtHome: z.boolean().nullable().optional()
			})
			.strict()
			.nullable(),
		volunteering: z.object({ hoursPerWeek: z.number().min(0).max(168, 'volunteering.hoursPerWeek: at most 168'), months: z.number().min(0).max(1200) }).nullable(),
		fullAow: z.boolean().nullable(),
		childcare: z.boolean(),
		studentWithDisability: z.boolean(),
		alreadyReceives: z.array(z.enum(SCHEME_IDS, { error: 'alreadyReceives: known scheme ids only' })).max(SCHEME_IDS.length),
		ownsHome: z.boolean().nullable(),
		otherAdults: z.array(z.number().int('otherAdults: ages in whole years').min(18, 'otherAdults: 18 or older').max(120, 'otherAdults: 120 or less')).max(20, 'otherAdults: at most 20'),
		studentFinance: z.boolean().nullable()
	})
	.strict()
	.refine((h) => h.partner || h.partnerAge === null, { message: 'partnerAge: only when there is a partner', path: ['partnerAge'] })
	.refine((h) => h.ownsHome !== true || h.rentPerMonth === null, { message: 'rentPerMonth: not for a home owner', path: ['rentPerMonth'] });

/** Keeps the hand-written Household type and the schema in step (a type error when they drift). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<z.infer<typeof householdSchema>, Household> = true;
void inStep;
