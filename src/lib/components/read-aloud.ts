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
