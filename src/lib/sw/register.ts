import { dev } from '$app/environment';
import type { Workbox } from 'workbox-window';
import { swState } from './update-state.svelte';

/**
 * A phone can keep the app open for days; the browser itself looks for a new version only on a
 * real page load. So a navigation inside the app asks for one too, at most once an hour (a
 * small request for /service-worker.js, to our own origin). What is found still waits for
 * consent, exactly like a version found on a page load.
 */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
let registered: Workbox | null = null;
let lastCheck = 0;

/** Called after every navigation inside the app (root layout). */
export function checkForUpdate(): void {
	if (!registered || Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
	lastCheck = Date.now();
	void registered.update().catch(() => {
		// Offline or the server is away: the next check, an hour on, tries again.
	});
}

/**
 * Registers our Workbox service worker. workbox-window is imported lazily so it costs nothing
 * before the first paint. A new version is never forced on the person: it waits until they
 * tap "update" (skipWaiting on consent), then the page reloads into the new version. Answers
 * survive the reload because they live in sessionStorage for the visit.
 */
export async function registerServiceWorker(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const { Workbox } = await import('workbox-window');
	const wb = new Workbox('/service-worker.js', { type: dev ? 'module' : 'classic' });

	wb.addEventListener('waiting', () => {
		swState.applyUpdate = () => {
			wb.addEventListener('controlling', () => window.location.reload());
			wb.messageSkipWaiting();
		};
	});
	wb.addEventListener('activated', (event) => {
		if (!event.isUpdate) swState.offlineReady = true;
	});

	await wb.register();
	// Registering just checked for a new version.
	registered = wb;
	lastCheck = Date.now();
}
