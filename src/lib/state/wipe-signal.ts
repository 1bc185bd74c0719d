import { browser } from '$app/environment';
import { PREFIX } from './prefix';

/**
 * Tells every other open tab of the app that "Wis alles" was pressed; every language page
 * listens (JourneyState). The language choice does not: it shows no answers, and what a tab left
 * there still holds in its sessionStorage is never written to the phone (see writeKept). One
 * channel object per tab: a BroadcastChannel never hears its own messages, so the tab that wipes
 * is not told again.
 */
const WIPE_CHANNEL = 'hulpwijzer:wipe';
let channel: BroadcastChannel | null = null;

/** Added to the page a tab reloads after another tab wiped: it then says "Alles is gewist". */
export const WIPED_HASH = '#gewist';

/** The app's own keys and SvelteKit's (scroll positions, page snapshots): all removed by a wipe. */
export function isAppKey(key: string): boolean {
	return key.startsWith(PREFIX) || key.startsWith('sveltekit:');
}

function wipeChannel(): BroadcastChannel | null {
	if (!browser || typeof BroadcastChannel === 'undefined') return null;
	channel ??= new BroadcastChannel(WIPE_CHANNEL);
	return channel;
}

export function announceWipe(): void {
	wipeChannel()?.postMessage('wiped');
}

/** Calls `handler` when another tab wiped. Returns the function that stops listening. */
export function onWipeElsewhere(handler: () => void): () => void {
	const heard = wipeChannel();
	if (!heard) return () => {};
	const listener = (event: MessageEvent) => {
		if (event.data === 'wiped') handler();
	};
	heard.addEventListener('message', listener);
	return () => heard.removeEventListener('message', listener);
}
