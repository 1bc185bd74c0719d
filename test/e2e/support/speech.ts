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
