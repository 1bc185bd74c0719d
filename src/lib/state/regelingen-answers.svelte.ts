import { validateAnswers, type Answers } from '$lib/regelingen';
import { SessionValue } from './session-value.svelte';

/** The regelingen answers for this visit (sessionStorage; never sent anywhere). */
export const regelingenAnswers = new SessionValue<Answers>('regelingen', {}, validateAnswers);

/** true while a question was opened with "Aanpassen" on the check page: return there after it. */
export const regelingenFromCheck = new SessionValue<boolean>('regelingenFromCheck', false, (raw) => (typeof raw === 'boolean' ? raw : null));
