import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * One register per language (messages/GLOSSARY.md): Dutch "je", Ukrainian "ти" and Turkish
 * "sen" everywhere, never the polite "u"/"ви"/"siz" mixed in; Polish gender-neutral, with no
 * past-tense 2nd person ("odpowiedziałeś") and no "sam/sama". Tigrinya's polite plural has its
 * own file (register-ti.test.ts).
 */
type Tree = { [key: string]: string | Tree };
function texts(tree: Tree, prefix = ''): Array<[string, string]> {
	return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : texts(v, `${prefix}${k}.`)));
}
const load = (lang: string) => texts(JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8')) as Tree);
const uk = load('uk');
/**
 * Where the Dutch says "jullie" or "jij en …" (the reader and the person cared for, or the
 * household), "ви"/"siz" is a true plural, not the polite register: those keys may use it.
 */
const nlTexts = load('nl');
const nl = new Map(nlTexts);
const speaksToSeveral = (key: string) => /\bjullie\b|\bjij en\b/i.test(nl.get(key) ?? '');

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

/** Dutch "u"/"uw" as a word (not "u" inside a URL or a unit). */
const U_FORM = /(?<![\p{L}./-])(u|uw|uzelf)(?![\p{L}./-])/giu;

describe('Dutch register', () => {
	it('recognises "u" (so the check can fail)', () => {
		expect('Kunt u uw inkomen invullen?'.match(U_FORM)).toEqual(['u', 'uw']);
		expect('Kun je je inkomen invullen? Kijk op toeslagen.nl/u'.match(U_FORM)).toBeNull();
	});

	it('says "je" in every text', () => {
		expect(nlTexts.flatMap(([key, text]) => (text.match(U_FORM) ?? []).map((w) => `${key}: ${w}`))).toEqual([]);
	});
});

/**
 * Turkish "siz" forms: the pronoun in all its cases and the 2nd person plural endings
 * (-sınız "you are/do", -ınız "your", also with a case ending: "evinize"). The imperative
 * "-ın" is left out: it looks like the genitive ("kişinin"). Words that only end like one are named.
 */
const SIZ_FORM = /^(siz|sizin|size|sizi|sizinle|sizde|sizden|sizce)$|[ıiuü]n[ıiuü]z(?:[ıiuüae]|d[ae]n?|t[ae]n|l[ae]|[ıiuü]n|ki)?$/iu;
const NOT_A_SIZ_FORM = new Set<string>([]);
const sizForms = (text: string) =>
	(text.match(/[\p{L}]+/gu) ?? []).filter((w) => SIZ_FORM.test(w) && !NOT_A_SIZ_FORM.has(w.toLocaleLowerCase('tr')));

describe('Turkish register', () => {
	it('recognises siz-forms (so the check can fail)', () => {
		expect(sizForms('Gelirinizi yazın, sizinle evinizde konuşuruz. Başvurabilirsiniz.')).toEqual(['Gelirinizi', 'sizinle', 'evinizde', 'Başvurabilirsiniz']);
		expect(sizForms('Gelirini yaz, seninle evinde konuşuruz. Başvurabilirsin. Yalnız değilsin, deniz kenarında.')).toEqual([]);
	});

	it('uses "sen" in every UI text', () => {
		const found = load('tr')
			.filter(([key]) => !speaksToSeveral(key))
			.flatMap(([key, text]) => sizForms(text).map((w) => `${key}: ${w}`));
		expect(found).toEqual([]);
	});
});

/**
 * Polish forms that say the reader is a man or a woman: the past tense 2nd person
 * ("odpowiedziałeś", "wybrałaś", "zrobiłbyś") and "sam/sama" ("yourself"). Say it without the
 * person ("Pytania nie mają jeszcze odpowiedzi", "samodzielnie").
 */
const GENDERED_PL = /^(\p{L}+(łeś|łaś|łbyś|łabyś)|sam|sama)$/iu;
/**
 * A predicate that gives the reader a gender: an adjective or noun after "jesteś" or "(możesz,
 * chcesz) być/zostać" ("Jesteś tam mile widziany", "w której jesteś wolontariuszem", "Chcesz
 * zostać wolontariuszem"); "kwota może być niższa" (3rd person) is not one. Say it with a verb or a noun that fits everyone ("działasz w wolontariacie",
 * "Każdy jest tam mile widziany"). Small words that only end like one are skipped.
 */
const GENDERED_PL_PREDICATE = /\b(?:jesteś|będziesz|bądź|zostaniesz|(?:możesz|chcesz|musisz)\s+(?:być|zostać))\s+(?:(?:tam|tu|już|mile|bardzo)\s+)*(\p{L}+(?:y|a|ym|em))(?!\p{L})/giu;
const NOT_A_PREDICATE = new Set(['na', 'za', 'dla', 'przy', 'poza']);
const genderedPl = (text: string) => [
	...(text.match(/\p{L}+/gu) ?? []).filter((w) => GENDERED_PL.test(w)),
	...[...text.matchAll(GENDERED_PL_PREDICATE)].map((m) => m[1] ?? '').filter((w) => !NOT_A_PREDICATE.has(w.toLowerCase()))
];

describe('Polish is gender-neutral', () => {
	it('recognises gendered forms (so the check can fail)', () => {
		expect(genderedPl('Nie odpowiedziałeś. Wybrałaś sama? Możesz sam.')).toEqual(['odpowiedziałeś', 'Wybrałaś', 'sama', 'sam']);
		expect(genderedPl('Pytania nie mają jeszcze odpowiedzi. Możesz samodzielnie, do samego budynku.')).toEqual([]);
		expect(genderedPl('Jesteś tam mile widziany. Chcesz zostać wolontariuszem? Jesteś pewna?')).toEqual(['widziany', 'wolontariuszem', 'pewna']);
		expect(genderedPl('Każdy jest tam mile widziany. Chcesz działać w wolontariacie? Jesteś blisko limitu, jesteś na liście. Kwota może być niższa.')).toEqual([]);
	});

	it('has no gendered 2nd person in any text, the places’ descriptions included', () => {
		const places = JSON.parse(readFileSync(new URL('../../../src/lib/data/places.json', import.meta.url), 'utf8')) as Array<{ id: string; description: { pl: string } }>;
		const texts = [...load('pl'), ...places.map((p) => [`places.json ${p.id}`, p.description.pl] as [string, string])];
		const found = texts.flatMap(([key, text]) => genderedPl(text).map((w) => `${key}: ${w}`));
		expect(found).toEqual([]);
	});
});
