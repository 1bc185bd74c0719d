import { ANSWER_BANDS, bandOf, type Answers as BalanceAnswers, type QuestionId as BalanceQuestionId } from '$lib/balance';
import type { Answers as RegelingenAnswers } from '$lib/regelingen';
import type { Role } from './roles';

/**
 * Answers that carry over between the jobs, so nobody has to say the same thing twice. A
 * carried-over answer is only a suggestion: the question is still shown, with the answer
 * selected and "Dit had je al ingevuld bij …. Klopt het nog?"; it is saved only when the person
 * presses "Verder". Only where the two questions truly mean the same:
 *
 * | balance                          | regelingen                                         |
 * | -------------------------------- | -------------------------------------------------- |
 * | care = 'no'                      | care = null ("ik zorg niet voor iemand")           |
 * | careHours + careDuration         | care = { hoursPerWeek, longerThan3Months }         |
 *
 * - careHours is a range; regelingen asks "hoeveel uur per week ongeveer?". We suggest the
 *   range's lower bound (8, 20, 40), which keeps the "8 uur of meer" test right; 'under-8' has
 *   no honest number, so then nothing is suggested. careDuration 'under-3-months' ↔
 *   longerThan3Months false; the other durations ↔ true.
 * - The other way, hours map onto the balance ranges exactly ([0,8) under-8, [8,20) 8-20,
 *   [20,40) 20-40, 40+ over-40: each range's lower bound maps back to the same range),
 *   longerThan3Months false ↔ 'under-3-months'; true cannot pick between the three longer
 *   durations, so that is not suggested. How heavy care is ("een beetje / best veel") is not in
 *   regelingen, so the balance care question itself is only suggested for "no care".
 * - NOT carried over, on purpose: balance "zorgen over geld" ↔ regelingen hasDebts (money
 *   worries are not debts, and no money worries does not mean no debts); living situation and
 *   children (the balance check does not ask them; they stay within regelingen).
 * - A mantelzorger (role) who answered "no care" in the balance check gets no suggestion for
 *   care: the two disagree, so the question is asked plainly.
 */
export type JobId = 'balance' | 'regelingen';

/** Each hours band by its lower bound; 'under-8' has no honest number, so it is left out. */
const HOURS_LOWER_BOUND: Record<string, number | undefined> = Object.fromEntries(
	ANSWER_BANDS.careHours.bands.filter((b) => b.from > 0).map((b) => [b.value, b.from])
);
/** Longer than 3 months: every duration band from 3 months up. */
const LONGER: Record<string, boolean | undefined> = Object.fromEntries(ANSWER_BANDS.careDuration.bands.map((b) => [b.value, b.from >= 3]));

export function prefillRegelingen(balance: BalanceAnswers, role: Role): Partial<RegelingenAnswers> {
	const out: Partial<RegelingenAnswers> = {};
	if (balance.care === 'no') {
		if (role !== 'mantelzorger') out.care = null;
		return out;
	}
	const hours = HOURS_LOWER_BOUND[balance.careHours ?? ''];
	const longer = LONGER[balance.careDuration ?? ''];
	if (balance.care !== undefined && balance.care !== 'skipped' && hours !== undefined && longer !== undefined) {
		out.care = { hoursPerWeek: hours, longerThan3Months: longer, caredForInDordrecht: null };
	}
	return out;
}

/** The balance range that holds a number of hours a week. */
export function hoursRange(hours: number): string {
	return bandOf('careHours', hours);
}

export function prefillBalance(regelingen: RegelingenAnswers): Partial<Record<BalanceQuestionId, string>> {
	const care = regelingen.care;
	if (care === undefined) return {};
	if (care === null) return { care: 'no' };
	const out: Partial<Record<BalanceQuestionId, string>> = { careHours: hoursRange(care.hoursPerWeek) };
	if (!care.longerThan3Months) out.careDuration = 'under-3-months';
	return out;
}

