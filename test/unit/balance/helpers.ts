import { BASE_QUESTIONS, MANTELZORG_QUESTIONS, questionById } from '../../../src/lib/balance/questions';
import type { Answers, QuestionId } from '../../../src/lib/balance/types';

export { seededRandom } from '../../support/prng';

/** The option value with the given points on a question (first match). */
export function valueWithPoints(id: QuestionId, points: number): string {
	const option = questionById(id).options.find((o) => o.points === points);
	if (!option) throw new Error(`${id} has no option with ${points} points`);
	return option.value;
}

/** Every base question answered: draaglast questions with `burden` points, draagkracht with `strength`. */
export function uniform(burden: number, strength: number, mantelzorgBurden?: number): Answers {
	const answers: Answers = {};
	for (const q of BASE_QUESTIONS) answers[q.id] = valueWithPoints(q.id, q.side === 'draaglast' ? burden : strength);
	if (mantelzorgBurden !== undefined) for (const q of MANTELZORG_QUESTIONS) answers[q.id] = valueWithPoints(q.id, mantelzorgBurden);
	return answers;
}

/** A random answer set: every question (base and mantelzorg) answered, skipped or absent. */
export function randomAnswers(rand: () => number, skipChance = 0.15): Answers {
	const answers: Answers = {};
	for (const q of [...BASE_QUESTIONS, ...MANTELZORG_QUESTIONS]) {
		const r = rand();
		if (r < skipChance) answers[q.id] = 'skipped';
		else if (r < skipChance * 1.3) continue;
		else answers[q.id] = q.options[Math.floor(rand() * q.options.length)]!.value;
	}
	return answers;
}
