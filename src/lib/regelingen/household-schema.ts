import { z } from 'zod';
import type { Household } from './household';

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
				dementia: z.boolean().nullable().optional(),
				helpAtHome: z.boolean().nullable().optional()
			})
			.strict()
			.nullable(),
		volunteering: z.object({ hoursPerWeek: z.number().min(0).max(168, 'volunteering.hoursPerWeek: at most 168'), months: z.number().min(0).max(1200) }).nullable(),
		fullAow: z.boolean().nullable(),
		childcare: z.boolean(),
		studentWithDisability: z.boolean()
	})
	.strict()
	.refine((h) => h.partner || h.partnerAge === null, { message: 'partnerAge: only when there is a partner', path: ['partnerAge'] });

/** Keeps the hand-written Household type and the schema in step (a type error when they drift). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<z.infer<typeof householdSchema>, Household> = true;
void inStep;
