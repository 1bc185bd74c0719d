import { z } from 'zod/mini';
import { parseAnswers } from '$lib/balance';
import { validateAnswers } from '$lib/regelingen';
import { EMPTY_PLACES_SESSION, restorePlacesSession } from '$lib/places';
import { KEPT_VERSION, migrateV1, type KeptState, type KeptStateV1, type ReadResult } from './stored';

// The CSP forbids eval: zod's fast path compiles code with new Function, so switch it off
// BEFORE any schema is made. Only loaded lazily (see keep.svelte.ts), never on the start page.
z.config({ jitless: true });

const common = {
	balance: z.record(z.string(), z.string()),
	regelingen: z.record(z.string(), z.unknown()),
	places: z.unknown()
};
const v1 = z.object({ version: z.literal(1), role: z.enum(['self', 'helper']), ...common });
const v2 = z.object({ version: z.literal(KEPT_VERSION), id: z.optional(z.string()), role: z.enum(['self', 'mantelzorger', 'helper']), ...common });
const versioned = z.object({ version: z.number() });

/**
 * Reads back what was kept. The envelope is checked with zod; each job's answers then go through
 * that job's own validator, which drops fields that do not fit. Wrong JSON, a wrong shape or a
 * version we do not know: not ok (the caller discards it and tells the person calmly).
 */
export function readKept(text: string): ReadResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'json' };
	}
	const version = versioned.safeParse(raw);
	if (!version.success) return { ok: false, reason: 'shape' };
	let state: KeptState;
	if (version.data.version === 1) {
		const old = v1.safeParse(raw);
		if (!old.success) return { ok: false, reason: 'shape' };
		// The answers inside are checked below by each job's own validator.
		state = migrateV1(old.data as unknown as KeptStateV1);
	} else if (version.data.version === KEPT_VERSION) {
		const now = v2.safeParse(raw);
		if (!now.success) return { ok: false, reason: 'shape' };
		state = { ...now.data, version: 2 } as unknown as KeptState;
	} else {
		return { ok: false, reason: 'version' };
	}
	return {
		ok: true,
		state: {
			version: 2,
			...(state.id === undefined ? {} : { id: state.id }),
			role: state.role,
			balance: parseAnswers(state.balance) ?? {},
			regelingen: validateAnswers(state.regelingen) ?? {},
			places: restorePlacesSession(state.places) ?? EMPTY_PLACES_SESSION
		}
	};
}
