import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEP_RULES } from '../../../src/lib/balance/advice';
import { ALL_QUESTIONS } from '../../../src/lib/balance/questions';
import { SAFETY_NET_LINES } from '../../../src/lib/balance/safety-net';
import { DOMAINS } from '../../../src/lib/balance/score';
import helpLines from '../../../src/lib/data/help-lines.json';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti'] as const;
const messages = Object.fromEntries(
	LANGS.map((lang) => [lang, JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8'))])
) as Record<(typeof LANGS)[number], unknown>;

/** Walks a dotted key path; returns the string found there, or undefined. */
function lookup(tree: unknown, key: string): string | undefined {
	let node: unknown = tree;
	for (const part of key.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

function missing(keys: string[]): string[] {
	return LANGS.flatMap((lang) => keys.filter((k) => lookup(messages[lang], k) === undefined).map((k) => `${lang}: ${k}`));
}

describe('balance messages in all seven languages', () => {
	it('have title, titleThird, whyWeAsk(+Third), hint(+Third) for every question', () => {
		const keys = ALL_QUESTIONS.flatMap((q) => [
			q.titleKey,
			q.titleThirdKey,
			q.whyWeAskKey,
			q.whyWeAskThirdKey,
			...(q.hintKey && q.hintThirdKey ? [q.hintKey, q.hintThirdKey] : [])
		]);
		expect(missing(keys)).toEqual([]);
	});

	it('have label and labelThird for every option', () => {
		const keys = ALL_QUESTIONS.flatMap((q) => q.options.flatMap((o) => [o.labelKey, o.labelThirdKey]));
		expect(missing(keys)).toEqual([]);
	});

	it('word helper-mode titles differently from "je"-mode titles', () => {
		for (const lang of LANGS)
			for (const q of ALL_QUESTIONS)
				expect(lookup(messages[lang], q.titleThirdKey), `${lang} ${q.id}`).not.toBe(lookup(messages[lang], q.titleKey));
	});

	it('have a name and a one-sentence explanation for every domain', () => {
		const keys = DOMAINS.flatMap(({ domain }) => [`balance.domain.${domain}.name`, `balance.domain.${domain}.explain`]);
		expect(missing(keys)).toEqual([]);
	});

	it('have title and text for every next step, state and scale picture', () => {
		const keys = [
			...STEP_RULES.flatMap((s) => [`balance.step.${s.id}.title`, `balance.step.${s.id}.text`]),
			...['in-balance', 'wobbly', 'out-of-balance', 'too-few-answers'].flatMap((s) => [`balance.result.state.${s}.title`, `balance.result.state.${s}.text`]),
			...['in-balance', 'wobbly', 'out-of-balance'].map((s) => `balance.result.scaleAlt.${s}`),
			...[1, 2, 3, 4].map((c) => `balance.result.circles.${c}`),
			'balance.intro.title', 'balance.intro.text', 'balance.intro.forMyself', 'balance.intro.forSomeoneElse',
			'question.number', 'question.last', 'question.next', 'question.skip', 'nav.back', 'balance.result.title',
			'balance.mantelzorg.recognition', 'balance.mantelzorg.recognitionThird', 'balance.mantelzorg.recognitionTitle',
			'balance.safetyNet.title', 'balance.safetyNet.intro'
		];
		expect(missing(keys)).toEqual([]);
	});

	it('put phone numbers in safety-net texts only through {{phone}}, for lines that exist in help-lines.json', () => {
		const known = new Set(helpLines.map((l) => l.id));
		for (const line of SAFETY_NET_LINES) {
			if (line.helpLineId) expect(known.has(line.helpLineId)).toBe(true);
			for (const lang of LANGS) {
				const text = lookup(messages[lang], `balance.safetyNet.lines.${line.id}.text`);
				expect(text, `${lang} ${line.id}`).toBeDefined();
				expect(text!.includes('{{phone}}'), `${lang} ${line.id}`).toBe(line.helpLineId !== null);
				expect(text!.replace(/\{\{phone\}\}/g, ''), `${lang} ${line.id}`).not.toMatch(/\d{3}/);
			}
		}
	});

	it('say "Vraag {{current}}" and how many are left, with the plural forms each language needs', () => {
		for (const lang of LANGS) {
			expect(lookup(messages[lang], 'question.number')).toContain('{{current}}');
			for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
				for (const key of ['left', 'added', 'dropped']) expect(lookup(messages[lang], `question.${key}_${category}`), `${lang} ${key}_${category}`).toBeDefined();
			}
		}
	});
});
