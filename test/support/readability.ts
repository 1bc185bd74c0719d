/**
 * Readability measures for the UI text (pure: texts in, figures out; no file access).
 * Used by test/unit/i18n/readability.test.ts (the gates) and test/bench/bench.ts (the figures).
 *
 * - Dutch: Flesch-Douma = 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
 * - English: Flesch reading ease = 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
 *
 * Syllables: Liang hyphenation patterns (package `hyphen`, nl and en-us), counted as the number of
 * parts. The patterns never break within the first or last two letters, so short words ("idee",
 * "area") come out too low; we therefore take the larger of the pattern count and a vowel-group
 * count (Dutch: runs of vowels, a diaeresis starts a new one; English: the common heuristic that
 * drops a silent final e/es/ed). Taking the larger errs on the side of more syllables, so the
 * scores are, if anything, a little too strict.
 *
 * Units: every message is its own text (a label without a full stop is one sentence). A sentence
 * ends at . ! ? or … followed by a space or the end, except after a known abbreviation.
 * A placeholder ({{amount}}) counts as one word of two syllables. Numbers count one syllable per
 * digit (they are read out digit by digit or as long number words). Tokens without a Latin
 * letter or digit (a language's own name in its script, in the language chooser) are not words.
 */
import hyphenNl from 'hyphen/nl';
import hyphenEn from 'hyphen/en-us';

export type ReadLang = 'nl' | 'en';

const HYPHEN_OPTIONS = { hyphenChar: '|', minWordLength: 1 };
const PLACEHOLDER = /\{\{[^}]*\}\}/g;
const PLACEHOLDER_WORD = 'PLACEHOLDER';
const ABBREVIATIONS = /(?:^|\s)(?:bijv|bv|o\.a|e\.d|etc|d\.w\.z|m\.b\.v|i\.p\.v|t\.o\.v|nr|e\.g|i\.e|approx|St|Mr|Mrs|Dr)\.$/i;

function vowelGroupsNl(word: string): number {
	return (word.toLowerCase().match(/[aeiouyáéíóúàèâêîôû]+|[ëïöüÿ][aeiouy]*/g) ?? []).length;
}

function vowelGroupsEn(word: string): number {
	let w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length <= 3) return 1;
	w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
	return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Syllables in one word (a token from `words`). */
export function syllables(word: string, lang: ReadLang): number {
	if (word === PLACEHOLDER_WORD) return 2;
	if (/^[\d.,:/-]+$/.test(word)) return Math.max(1, word.replace(/\D/g, '').length);
	// A compound written with a hyphen ("e-mail", "0800-1234") is counted part by part.
	if (word.includes('-')) {
		return word
			.split('-')
			.filter((part) => /[\p{L}\d]/u.test(part))
			.reduce((sum, part) => sum + syllables(part, lang), 0);
	}
	const letters = word.replace(/[^\p{L}]/gu, '');
	if (!letters) return 1;
	const hyphenated = (lang === 'nl' ? hyphenNl : hyphenEn).hyphenateSync(letters.toLowerCase(), HYPHEN_OPTIONS);
	const byPattern = hyphenated.split('|').length;
	const byVowels = lang === 'nl' ? vowelGroupsNl(letters) : vowelGroupsEn(letters);
	return Math.max(1, byPattern, byVowels);
}

