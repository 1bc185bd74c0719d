import { SessionValue } from '$lib/state/session-value.svelte';
import { validateAnswers, type Answers } from './answers';

/** The regelingen answers for this visit (sessionStorage; never sent anywhere). */
export const answers = new SessionValue<Answers>('regelingen', {}, validateAnswers);

/** true while a question was opened with "Aanpassen" on the check page: return there after it. */
export const fromCheck = new SessionValue<boolean>('regelingenFromCheck', false, (raw) => (typeof raw === 'boolean' ? raw : null));
