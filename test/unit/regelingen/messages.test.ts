import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prng, randomHousehold, day } from './fixtures';
import { screen, SCHEMES } from '../../../src/lib/regelingen/screen';
import { PAPER_IDS, PERIODS, APPLY_CHANNELS } from '../../../src/lib/regelingen/schemes-schema';
import { QUESTION_ORDER } from '../../../src/lib/regelingen/household';
import { VERDICTS, reasonValueKind } from '../../../src/lib/regelingen/types';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti'] as const;
const messages = Object.fromEntries(
	LANGS.map((l) => [l, JSON.parse(readFileSync(new URL(`../../../messages/${l}.json`, import.meta.url), 'utf8'))])
) as Record<string, Record<string, unknown>>;

function lookup(lang: string, path: string): unknown {
	return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages[lang]);
}
const placeholders = (text: string) => new Set([...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1] as string));

/** Every reason key and value name that screen() produces, over many households and dates. */
function collectReasons(): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	const rand = prng(7);
	const dates = ['2024-03-01', '2025-08-01', '2026-03-01', '2027-03-01'].map(day);
	for (let i = 0; i < 3000; i++) {
		for (const hint of screen(randomHousehold(rand), dates[i % dates.length])) {
			for (const r of hint.reasons) {
				const names = found.get(r.key) ?? new Set<string>();
				for (const name of Object.keys(r.values ?? {})) names.add(name);
				found.set(r.key, names);
			}
		}
	}
	return found;
}

describe('regelingen messages in all seven languages', () => {
	const reasons = collectReasons();

	it('finds many reason keys to check', () => {
		expect(reasons.size).toBeGreaterThan(50);
	});

	it('every reason key has a message whose placeholders are values the engine gives', () => {
		const problems: string[] = [];
		for (const lang of LANGS) {
			for (const [key, names] of reasons) {
				const text = lookup(lang, key);
				if (typeof text !== 'string') {
					problems.push(`${lang}: missing ${key}`);
					continue;
				}
				for (const p of placeholders(text)) if (!names.has(p)) problems.push(`${lang}: ${key} uses {{${p}}} that is not given`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('every money/date value in reasons is classified for formatting', () => {
		for (const names of reasons.values()) for (const n of names) expect(['money', 'date', 'year', 'number']).toContain(reasonValueKind(n));
	});

	it('every scheme, paper, channel, period, verdict and question has its text', () => {
		const needed: string[] = [];
		for (const s of SCHEMES) for (const f of ['name', 'explain', 'howToApply']) needed.push(`regelingen.scheme.${s.id}.${f}`);
		for (const p of PAPER_IDS) needed.push(`regelingen.papers.${p}`);
		for (const c of APPLY_CHANNELS) needed.push(`regelingen.channel.${c}`);
		for (const p of PERIODS) needed.push(`regelingen.period.${p}`);
		for (const v of VERDICTS) needed.push(`regelingen.verdict.${v}`, `regelingen.verdict.${v}Third`, `regelingen.verdictCaredFor.${v}`);
		for (const q of QUESTION_ORDER) for (const f of ['title', 'titleThird', 'hint', 'hintThird', 'whyWeAsk', 'whyWeAskThird']) needed.push(`regelingen.question.${q}.${f}`);
		for (const k of ['empty', 'notANumber', 'negative', 'tooLarge', 'ambiguous']) needed.push(`regelingen.parse.${k}`);
		for (const k of ['value', 'upTo', 'unknown', 'outdated', 'computed', 'total']) needed.push(`regelingen.amount.${k}`);
		for (const k of ['text', 'textOutdated', 'unknown']) needed.push(`regelingen.assetLimit.${k}`);
		for (const k of ['title', 'titleThird', 'intro', 'edit', 'confirm']) needed.push(`regelingen.check.${k}`);
		const missing = LANGS.flatMap((l) => needed.filter((k) => typeof lookup(l, k) !== 'string' || (lookup(l, k) as string).trim() === '').map((k) => `${l}: ${k}`));
		expect(missing).toEqual([]);
	});

	it('keeps the same placeholders as Dutch in every language, and Dutch scheme names', () => {
		const walk = (node: unknown, path: string, out: string[]) => {
			if (typeof node === 'string') out.push(path);
			else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k, out);
		};
		const paths: string[] = [];
		walk(messages.nl?.regelingen, 'regelingen', paths);
		const problems: string[] = [];
		for (const lang of LANGS) {
			for (const p of paths) {
				const text = lookup(lang, p);
				if (typeof text !== 'string') problems.push(`${lang}: missing ${p}`);
				else if ([...placeholders(text)].sort().join() !== [...placeholders(lookup('nl', p) as string)].sort().join()) problems.push(`${lang}: placeholders differ in ${p}`);
			}
			for (const s of SCHEMES) if (lookup(lang, `regelingen.scheme.${s.id}.name`) !== lookup('nl', `regelingen.scheme.${s.id}.name`)) problems.push(`${lang}: name of ${s.id} not kept in Dutch`);
		}
		expect(problems).toEqual([]);
	});

	it('Tigrinya is written in Ge\'ez script', () => {
		const text = String(lookup('ti', 'regelingen.question.age.title'));
		expect(/[\u1200-\u137f]/.test(text)).toBe(true);
	});
});