/** The words of a text: tokens with a Latin letter or a digit; placeholders are one word. */
export function words(text: string): string[] {
	return text
		.replace(PLACEHOLDER, ` ${PLACEHOLDER_WORD} `)
		.split(/[\s/]+/)
		.map((token) => token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
		.filter((token) => /[a-zà-ÿ\d]/i.test(token));
}

/** Splits one message into sentences (a message without end punctuation is one sentence). */
export function sentences(text: string): string[] {
	const out: string[] = [];
	let current = '';
	for (const piece of text.split(/(?<=[.!?…])\s+/)) {
		current = current ? `${current} ${piece}` : piece;
		if (!ABBREVIATIONS.test(current)) {
			out.push(current);
			current = '';
		}
	}
	if (current) out.push(current);
	return out.filter((s) => words(s).length > 0);
}

export interface Readability {
	texts: number;
	sentences: number;
	words: number;
	syllables: number;
	wordsPerSentence: number;
	syllablesPer100Words: number;
	/** Flesch-Douma (nl) or Flesch reading ease (en). */
	score: number;
	longest: { words: number; sentence: string };
}

/** Douma for Dutch, Flesch for English, over all texts together. */
export function measure(texts: readonly string[], lang: ReadLang): Readability {
	let sentenceCount = 0;
	let wordCount = 0;
	let syllableCount = 0;
	let longest = { words: 0, sentence: '' };
	for (const text of texts) {
		for (const sentence of sentences(text)) {
			const ws = words(sentence);
			sentenceCount += 1;
			wordCount += ws.length;
			syllableCount += ws.reduce((sum, w) => sum + syllables(w, lang), 0);
			if (ws.length > longest.words) longest = { words: ws.length, sentence };
		}
	}
	const wps = wordCount / Math.max(1, sentenceCount);
	const spw = syllableCount / Math.max(1, wordCount);
	const score = lang === 'nl' ? 206.84 - 0.77 * spw * 100 - 0.93 * wps : 206.835 - 1.015 * wps - 84.6 * spw;
	return {
		texts: texts.length,
		sentences: sentenceCount,
		words: wordCount,
		syllables: syllableCount,
		wordsPerSentence: wps,
		syllablesPer100Words: spw * 100,
		score,
		longest
	};
}

/** Sentences longer than `max` words, with where they come from. */
export function longSentences(texts: ReadonlyMap<string, string>, max: number): Array<{ key: string; words: number; sentence: string }> {
	const out: Array<{ key: string; words: number; sentence: string }> = [];
	for (const [key, text] of texts) {
		for (const sentence of sentences(text)) {
			const n = words(sentence).length;
			if (n > max) out.push({ key, words: n, sentence });
		}
	}
	return out;
}

/**
 * Officials' words a resident may not know. Matched at the start of a word, so
 * "voorliggend" also finds "voorliggende voorziening", "indicatie" also "indicatiebesluit".
 */
export const JARGON_NL = [
	'indicatie',
	'beschikking',
	'voorliggend',
	'toetsingsinkomen',
	'verzamelinkomen',
	'draagkracht',
	'vermogenstoets',
	'belanghebbende',
	'verstrekking',
	'ondersteuningsbehoefte',
	'zorgvrager',
	'middels',
	'conform',
	'inzake',
	'terzake',
	// Words from letters and tax forms that residents told us they mistake (issue #17):
	// "aanslag" also means "attack".
	'aanslag',
	'afvalstoffenheffing',
	'kostendelersnorm',
	'bijstandsnorm',
	'eigen risico',
	'kale huur',
	'gedupeerd',
	'WTOS'
] as const;

/**
 * A jargon word is "explained" when, in the same message, it stands next to its plain meaning:
 * in brackets after the plain words ("je brief (beschikking)"), or followed by its meaning in
 * brackets, after a colon or dash, or with "dat is" / "dat betekent" / "betekent" / "heet".
 * A message whose key ends in "Explain" explains the jargon it names for the messages beside it
 * (same parent key); those sibling messages may then use the word.
 */
export function unexplainedJargon(
	messages: ReadonlyMap<string, string>,
	jargon: readonly string[] = JARGON_NL
): Array<{ key: string; word: string }> {
	const found: Array<{ key: string; word: string }> = [];
	const explainedIn = new Map<string, Set<string>>(); // parent key → words explained there
	for (const [key, text] of messages) {
		if (!/Explain$/.test(key)) continue;
		const parent = key.slice(0, key.lastIndexOf('.'));
		for (const word of jargon) {
			if (new RegExp(`(?<![\\p{L}])${word}`, 'iu').test(text)) (explainedIn.get(parent) ?? explainedIn.set(parent, new Set()).get(parent))!.add(word);
		}
	}
	for (const [key, text] of messages) {
		const parent = key.slice(0, key.lastIndexOf('.'));
		for (const word of jargon) {
			const use = new RegExp(`(?<![\\p{L}])${word}\\p{L}*`, 'iu').exec(text);
			if (!use) continue;
			if (/Explain$/.test(key) || explainedIn.get(parent)?.has(word)) continue;
			const inBrackets = new RegExp(`\\p{L}[^()]*\\(${use[0]}\\)`, 'iu').test(text);
			const followedByMeaning = new RegExp(`${use[0]}\\s*(?:\\(|:|—|–|,? dat is|,? dat betekent|,? betekent|,? heet)`, 'iu').test(text);
			if (!inBrackets && !followedByMeaning) found.push({ key, word: use[0] });
		}
	}
	return found;
}

type Tree = { [key: string]: string | Tree };

/** 'a.b.c' → text; of a plural group only the _other form (so a text is counted once). */
export function flattenMessages(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') {
			if (/_(zero|one|two|few|many)$/.test(key)) continue;
			out.set(path, value);
		} else for (const [k, v] of flattenMessages(value, path)) out.set(k, v);
	}
	return out;
}
