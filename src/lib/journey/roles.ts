import type { Translate } from '../i18n/translator';

/**
 * Who is filling in, chosen once on the home page (and changeable on every job's start page):
 * - 'self': the person themselves;
 * - 'mantelzorger': the person themselves, who cares for someone: same first-person wording,
 *   but mantelzorg support is shown first in every job;
 * - 'helper': a volunteer or family member filling in with someone: every question speaks about
 *   "de persoon die je helpt" (the *Third message keys).
 * Shared by all three jobs. Changing it never touches the answers. Pure: the logic (ordering,
 * summary) uses it without Svelte; the live value is in role.svelte.ts.
 */
export type Role = 'self' | 'mantelzorger' | 'helper';

export const ROLES: readonly Role[] = ['self', 'mantelzorger', 'helper'];

export function isRole(raw: unknown): raw is Role {
	return typeof raw === 'string' && (ROLES as readonly string[]).includes(raw);
}

/** True when someone fills in for another person (third-person wording, "wis alles voor de volgende persoon"). */
export function isHelper(current: Role): boolean {
	return current === 'helper';
}

/** True when mantelzorg support should come first. */
export function isMantelzorger(current: Role): boolean {
	return current === 'mantelzorger';
}

/** Picks the first- or third-person variant of a message key: 'x.title' → 'x.titleThird'. A mantelzorger speaks for themselves. */
export function personKey(key: string, current: Role): string {
	return isHelper(current) ? `${key}Third` : key;
}

/** A translator that words what is about the person for this role (personKey on every key). */
export function personWords(t: Translate, current: Role): Translate {
	return (key, values) => t(personKey(key, current), values);
}
