import { browser } from '$app/environment';

const PREFIX = 'hulpwijzer:';

/**
 * A value that lives for this visit only: in memory, mirrored to the tab's sessionStorage so a
 * refresh or a language switch does not lose answers. The browser drops sessionStorage when
 * the tab closes; nothing is sent anywhere. What is read back is checked by `validate`, and
 * anything that does not fit is ignored rather than trusted.
 */
export class SessionValue<T> {
	#key: string;
	#value: T = $state() as T;

	constructor(key: string, initial: T, validate: (raw: unknown) => T | null) {
		this.#key = PREFIX + key;
		this.#value = initial;
		if (!browser) return;
		try {
			const raw = sessionStorage.getItem(this.#key);
			const restored = raw === null ? null : validate(JSON.parse(raw));
			if (restored !== null) this.#value = restored;
		} catch {
			// Storage can be blocked or full, or hold something we did not write: start fresh.
		}
	}

	get current(): T {
		return this.#value;
	}

	set current(value: T) {
		this.#value = value;
		if (!browser) return;
		try {
			sessionStorage.setItem(this.#key, JSON.stringify($state.snapshot(value)));
		} catch {
			// Without storage the value still lives in memory for this page's life.
		}
	}
}

/** Removes every value this app keeps for the visit ("Wis alles"). */
export function clearSessionValues(): void {
	if (!browser) return;
	for (const key of Object.keys(sessionStorage)) {
		if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
	}
}
