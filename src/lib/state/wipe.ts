import { browser } from '$app/environment';
import { forgetKept, keep } from './keep.svelte';
import { isHelper, role } from './role.svelte';
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
 * back to empty and "bewaar" off. One thing stays: the helper role (see keepHelperRole). The app keeps nothing in IndexedDB or in caches of its own (the
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
	const helper = isHelper(role.current);
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
	keepHelperRole(helper);
}

/**
 * After a wipe a volunteer is still a volunteer: "Klaar — wis alles voor de volgende persoon"
 * means the same person helps the next one, so helper mode stays (in this tab's sessionStorage,
 * never on the phone). It says nothing about the person helped. "Voor mezelf" and "mantelzorger"
 * are about the person who filled in, so they go with everything else (back to the default).
 * Each tab keeps its own helper role the same way when another tab wipes (JourneyState).
 */
export function keepHelperRole(wasHelper: boolean): void {
	if (wasHelper) role.current = 'helper';
}

/** What a tab does when another tab wiped, before it loads its page again: empty its own sessionStorage. */
export function wipeSessionStorageAfterWipeElsewhere(): void {
	const helper = isHelper(role.current);
	try {
		removePrefixed(sessionStorage);
	} catch {
		// Storage blocked: nothing of ours can be in it.
	}
	keepHelperRole(helper);
}
