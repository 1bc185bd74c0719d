/**
 * Plain language, measured: Dutch at B1 (Flesch-Douma), English (Flesch reading ease), sentence
 * length and officials' words. The measures are in test/support/readability.ts (also printed
 * by `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenMessages, longSentences, measure, sentences, syllables, unexplainedJargon, words } from '../../support/readability';

type Tree = { [key: string]: string | Tree };
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const nl = flattenMessages(JSON.parse(read('messages/nl.json')) as Tree);
const en = flattenMessages(JSON.parse(read('messages/en.json')) as Tree);
const places = JSON.parse(read('src/lib/data/places.json')) as Array<{ id: string; description: { nl: string } }>;

/** All Dutch UI text: the messages and the plain descriptions of the places. */
const dutch = new Map<string, string>([...nl, ...places.map((p) => [`places.json ${p.id}`, p.description.nl] as const)]);
/** Running text only: messages that end like a sentence (labels and buttons left out). */
const prose = (texts: Iterable<string>) => [...texts].filter((t) => /[.!?]\s*$/.test(t.trim()));

describe('the measures', () => {
	it('counts Dutch syllables with the hyphenation patterns, short words included', () => {
		expect(syllables('regelingen', 'nl')).toBe(4);
		expect(syllables('toetsingsinkomen', 'nl')).toBe(5);
		expect(syllables('idee', 'nl')).toBe(2); // below the patterns' margins: vowel groups
		expect(syllables('financiële', 'nl')).toBe(5);
		expect(syllables('hulp', 'nl')).toBe(1);
		expect(measure(['Je krijgt {{amount}}.'], 'nl').syllables).toBe(4); // a placeholder counts as two
	});

	it('counts English syllables', () => {
		expect(syllables('beautiful', 'en')).toBeGreaterThanOrEqual(3);
		expect(syllables('make', 'en')).toBe(1);
		expect(syllables('application', 'en')).toBe(4);
		expect(syllables('area', 'en')).toBeGreaterThanOrEqual(2);
	});

	it('splits sentences, but not after an abbreviation', () => {
		expect(sentences('Kom langs. Bel ons! Wil je hulp?')).toHaveLength(3);
		expect(sentences('Bijvoorbeeld je buur, bijv. iemand uit de straat. Dat mag.')).toHaveLength(2);
		expect(words('Bel {{phone}} of mail naar info@sdd.nl.')).toHaveLength(6);
	});

	it('scores an officials\u2019 letter low and a plain text high (the gate can fail)', () => {
		const official =
			'Op grond van de door u ingediende aanvraag inzake bijzondere bijstand wordt u medegedeeld dat uw toetsingsinkomen de vastgestelde inkomensnorm overschrijdt, waardoor een voorliggende voorziening van toepassing is.';
		const plain = 'Je verdient te veel voor deze regeling. Er is wel andere hulp. Bel ons, dan kijken we samen.';
		expect(measure([official], 'nl').score).toBeLessThan(40);
		expect(measure([plain], 'nl').score).toBeGreaterThan(80);
		expect(unexplainedJargon(new Map([['x', official]])).map((j) => j.word)).toEqual(['voorliggende', 'toetsingsinkomen', 'inzake']);
		expect(unexplainedJargon(new Map([['x', 'Je brief (beschikking) van de SDD.']]))).toEqual([]);
		expect(unexplainedJargon(new Map([['x', 'Je hebt een indicatie: een besluit dat je hulp krijgt.']]))).toEqual([]);
	});
});

describe('Dutch is at B1', () => {
	const all = measure([...dutch.values()], 'nl');

	it('has short sentences: on average at most 12 words', () => {
		expect(all.wordsPerSentence).toBeLessThanOrEqual(12);
		expect(measure(prose(dutch.values()), 'nl').wordsPerSentence).toBeLessThanOrEqual(12);
	});

	it('has no sentence over 20 words', () => {
		expect(longSentences(dutch, 20)).toEqual([]);
	});

	it('scores at least 70 on Flesch-Douma, over all text and over running text alone', () => {
		expect(all.score).toBeGreaterThanOrEqual(70);
		expect(measure(prose(dutch.values()), 'nl').score).toBeGreaterThanOrEqual(70);
	});

	it('uses no officials\u2019 words unless it explains them in the same message', () => {
		expect(unexplainedJargon(dutch)).toEqual([]);
	});
});

describe('English is plain', () => {
	it('scores at least 70 on Flesch reading ease, over all text and over running text alone', () => {
		expect(measure([...en.values()], 'en').score).toBeGreaterThanOrEqual(70);
		expect(measure(prose(en.values()), 'en').score).toBeGreaterThanOrEqual(70);
	});

	it('has no sentence over 25 words', () => {
		expect(longSentences(en, 25)).toEqual([]);
	});
});
