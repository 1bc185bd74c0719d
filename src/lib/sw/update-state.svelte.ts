/**
 * What the service worker told us, for the UI to show. Kept apart from the registration code
 * so components can read it without pulling workbox-window into the first page load.
 */
class ServiceWorkerState {
	/** Set when a new version waits; calling it applies the update (after the person agrees). */
	applyUpdate: (() => void) | null = $state(null);
	/** True once the first install finished: the app now works offline. */
	offlineReady = $state(false);
}

export const swState = new ServiceWorkerState();
