import { browser } from '$app/environment';
import { forgetKept, keep } from './keep.svelte';
import { announceWipe, isAppKey } from './wipe-signal';
import { resetAllSessionValues } from './session-value.svelte';

/** Our keys and SvelteKit's (scroll positions, page snapshots: no answers, but removed too; SvelteKit writes scroll positions again on the next navigation). */
function removePrefixed(storage: Storage): void {
	for (const key of Object.keys(storage)) if (isAppKey(key)) storage.removeItem(key);
}

/**
 * "Wis alles": removes everything the app stored and empties every job in memory, in this tab
 * and, through the wipe channel, in every other open tab of the app: every 'hulpwijzer:' key in
 * sessionStorage and localStorage (answers, role, origin, kept state), then every SessionValue
 * back to empty and "bewaar" off. The app keeps nothing in IndexedDB or in caches of its own (the
 * browser tests check that); the service worker's precache holds the app itself, no answers, and
 * stays, so the app keeps working offline after "Wis alles".
 */
export async function wipeEverything(): Promise<void> {
	wipeThisTab();
	announceWipe();
}

/**
 * Empties this tab: what it stored and what it holds in memory. The other tabs empty their own
 * sessionStorage when told (see JourneyState.svelte); a tab that never hears of the wipe still
 * never writes the kept answers back (see writeKept).
 */
function wipeThisTab(): void {
	// "Bewaar" off first, so nothing that changes below is written back to localStorage.
	forgetKept();
	if (browser) {
		for (const storage of [sessionStorage, localStorage]) {
			try {
				removePrefixed(storage);
			} catch {
				// Storage blocked: nothing of ours can be in it.
			}
		}
	}
	resetAllSessionValues();
	keep.corruptAt = null;
}
