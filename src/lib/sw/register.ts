import { dev } from '$app/environment';
import { swState } from './update-state.svelte';

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
}
