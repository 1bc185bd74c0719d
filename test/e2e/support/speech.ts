export type Spoken = { text: string; lang: string; voice: string };

/**
 * Replaces the phone's speech engine with a recorder that has voices for the given languages.
 * Runs in the page (page.addInitScript(installFakeSpeech, ['nl-NL'])); what it would have said
 * is in window.__spoken.
 */
export function installFakeSpeech(voiceLangs: string[]): void {
	const spoken: Spoken[] = [];
	(window as unknown as { __spoken: Spoken[] }).__spoken = spoken;
	const voices = voiceLangs.map((lang) => ({ lang, name: `Fake ${lang}`, localService: true, default: false, voiceURI: lang }));
	class FakeUtterance {
		text: string;
		lang = '';
		voice: { name: string } | null = null;
		onend: (() => void) | null = null;
		onerror: (() => void) | null = null;
		constructor(text: string) {
			this.text = text;
		}
	}
	Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
	Object.defineProperty(window, 'speechSynthesis', {
		value: {
			getVoices: () => voices,
			speak: (u: FakeUtterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' }),
			cancel: () => {},
			addEventListener: () => {},
			removeEventListener: () => {}
		}
	});
}

/**
 * A speech engine whose voices arrive the way most phones deliver them: an empty list at first,
 * then, after `delayMs`, the voices for `voiceLangs` and a `voiceschanged` event. With no
 * languages it is a phone without any voice (the list stays empty, no event).
 * Runs in the page: page.addInitScript(installLateVoices, { voiceLangs: ['nl-NL'], delayMs: 300 }).
 */
export function installLateVoices({ voiceLangs, delayMs }: { voiceLangs: string[]; delayMs: number }): void {
	let voices: unknown[] = [];
	const listeners: Array<() => void> = [];
	Object.defineProperty(window, 'speechSynthesis', {
		value: {
			getVoices: () => voices,
			speak: () => {},
			cancel: () => {},
			addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
			removeEventListener: () => {}
		}
	});
	if (voiceLangs.length === 0) return;
	setTimeout(() => {
		voices = voiceLangs.map((lang) => ({ lang, name: `Fake ${lang}`, localService: true, default: false, voiceURI: lang }));
		for (const listener of listeners) listener();
	}, delayMs);
}
