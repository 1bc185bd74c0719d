/** Readability figures for `npm run bench` (the gates are in test/unit/i18n/readability.test.ts). */
import { readFileSync } from 'node:fs';
import { flattenMessages, longSentences, measure, unexplainedJargon } from '../support/readability';

type Tree = { [key: string]: string | Tree };
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const prose = (texts: Iterable<string>) => [...texts].filter((t) => /[.!?]\s*$/.test(t.trim()));

/** Rows: [figure, value, goal]. */
export function readabilityRows(): string[][] {
	const nl = flattenMessages(JSON.parse(read('messages/nl.json')) as Tree);
	const en = flattenMessages(JSON.parse(read('messages/en.json')) as Tree);
	const places = JSON.parse(read('src/lib/data/places.json')) as Array<{ id: string; description: { nl: string } }>;
	const dutch = new Map([...nl, ...places.map((p) => [`places.json ${p.id}`, p.description.nl] as [string, string])]);
	const nlAll = measure([...dutch.values()], 'nl');
	const nlProse = measure(prose(dutch.values()), 'nl');
	const enAll = measure([...en.values()], 'en');
	const enProse = measure(prose(en.values()), 'en');
	const f = (n: number) => n.toFixed(1);
	return [
		['Dutch Flesch-Douma (all UI text)', `${f(nlAll.score)} (${nlAll.sentences} sentences, ${nlAll.words} words)`, '≥ 70'],
		['Dutch Flesch-Douma (running text)', f(nlProse.score), '≥ 70'],
		['Dutch words per sentence (all / running)', `${f(nlAll.wordsPerSentence)} / ${f(nlProse.wordsPerSentence)}`, '≤ 12'],
		['Dutch longest sentence', `${nlAll.longest.words} words`, '≤ 20'],
		['Dutch sentences over 20 words', String(longSentences(dutch, 20).length), '0'],
		['Dutch officials\u2019 words unexplained', String(unexplainedJargon(dutch).length), '0'],
		['English Flesch reading ease (all UI text)', `${f(enAll.score)} (${enAll.sentences} sentences, ${enAll.words} words)`, '≥ 70'],
		['English Flesch reading ease (running text)', f(enProse.score), '≥ 70'],
		['English longest sentence', `${enAll.longest.words} words`, '']
	];
}
