import { isRole, type Role } from '$lib/journey/roles';
import { SessionValue } from './session-value.svelte';

export { isHelper, isMantelzorger, isRole, personKey, ROLES, type Role } from '$lib/journey/roles';

/** The role for this visit (see roles.ts), kept in sessionStorage like the answers. */
export const role = new SessionValue<Role>('role', 'self', (raw) => (isRole(raw) ? raw : null));
