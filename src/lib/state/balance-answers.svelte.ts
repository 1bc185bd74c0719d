import { parseAnswers, type Answers } from '$lib/balance';
import { SessionValue } from './session-value.svelte';

/**
 * The balance check's answers for this visit (question id → option value or 'skipped').
 * Read back through parseAnswers, so anything we did not write is dropped, not trusted.
 */
export const balanceAnswers = new SessionValue<Answers>('balance', {}, parseAnswers);
