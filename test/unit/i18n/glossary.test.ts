/**
 * One word for one thing: messages/glossary/terms.json (the checkable form of messages/GLOSSARY.md; in a folder of its own, so the build's messages/*.json never takes it for a language)
 * gives each key term one rendering per language. Wherever the Dutch has the term, the
 * translation must use that rendering; the renderings it replaced must not appear anywhere.
 * Checked over the messages and the places' descriptions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANG_CODES, type LangCode } from '../../../src/lib/i18n/locales';
import { flattenMessages } from '../../support/readability';

type Tree = { [key: string]: string | Tree };
type Lang = Exclude<LangCode, 'nl'>;
interface Term {
	term: string;
	nl: string;
	use: Partial<Record<Lang, string>>;
	/** Words that must not stand where the Dutch has the term (the word for "kosten" where it says "waarde"). */
	notHere?: Partial<Record<Lang, string>>;
	avoid: Partial<Record<Lang, string>>;
	exceptions: Array<{ lang: Lang; key: string; why: string }>;
}
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const glossary = JSON.parse(read('messages/glossary/terms.json')) as { terms: Term[] };
const places = JSON.parse(read('src/lib/data/places.json')) as Array<{ id: string; description: Record<LangCode, string> }>;
const texts = (lang: LangCode) =>
	new Map([
		...flattenMessages(JSON.parse(read(`messages/${lang}.json`)) as Tree),
		...places.map((p) => [`places.json ${p.id}`, p.description[lang]] as const)
	]);
const all = Object.fromEntries(LANG_CODES.map((lang) => [lang, texts(lang)])) as Record<LangCode, Map<string, string>>;
const others = LANG_CODES.filter((lang): lang is Lang => lang !== 'nl');
/** Names stay Dutch in every language (scheme names, line names): they carry no rendering. */
const isName = (key: string) => key.endsWith('.name');
const re = (source: string) => new RegExp(source, 'iu');

/** Keys whose Dutch has the term but whose translation lacks its rendering: "lang key". */
function missingRendering(term: Term, files = all): string[] {
	const nl = re(term.nl);
	return others.flatMap((lang) => {
		const use = term.use[lang];
		if (!use) return [];
		return [...files.nl]
			.filter(([key, text]) => nl.test(text) && !isName(key) && !term.exceptions.some((e) => e.lang === lang && e.key === key))
			.filter(([key]) => !re(use).test(files[lang].get(key) ?? ''))
			.map(([key]) => `${lang} ${key}`);
	});
}

/** Keys that use a replaced rendering (anywhere), or a forbidden word where the Dutch has the term. */
function wrongRendering(term: Term, files = all): string[] {
	const nl = re(term.nl);
	return others.flatMap((lang) => {
		const avoid = term.avoid[lang];
		const notHere = term.notHere?.[lang];
		return [...files[lang]]
			.filter(([key, text]) => (avoid && re(avoid).test(text)) || (notHere && nl.test(files.nl.get(key) ?? '') && re(notHere).test(text)))
			.map(([key, text]) => `${lang} ${key}: ${text}`);
	});
}

describe('the glossary', () => {
	it('is the table of GLOSSARY.md: every term there has a row', () => {
		const table = read('messages/GLOSSARY.md');
		for (const term of ['regeling', 'toeslag', 'mantelzorger', 'sociaal wijkteam', 'respijtzorg', 'balie']) {
			expect(glossary.terms.map((t) => t.term)).toContain(term);
			expect(table).toContain(`| ${term} |`);
		}
	});

	it('finds a missing or a replaced rendering (so the check can fail)', () => {
		const term = glossary.terms.find((t) => t.term === 'regeling')!;
		const files = { ...all, nl: new Map([['x', 'Veel regelingen']]), tr: new Map([['x', 'Birçok düzenlemeler']]) } as typeof all;
		expect(missingRendering(term, files)).toContain('tr x');
		expect(wrongRendering(term, files)).toEqual(['tr x: Birçok düzenlemeler']);
		const worth = glossary.terms.find((t) => t.notHere)!;
		const costly = { ...all, nl: new Map([['y', 'Wat het waard is']]), ti: new Map([['y', 'ዋጋ ሓገዝ']]) } as typeof all;
		expect(wrongRendering(worth, costly)).toEqual(['ti y: ዋጋ ሓገዝ']);
	});

	for (const term of glossary.terms) {
		it(`"${term.term}": one rendering wherever the Dutch has it`, () => {
			expect(missingRendering(term)).toEqual([]);
		});

		it(`"${term.term}": no other rendering`, () => {
			expect(wrongRendering(term)).toEqual([]);
		});
	}

	it('names a reason for every exception, and each is still needed', () => {
		for (const term of glossary.terms) {
			for (const e of term.exceptions) {
				expect(e.why.length, `${term.term} ${e.lang} ${e.key}`).toBeGreaterThan(10);
				const without = { ...term, exceptions: [] };
				expect(missingRendering(without), `${term.term} ${e.lang} ${e.key} is no longer an exception`).toContain(`${e.lang} ${e.key}`);
			}
		}
	});
});
