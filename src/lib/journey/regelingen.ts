import { neededQuestions, QUESTION_ORDER, type Answers, type QuestionId } from '$lib/regelingen';
import { firstOpen, next, type Flow } from './flow';

/**
 * The regelingen check as a flow: the household questions that still matter given the answers
 * so far. Every answer counts, also "weet ik niet" (null): only a missing key is open.
 */
export const regelingenFlow: Flow<QuestionId, Answers> = {
	order: QUESTION_ORDER,
	applying: (answers) => neededQuestions(answers),
	answered: (answers, id) => id in answers
};

/**
 * After answering `id`: the next question, or null for the check page. Opened from the check
 * page ("Aanpassen"), back there, unless the new answer opened a question that is still open
 * (e.g. "partner: ja" asks the partner's age).
 */
export function regelingenAfter(answers: Answers, id: QuestionId, fromCheck: boolean): QuestionId | null {
	return fromCheck ? firstOpen(regelingenFlow, answers) : next(regelingenFlow, answers, id);
}
