import { browser } from '$app/environment';

/**
 * Tells every other open tab of the app that "Wis alles" was pressed. Kept apart from wipe.ts
 * and free of imports, so every page (also the language choice) can listen without loading the
 * answer stores. One channel object per tab: a BroadcastChannel never hears its own messages,
 * so the tab that wipes is not told again.
 */
const WIPE_CHANNEL = 'hulpwijzer:wipe';
let channel: BroadcastChannel | null = null;

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
