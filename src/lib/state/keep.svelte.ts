import { browser } from '$app/environment';
import { balanceAnswers } from './balance-answers.svelte';
import { regelingenAnswers } from './regelingen-answers.svelte';
import { placesSession } from './places.svelte';
import { role } from './role.svelte';
import { KEPT_KEY, KEPT_VERSION, type KeptState } from './stored';

/**
 * "Bewaar op deze telefoon": off by default (answers live for the visit only). When on, all job
 * answers, the role and the place origin are mirrored to localStorage and read back on the next
 * visit through stored-schema.ts (zod, loaded only then). Two notices for the layout, each
 * shown only on the page where it happened, so it does not follow the person around:
 * `corruptAt` (could not read what was kept) and `wipedAt` ("Alles is gewist").
 */
export const keep: { on: boolean; corruptAt: string | null; wipedAt: string | null } = $state({ on: false, corruptAt: null, wipedAt: null });

/** The current state as it is kept. */
export function snapshot(): KeptState {
	return {
		version: KEPT_VERSION,
		role: role.current,
		balance: $state.snapshot(balanceAnswers.current),
		regelingen: $state.snapshot(regelingenAnswers.current),
		places: $state.snapshot(placesSession.current)
	};
}

/**
 * Which kept copy this tab mirrors: a random id made when keeping starts, stored with the copy
 * and taken over by a tab that reads it back. A tab writes only while localStorage still holds
 * its own id. When another tab wiped (the copy is gone) or a new person started keeping there
 * (another id), this tab stops keeping instead of writing the last person's answers back.
 */
let keptId: string | null = null;

const newKeptId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function storedKeptId(): string | null {
	try {
		const raw: unknown = JSON.parse(localStorage.getItem(KEPT_KEY) ?? 'null');
		return typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
	} catch {
		return null;
	}
}

function store(state: KeptState): void {
	try {
		localStorage.setItem(KEPT_KEY, JSON.stringify({ ...state, id: keptId }));
	} catch {
		// Storage full or blocked: the answers still live for this visit.
	}
}

export function writeKept(state: KeptState = snapshot()): void {
	if (!browser || !keep.on || keptId === null) return;
	if (storedKeptId() !== keptId) return forgetKept();
	store(state);
}

/** This tab stops keeping (its answers stay for the visit); localStorage is left as it is. */
export function forgetKept(): void {
	keep.on = false;
	keptId = null;
}

/** On a new page load: read back what was kept, if anything. Never throws. */
export async function restoreKept(): Promise<void> {
	if (!browser) return;
	let text: string | null = null;
	try {
		text = localStorage.getItem(KEPT_KEY);
	} catch {
		return;
	}
	if (text === null) return;
	try {
		const { readKept } = await import('./stored-schema');
		const result = readKept(text);
		if (!result.ok) throw new Error(result.reason);
		role.current = result.state.role;
		balanceAnswers.current = result.state.balance;
		regelingenAnswers.current = result.state.regelingen;
		placesSession.current = result.state.places;
		keep.on = true;
		keptId = result.state.id ?? newKeptId();
		// A copy kept before ids existed gets one now.
		if (result.state.id === undefined) store(result.state);
	} catch {
		try {
			localStorage.removeItem(KEPT_KEY);
		} catch {
			// Could not remove: it will be overwritten or discarded again next time.
		}
		keep.on = false;
		keep.corruptAt = location.pathname;
	}
}

export async function startKeeping(): Promise<void> {
	// Loaded now so reading back on the next visit is ready (and cached by the service worker).
	await import('./stored-schema');
	keep.on = true;
	keptId = newKeptId();
	store(snapshot());
}

export function stopKeeping(): void {
	forgetKept();
	if (!browser) return;
	try {
		localStorage.removeItem(KEPT_KEY);
	} catch {
		// Nothing to remove.
	}
}
