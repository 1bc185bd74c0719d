import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../../src/lib/components/read-aloud';

const voice = (lang: string, name: string, localService = true) => ({ lang, name, localService });

describe('pickVoice', () => {
	it('finds a voice by the language part of its tag', () => {
		const voices = [voice('nl-NL', 'Xander'), voice('ar-SA', 'Maged'), voice('en_GB', 'Daniel')];
		expect(pickVoice(voices, 'ar')?.name).toBe('Maged');
		expect(pickVoice(voices, 'en')?.name).toBe('Daniel');
	});

	it('never reads one language with another language voice', () => {
		expect(pickVoice([voice('nl-NL', 'Xander')], 'ti')).toBeNull();
	});

	it('ignores network voices, which would send the text off the phone', () => {
		expect(pickVoice([voice('uk-UA', 'Cloud', false)], 'uk')).toBeNull();
	});
});
