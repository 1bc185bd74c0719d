import { browser } from '$app/environment';

/**
 * The phone's speech voices, found once per page load and shared by every read-aloud button, so
 * a page opened later in the visit knows at once whether it can read aloud (and lays out its
 * buttons in its first frame, with nothing appearing later that pushes the page down).
 *
 * `null` while not known. Many phones fill the list a moment after load and then fire
 * `voiceschanged`; a phone without any voice may never fire it, so an empty list counts as
 * "no voice" after VOICE_WAIT_MS.
 */
export const VOICE_WAIT_MS = 1000;

let voices: SpeechSynthesisVoice[] | null = $state(null);

function watch() {
	if (!('speechSynthesis' in window)) {
		voices = [];
		return;
	}
	const synth = window.speechSynthesis;
	const read = () => {
		const list = synth.getVoices();
		if (list.length > 0) voices = list;
	};
	read();
	synth.addEventListener('voiceschanged', read);
	setTimeout(() => (voices ??= []), VOICE_WAIT_MS);
}

if (browser) watch();

export const speechVoices = {
	/** The voices, or null while the phone has not told yet. */
	get current(): readonly SpeechSynthesisVoice[] | null {
		return voices;
	}
};
