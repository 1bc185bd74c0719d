import { browser } from '$app/environment';
import { forgetKept, keep } from './keep.svelte';
import { announceWipe, isAppKey } from './wipe-signal';
import { resetAllSessionValues } from './session-value.svelte';

/** Names of IndexedDB databases the app owns. None today: the app keeps nothing in IndexedDB. */
const OWN_DATABASE_PREFIX = 'hulpwijzer';

/**
 * Cache Storage entries that hold answers would start with this. None today: the only caches are
 * Workbox's precache (the app itself: pages, scripts, data), which holds no answers and must stay,
 * so the app keeps working offline after "Wis alles".
 */
const OWN_ANSWER_CACHE_PREFIX = 'hulpwijzer:';

/** Our keys and SvelteKit's (scroll positions, page snapshots: no answers, but removed too; SvelteKit writes scroll positions again on the next navigation). */
function removePrefixed(storage: Storage): void {
	for (const key of Object.keys(storage)) if (isAppKey(key)) storage.removeItem(key);
}

/**
 * "Wis alles": removes everything the app stored and empties every job in memory, in this tab
 * and, through the wipe channel, in every other open tab of the app.
 * - sessionStorage and localStorage: every 'hulpwijzer:' key (answers, role, origin, kept state);
 * - IndexedDB: databases named 'hulpwijzer…' (none exist today; checked so this stays honest);
 * - Cache Storage: caches named 'hulpwijzer:…' (none exist today; the precache is kept, see above);
 * then every SessionValue back to empty and "bewaar" off.
 */
export async function wipeEverything(): Promise<void> {
	await wipeThisTab();
	announceWipe();
}

/**
 * Empties this tab: what it stored and what it holds in memory. The other tabs empty their own
 * sessionStorage when told (see JourneyState.svelte); a tab that never hears of the wipe still
 * never writes the kept answers back (see writeKept).
 */
async function wipeThisTab(): Promise<void> {
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
		try {
			const databases = (await indexedDB.databases?.()) ?? [];
			for (const db of databases) if (db.name?.startsWith(OWN_DATABASE_PREFIX)) indexedDB.deleteDatabase(db.name);
		} catch {
			// No IndexedDB: nothing to remove.
		}
		try {
			if ('caches' in globalThis) {
				for (const name of await caches.keys()) if (name.startsWith(OWN_ANSWER_CACHE_PREFIX)) await caches.delete(name);
			}
		} catch {
			// No Cache Storage: nothing to remove.
		}
	}
	resetAllSessionValues();
	keep.corruptAt = null;
}
