import type { Answers as BalanceAnswers } from '$lib/balance';
import type { Answers as RegelingenAnswers } from '$lib/regelingen';
import type { PlacesSession } from '$lib/places';
import type { Role } from '$lib/journey/roles';

/**
 * What "bewaar op deze telefoon" keeps in localStorage, under one key. Pure types and the
 * migration; the zod check that reads it back lives in stored-schema.ts and is only loaded when
 * something is stored or the person taps "bewaar" (it must not weigh on the start page).
 *
 * Version 1: role 'self' | 'helper' (before the mantelzorger role existed), same answers.
 * Version 2: role 'self' | 'mantelzorger' | 'helper'.
 */
export const KEPT_KEY = 'hulpwijzer:kept';
export const KEPT_VERSION = 2;

export interface KeptStateV1 {
	version: 1;
	role: 'self' | 'helper';
	balance: BalanceAnswers;
	regelingen: RegelingenAnswers;
	places: PlacesSession;
}

export interface KeptState {
	version: 2;
	/** Which keeping this copy belongs to (see keptId in keep.svelte.ts); absent in copies kept before it existed. */
	id?: string;
	role: Role;
	balance: BalanceAnswers;
	regelingen: RegelingenAnswers;
	places: PlacesSession;
}

/** Version 1 → 2: nothing is lost; a v1 role is still a valid v2 role. */
export function migrateV1(old: KeptStateV1): KeptState {
	return { version: 2, role: old.role, balance: old.balance, regelingen: old.regelingen, places: old.places };
}

export type ReadResult = { ok: true; state: KeptState } | { ok: false; reason: 'json' | 'shape' | 'version' };
