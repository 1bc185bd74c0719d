import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenMessages } from '../../support/readability';

/*
 * Ukrainian speaks to the reader without saying whether they are a man or a woman
 * (messages/GLOSSARY.md): no past tense after "ти" ("ти вказав", "ти отримала"), no
 * "сам/сама" for "yourself" (say "самостійно"), and no bracketed endings ("купив(-ла)",
 * "сам(а)"), which read as a form to fill in. Rephrase in the present tense or without the person.
 */
type Tree = { [key: string]: string | Tree };
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const places = JSON.parse(read('src/lib/data/places.json')) as Array<{ id: string; description: { uk: string }; schedule?: { note?: { uk: string } } }>;
const texts: Array<readonly [string, string]> = [
	...flattenMessages(JSON.parse(read('messages/uk.json')) as Tree),
	...places.flatMap((p) => [[`places.json ${p.id}`, p.description.uk] as const, ...(p.schedule?.note ? [[`places.json ${p.id} note`, p.schedule.note.uk] as const] : [])])
];

const L = '[а-яіїєґʼ]';
const GENDERED = new RegExp(
	[
		'\\((?:-?ла|-?а)\\)', // купив(-ла), сам(а)
		`(?<!${L})(?:сам|сама|самому|самій|самого|самої)(?!${L})`, // "yourself"
		`(?<!${L})ти\\s+(?:${L}+\\s+){0,2}?${L}+(?:ла|ав|ив|ів|ув|вся|лася|лась)(?!${L})` // ти (вже) вказав
	].join('|'),
	'giu'
);
/** "сам" as "itself" of a thing, not of the reader: "до самої будівлі", "години самого центру". */
const NOT_ABOUT_THE_READER = ['самої будівлі', 'самого центру'];
function gendered(text: string): string[] {
	const rest = NOT_ABOUT_THE_READER.reduce((t, phrase) => t.replaceAll(phrase, ' '), text);
	return [...rest.matchAll(GENDERED)].map((m) => m[0]);
}

describe('Ukrainian is gender-neutral', () => {
	it('recognises gendered forms (so the check can fail)', () => {
		expect(gendered('Житло, яке ти купив(-ла). Надішли сам(а). Ти вже вказав дітей. Тобі самому треба? Ти отримала лист.')).toEqual([
			'ти купив',
			'(-ла)',
			'сам',
			'(а)',
			'Ти вже вказав',
			'самому',
			'Ти отримала'
		]);
		expect(gendered('Житло у твоїй власності. Надішли самостійно. Ти доглядаєш за кимось. Відстань до самої будівлі.')).toEqual([]);
	});

	it('has no gendered form in any message or place text', () => {
		expect(texts.flatMap(([key, text]) => gendered(text).map((w) => `${key}: ${w}`))).toEqual([]);
	});
});
