import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * Ukrainian speaks to the reader with "ти" everywhere: one register, never the polite "ви"
 * mixed in. This checks the pronouns and the verb endings of the "ви" forms.
 */
type Tree = { [key: string]: string | Tree };
function texts(tree: Tree, prefix = ''): Array<[string, string]> {
	return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : texts(v, `${prefix}${k}.`)));
}
const load = (lang: string) => texts(JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8')) as Tree);
const uk = load('uk');
/**
 * Where the Dutch says "jullie" (the reader and the person cared for, or the household),
 * "ви" is a true plural, not the polite register: those keys may use it.
 */
const nl = new Map(load('nl'));
const speaksToSeveral = (key: string) => /\bjullie\b/i.test(nl.get(key) ?? '');

/** The pronoun "ви" in all its cases, and "ваш" in all its forms. */
const VY_PRONOUN = /^(ви|вас|вам|вами|ваш|ваша|ваше|ваші|вашого|вашої|вашому|вашим|вашій|ваших|вашу|вашими)$/i;

/**
 * Verb endings of the "ви" forms: imperatives (введіть, виберіть, надрукуйте, поділіться)
 * and the present tense (можете, вводите, сумніваєтеся). A word list cannot know every
 * verb, so we match endings and name the words that only look like one.
 */
const VY_VERB = /(іть|йте|ьте|іться|йтеся|ьтеся|ете|єте|ите|їте|етеся|єтеся|итеся)$/i;
const NOT_A_VY_FORM = new Set([
	'навіть', // "even"
	'варте', // "worth" (adjective): "варте уваги"
	'стоїть', // "it stands" (3rd person singular)
	'закрите' // "closed" (adjective, neuter)
]);

function vyForms(text: string): string[] {
	const words = text.match(/[\p{L}ʼ'’]+/gu) ?? [];
	return words.filter((w) => VY_PRONOUN.test(w) || (VY_VERB.test(w) && !NOT_A_VY_FORM.has(w.toLowerCase())));
}

describe('Ukrainian register', () => {
	it('lets only the "jullie" keys speak to several people', () => {
		expect(speaksToSeveral('regelingen.result.forCaredFor')).toBe(true);
		expect(speaksToSeveral('regelingen.intro.hints')).toBe(false);
	});

	it('recognises ви-forms (so the check can fail)', () => {
		expect(vyForms('Ви можете ввести ваш вік. Введіть число, надрукуйте або поділіться.')).toEqual(['Ви', 'можете', 'ваш', 'Введіть', 'надрукуйте', 'поділіться']);
		expect(vyForms('Ти можеш ввести свій вік. Введи число. Навіть так.')).toEqual([]);
	});

	it('uses "ти" in every UI text', () => {
		const found = uk.filter(([key]) => !speaksToSeveral(key)).flatMap(([key, text]) => vyForms(text).map((w) => `${key}: ${w}`));
		expect(found).toEqual([]);
	});
});
