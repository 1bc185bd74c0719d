/** The part of SpeechSynthesisVoice we use; kept structural so it can be tested without a browser. */
export interface VoiceLike {
	lang: string;
	name: string;
	localService: boolean;
}

/**
 * Picks the phone's voice for a language ('ar' matches 'ar-SA', 'ar_EG'). A voice on the phone
 * itself is preferred over a network voice: a network voice would send the text off the phone.
 * Returns null when the phone has no local voice for the language; the app then says so
 * instead of reading Arabic with a Dutch voice.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
	const wanted = lang.toLowerCase();
	const matching = voices.filter((v) => {
		const base = v.lang.toLowerCase().replace('_', '-').split('-')[0];
		return base === wanted && v.localService;
	});
	return matching[0] ?? null;
}

/** The part of an HTML element blockText uses; structural so it can be tested without a browser. */
export interface TextBlock {
	innerText: string;
	querySelectorAll(selector: string): Iterable<{ innerText: string }>;
}

/**
 * The text of one block of the page as it is read aloud: what is on screen, without the
 * read-aloud controls themselves (marked data-read-skip), one line per visible line.
 */
export function blockText(el: TextBlock): string {
	let text = el.innerText;
	for (const skip of el.querySelectorAll('[data-read-skip]')) {
		if (skip.innerText.trim()) text = text.replace(skip.innerText, '');
	}
	return text
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}
