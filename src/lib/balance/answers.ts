import { ALL_QUESTIONS } from './questions';
import type { Answers } from './types';
import { SKIPPED } from './types';

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
