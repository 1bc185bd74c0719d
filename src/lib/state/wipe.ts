import { browser } from '$app/environment';
import { keep } from './keep.svelte';
import { PREFIX, resetAllSessionValues } from './session-value.svelte';

/** SvelteKit's own keys (scroll positions, page snapshots): no answers, but removed too; SvelteKit writes scroll positions again on the next navigation. */
const FRAMEWORK_PREFIX = 'sveltekit:';

function removePrefixed(storage: Storage): void {
	for (const key of Object.keys(storage)) if (key.startsWith(PREFIX) || key.startsWith(FRAMEWORK_PREFIX)) storage.removeItem(key);
}

/**
 * "Wis alles": removes everything the app stored and empties every job in memory: every
 * 'hulpwijzer:' key in sessionStorage and localStorage (answers, role, origin, kept state), then
 * every SessionValue back to empty and "bewaar" off. The app keeps nothing in IndexedDB or in
 * caches of its own (the browser tests check that); the service worker's precache holds the app
 * itself, no answers, and stays, so the app keeps working offline after "Wis alles".
 */
export function wipeEverything(): void {
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
	keep.on = false;
	keep.corruptAt = null;
}
