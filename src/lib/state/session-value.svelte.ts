import { browser } from '$app/environment';
import { PREFIX } from './prefix';

export { PREFIX };

/** Every SessionValue made, so "Wis alles" can empty them all, also ones added later. */
const ALL = new Set<{ reset(): void }>();

/**
 * A value that lives for this visit only: in memory, mirrored to the tab's sessionStorage so a
 * refresh or a language switch does not lose answers. The browser drops sessionStorage when
 * the tab closes; nothing is sent anywhere. What is read back is checked by `validate`, and
 * anything that does not fit is ignored rather than trusted.
 */
export class SessionValue<T> {
	#key: string;
	#value: T = $state() as T;
	#initial: T;
	readonly validate: (raw: unknown) => T | null;

	constructor(key: string, initial: T, validate: (raw: unknown) => T | null) {
		this.#key = PREFIX + key;
		this.#value = initial;
		this.#initial = initial;
		this.validate = validate;
		ALL.add(this);
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

	/** Back to the start value in memory, and gone from sessionStorage (nothing is written). */
	reset(): void {
		this.#value = this.#initial;
		if (!browser) return;
		try {
			sessionStorage.removeItem(this.#key);
		} catch {
			// Nothing stored, nothing to remove.
		}
	}
}

/** Empties every SessionValue in memory and in sessionStorage. */
export function resetAllSessionValues(): void {
	for (const value of ALL) value.reset();
}
