import { validateAnswers, type Answers } from '$lib/regelingen';
import { SessionValue } from './session-value.svelte';

/** The regelingen answers for this visit (sessionStorage; never sent anywhere). */
export const regelingenAnswers = new SessionValue<Answers>('regelingen', {}, validateAnswers);

/** true while a question was opened with "Aanpassen" on the check page: return there after it. */
export const regelingenFromCheck = new SessionValue<boolean>('regelingenFromCheck', false, (raw) => (typeof raw === 'boolean' ? raw : null));

/** The papers ticked as ready on a scheme's page ("neem dit mee"), per scheme: kept for this visit like the answers. */
export const regelingenPapers = new SessionValue<Record<string, string[]>>('regelingenPapers', {}, (raw) =>
	raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.values(raw).every((v) => Array.isArray(v) && v.every((p) => typeof p === 'string'))
		? (raw as Record<string, string[]>)
		: null
);
