import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenMessages } from '../../support/readability';

/*
 * Tigrinya speaks to the reader in the polite plural (-ኹም/-ኩም, ምረጹ, ትኽእሉ), which is also
 * gender-neutral: never the masculine singular (-ካ/-ኻ, ምረጽ, ትኽእል), which reads as talking to
 * one man, and never both in one sentence. A word list cannot know every verb, so this checks
 * the endings that only the singular has, plus the singular forms that have no such ending.
 * Every exception below says why it is not a singular form.
 */
type Tree = { [key: string]: string | Tree };
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const ti = flattenMessages(JSON.parse(read('messages/ti.json')) as Tree);
const places = JSON.parse(read('src/lib/data/places.json')) as Array<{ id: string; description: { ti: string }; schedule?: { note?: { ti: string } } }>;
const placeTexts = places.flatMap((p) => [
	[`places.json ${p.id}`, p.description.ti] as const,
	...(p.schedule?.note ? [[`places.json ${p.id} note`, p.schedule.note.ti] as const] : [])
]);

/**
 * The 2nd person masculine singular suffix -ካ/-ኻ: "your" (ገዛኻ, ስራሕካ), "you" as object
 * (ይሕግዘካ, የድልየካ), the perfect (ሓሊፍካ, መሪጽካ) and the copula (ኢኻ, ኣለኻ, ዲኻ), also with
 * the particles -ን "and", -ውን "also", -ዶ (question), -ሲ, -ከ after it (ገዛኻን, ንስኻውን).
 */
const MASC_SUFFIX = /[ካኻ](?:ን|ውን|’ውን|ዶ|ሲ|ከ)?$/u;
const NOT_A_SUFFIX = new Set([
	'ምክንኻን' // "taking care" (verbal noun of ተኸናኸነ): the ኻ is the stem's
]);
/** The feminine singular pronouns (the -ኪ suffix itself is left out: ባንኪ, ስልኪ, ተወሳኺ end so by stem). */
const FEM_PRONOUN = /^(ንስኺ|ንዓኺ|ምሳኺ|ባዕልኺ|በይንኺ)$/u;
/**
 * Masculine singular imperatives and present forms without the suffix. The plural of each
 * ends in -ኡ/-ዎ (ምረጹ, ሕለፍዎ, ትኽእሉ); these are the ones the messages used before.
 * Bare present forms (ትኽእል) are also 3rd person feminine ("she can"); our texts never say
 * "she" with them, so they are listed as errors.
 */
const MASC_WORDS = new Set([
	// imperatives
	'ምረጽ', 'ርአ', 'ጀምር', 'ቀጽል', 'ቀጽሎ', 'ሕተት', 'ሕተቶም', 'ቀይር', 'ድለ', 'ተዘራረብ', 'ተዘራረበሉ', 'ንገሮ', 'ተራኸቦ',
	'ሃቦ', 'ውሰድ', 'ግበር', 'ጽሓፍ', 'ኣንብብ', 'ሕተም', 'ሕተሞ', 'ኣካፍል', 'ኣካፍሎ', 'ኣርእዮ', 'ዕቀብ', 'ዓቅብ', 'ደምስስ',
	'ተመለስ', 'ሕለፎ', 'ሕሰብ', 'መልስ', 'ኣእቱ', 'ተጠቐም', 'ፈትን', 'ኪድ', 'ደውል', 'ወስኽ', 'ኣውጽእ', 'ለጥፎ',
	'ተኻፈሎ', 'ኣቶ', 'ተመዝገብ', 'ተሳተፍ', 'ምላእ', 'ቊጸር', 'ኣይትቑጸር', 'ኣይትዓቅብ',
	// present forms ("you can", "you want", "whom you help")
	'ትኽእል', 'እትኽእል', 'ትደሊ', 'ትርኢ', 'ክትርኢ', 'ትገብር', 'ክትገብር', 'ትፈልጥ', 'ትኣሊ', 'ትሻቐል', 'እትሻቐል', 'ትመልኦ',
	'እትመልኦ', 'ትሕግዞ', 'እትሕግዞ', 'ትጠራጠር', 'ትረክብ', 'ትኸፍል', 'ትሓትት', 'እትኣምኖ', 'እትገብሮ', 'ኣይትኽእልን', 'ኣይትፈልጦን'
]);
/**
 * A 2nd person present with its prefix (ክት-, ከት-, እት-, ኣይት-, ዘይት-) ending in a bare
 * consonant (the sixth order) is singular: ክትገብር, ከተዕርፍ, ኣይትኽእልን. The plural ends in a
 * vowel (ክትገብሩ) or an object suffix (ክትከድዎም); a noun may take the plural "your" (ከተማኹም). The negative and the particles are taken off first.
 */
const SECOND_PERSON_PREFIX = /^(ክት|ከት|ክተ|ከተ|እት|እተ|ኣይት|ዘይት)/u;
const sixthOrder = (ch: string) => {
	const offset = ch.codePointAt(0)! - 0x1200;
	return offset >= 0 && offset < 0x158 && offset % 8 === 5;
};
function bareSecondPerson(word: string): boolean {
	if (!SECOND_PERSON_PREFIX.test(word) || /(?:ዎም|ኹም|ኩም)$/u.test(word)) return false;
	const stem = word.replace(/(?:ን|ዶ|’ውን|ውን)$/u, '');
	return stem.length > 3 && sixthOrder(stem.at(-1)!);
}

function singularForms(text: string): string[] {
	const words = text.match(/[\u1200-\u135A’]+/gu) ?? []; // letters only: Ethiopic punctuation (።) is in the script too
	return words.filter(
		(w) => (MASC_SUFFIX.test(w) && !NOT_A_SUFFIX.has(w)) || FEM_PRONOUN.test(w) || MASC_WORDS.has(w) || bareSecondPerson(w)
	);
}

describe('Tigrinya register', () => {
	it('recognises singular forms and passes the polite plural (so the check can fail)', () => {
		expect(singularForms('ከመይ ኣለኻ? ገዛኻን ስራሕካን። ፖስታ ኮድ ኣእቱ ወይ ከባቢ ምረጽ። ክትገብር ትኽእል ኢኻ።')).toEqual([
			'ኣለኻ', 'ገዛኻን', 'ስራሕካን', 'ኣእቱ', 'ምረጽ', 'ክትገብር', 'ትኽእል', 'ኢኻ'
		]);
		expect(singularForms('ከመይ ኣለኹም? ገዛኹምን ስራሕኩምን። ፖስታ ኮድ ኣእትዉ ወይ ከባቢ ምረጹ። ክትገብሩ ትኽእሉ ኢኹም።')).toEqual([]);
		// Stems that end like the suffix, and plural forms with an object suffix.
		expect(singularForms('ሕሳብ ባንኪ፡ ቁጽሪ ስልኪ፡ ተወሳኺ ገንዘብ፡ ንነብስኹም ምክንኻን፡ ክትከድዎም እትኽእሉ ቦታታት።')).toEqual([]);
	});

	it('uses the polite plural in every message', () => {
		const found = [...ti].flatMap(([key, text]) => singularForms(text).map((w) => `${key}: ${w}`));
		expect(found).toEqual([]);
	});

	it('uses the polite plural in the places’ descriptions and notes', () => {
		const found = placeTexts.flatMap(([key, text]) => singularForms(text).map((w) => `${key}: ${w}`));
		expect(found).toEqual([]);
	});
});
