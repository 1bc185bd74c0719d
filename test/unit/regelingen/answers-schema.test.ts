import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/lib/regelingen/answers';
import { householdSchema } from '../../../src/lib/regelingen/household-schema';
import { QUESTION_ORDER } from '../../../src/lib/regelingen/question-order';

/**
 * The browser reads stored answers back with the small hand-written check in answers.ts (zod/mini
 * would add about 6 KB gzip to every page, see README "Validation"); the one shape is the zod
 * householdSchema. This keeps the two in step: per field, the same values pass.
 */
const SAMPLES: unknown[] = [
	true, false, null, undefined, 0, -1, 7, 17.5, 18, 30, 31, 67, 120, 121, 168, 169, 1200, 1201, 100000, 100001, Number.NaN, '', 'yes', 'bijstand',
	[], [0], [4, 9], [17.5], [31], [18, 40], [17], ['bijstand'], ['bijstand', 'bijstand'], ['Bad id'], Array.from({ length: 21 }, () => 5),
	{ hoursPerWeek: 10, longerThan3Months: true, caredForInDordrecht: null }, { hoursPerWeek: 10, longerThan3Months: true, caredForInDordrecht: true },
	{ hoursPerWeek: 200, longerThan3Months: true, caredForInDordrecht: null }, { hoursPerWeek: 10, longerThan3Months: true },
	{ hoursPerWeek: 10, months: 6 }, { hoursPerWeek: 10, months: 6, extra: 1 }, { hoursPerWeek: -1, months: 6 }
];

describe('the hand-written answer check and householdSchema', () => {
	it('accept the same values, field by field', () => {
		const differ: string[] = [];
		for (const field of QUESTION_ORDER) {
			const schema = householdSchema.shape[field];
			for (const value of SAMPLES) {
				if (value === undefined) continue;
				const byHand = field in (validateAnswers({ [field]: value }) ?? {});
				const byZod = schema.safeParse(value).success;
				if (byHand !== byZod) differ.push(`${field} ${JSON.stringify(value)}: by hand ${byHand}, zod ${byZod}`);
			}
		}
		expect(differ).toEqual([]);
	});
});
