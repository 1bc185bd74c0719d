import { groupHints, neededQuestions, QUESTION_ORDER, screen, splitReceived, toHousehold, type Answers, type Hint, type QuestionId } from '$lib/regelingen';
import { orderHints } from './ordering';
import type { Role } from './roles';
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

/** The hints for this visit's answers, or null while the questions are not answered yet. */
export function hintsFor(answers: Answers, on: Date = new Date()): Hint[] | null {
	const household = toHousehold(answers);
	return household ? screen(household, on) : null;
}

/**
 * The result as a short list: what is likely, what to ask about ("maybe", and "we can't say yet"
 * when every deciding answer was "weet ik niet"), what the household already gets, what is unlikely.
 * Each group most valuable first; a mantelzorger sees the carer schemes first.
 */
export interface ResultList {
	likely: Hint[];
	maybe: Hint[];
	received: Hint[];
	unlikely: Hint[];
}

export function resultList(hints: readonly Hint[], role: Role): ResultList {
	const { received, open } = splitReceived(hints);
	const groups = groupHints(open);
	return {
		likely: orderHints(groups.likely, role),
		maybe: orderHints([...groups.maybe, ...groups.unknown], role),
		received,
		unlikely: groups.unlikely
	};
}

/** "Wat je nu kunt doen": the one or two schemes to apply for first, the likely ones before the maybes. */
export function firstSteps(list: ResultList, howMany = 2): Hint[] {
	return [...list.likely, ...list.maybe].slice(0, howMany);
}
