import type { QuestionId } from './household';

// Apart from household.ts (which reads the norms data), so tests and tools can list the
// questions without loading any data file.
/** All questions, in the order the UI asks them. */
export const QUESTION_ORDER: readonly QuestionId[] = [
	'livesInDordrecht',
	'age',
	'partner',
	'partnerAge',
	'children',
	'otherAdults',
	'netMonthlyIncome',
	'alreadyReceives',
	'savingsAboveLimit',
	'ownsHome',
	'rentPerMonth',
	'hasDebts',
	'care',
	'volunteering',
	'fullAow',
	'childcare',
	'studentFinance',
	'studentWithDisability'
];
