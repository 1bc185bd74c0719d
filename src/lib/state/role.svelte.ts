import { SessionValue } from './session-value.svelte';

/**
 * Who is filling in: the person themselves, or a volunteer/family member helping someone.
 * In 'helper' mode every question speaks about "de persoon die je helpt" (the *Third message
 * keys). Shared by all three jobs, so the choice is made once per visit.
 */
export type Role = 'self' | 'helper';

export const role = new SessionValue<Role>('role', 'self', (raw) => (raw === 'self' || raw === 'helper' ? raw : null));

/** Picks the first- or third-person variant of a message key: 'x.title' → 'x.titleThird'. */
export function personKey(key: string, current: Role): string {
	return current === 'helper' ? `${key}Third` : key;
}
