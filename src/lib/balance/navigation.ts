/**
 * Moving through the balance check: which question comes next or before, "Vraag 3 van 12",
 * where to send someone who opens a question that does not apply to them, and reading saved
 * answers back safely. Pure functions, so the pages stay thin and this is unit tested.
 */
import { ALL_QUESTIONS, BASE_QUESTIONS, MANTELZORG_QUESTIONS, chosenOption, mantelzorgRecognition, visibleQuestions } from './questions';
import type { Answers, QuestionId } from './types';
import { SKIPPED } from './types';

const IDS: ReadonlySet<string> = new Set(ALL_QUESTIONS.map((q) => q.id));
const FIRST_MODULE_QUESTION = MANTELZORG_QUESTIONS[0]?.id;

export function isQuestionId(value: string): value is QuestionId {
	return IDS.has(value);
}

/** The first question of the check. */
export const FIRST_QUESTION: QuestionId = BASE_QUESTIONS[0]?.id ?? 'money';

/**
 * Reads answers back from storage. Anything we did not write is dropped: unknown question
 * ids, values that are not one of the question's options (or 'skipped'). Not an object → null.
 */
export function parseAnswers(raw: unknown): Answers | null {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const answers: Answers = {};
	for (const q of ALL_QUESTIONS) {
		const value = (raw as Record<string, unknown>)[q.id];
		if (typeof value !== 'string') continue;
		if (value === SKIPPED || q.options.some((o) => o.value === value)) answers[q.id] = value;
	}
	return answers;
}

/** The list the person walks through; when the question itself is not in it, the list with the mantelzorg module. */
function listFor(answers: Answers, id: QuestionId): QuestionId[] {
	const visible = visibleQuestions(answers);
	return visible.includes(id) ? visible : visibleQuestions({ ...answers, care: 'little' });
}

/** "Vraag {current} van {total}": the total follows the questions that apply right now. */
export function questionPosition(answers: Answers, id: QuestionId): { current: number; total: number } {
	const list = listFor(answers, id);
	return { current: list.indexOf(id) + 1, total: list.length };
}

/** The question after this one, or null when this was the last (then the result follows). */
export function nextQuestion(answers: Answers, id: QuestionId): QuestionId | null {
	const list = listFor(answers, id);
	return list[list.indexOf(id) + 1] ?? null;
}

/** The question before this one, or null for the first (then back goes to the start page). */
export function previousQuestion(answers: Answers, id: QuestionId): QuestionId | null {
	const list = listFor(answers, id);
	return list[list.indexOf(id) - 1] ?? null;
}

/**
 * Where to go instead when a question does not apply (only mantelzorg questions can be
 * hidden): to the care question while it is unanswered, since it decides whether they apply;
 * otherwise to the question that follows the care question. Null when the question applies.
 */
export function redirectTarget(answers: Answers, id: QuestionId): QuestionId | null {
	const visible = visibleQuestions(answers);
	if (visible.includes(id)) return null;
	if (answers.care === undefined) return 'care';
	return visible[visible.indexOf('care') + 1] ?? null;
}

/** The first question that applies and has no real answer (skipped or not reached), or null. */
export function firstUnanswered(answers: Answers): QuestionId | null {
	return visibleQuestions(answers).find((id) => chosenOption(answers, id) === undefined) ?? null;
}

/**
 * A short notice above a mantelzorg question: the module's introduction on its first question,
 * and "wat je doet heet mantelzorg" once, on the question right after the answer that first
 * meets the definition (hours on careDuration, or duration on careHeaviness).
 */
export function mantelzorgNotice(answers: Answers, id: QuestionId): 'intro' | 'recognition' | null {
	if (id === FIRST_MODULE_QUESTION) return 'intro';
	if (id === 'careDuration') return mantelzorgRecognition(answers) ? 'recognition' : null;
	if (id === 'careHeaviness') {
		const byHoursAlone = mantelzorgRecognition({ ...answers, careDuration: SKIPPED });
		return mantelzorgRecognition(answers) && !byHoursAlone ? 'recognition' : null;
	}
	return null;
}
