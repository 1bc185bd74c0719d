import { chosenOption, visibleQuestions, type Answers, type QuestionId } from '$lib/balance';
import type { Flow } from './flow';

/**
 * The balance check as a flow: the base questions, with the mantelzorg module right after the
 * care question when someone cares. Only a real answer counts: a skipped question stays open, so
 * "Vul meer vragen in" and "Verder waar je was" go back to it.
 */
export const balanceFlow: Flow<QuestionId, Answers> = {
	order: visibleQuestions({ care: 'little' }),
	applying: visibleQuestions,
	answered: (answers, id) => chosenOption(answers, id) !== undefined
};
