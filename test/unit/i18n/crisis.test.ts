/**
 * The texts people read in a crisis (directHelp.*, balance.safetyNet.*) are frozen: every
 * language must match crisis-texts.reviewed.json, so a change to them is always deliberate and
 * reviewed. The reviewed file carries a sha256 per language, so an edit there must be made on
 * purpose too. The numbers in these texts must be the numbers in help-lines.json.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAFETY_NET_LINES } from '../../../src/lib/balance';
import { LANG_CODES } from '../../../src/lib/i18n/locales';
import { flattenMessages } from '../../support/readability';

type Tree = { [key: string]: string | Tree };
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const CRISIS_KEY = /^(directHelp|balance\.safetyNet)\./;
const crisisTexts = (lang: string) =>
	Object.fromEntries([...flattenMessages(JSON.parse(read(`messages/${lang}.json`)) as Tree)].filter(([key]) => CRISIS_KEY.test(key)));
const reviewed = JSON.parse(read('test/unit/i18n/crisis-texts.reviewed.json')) as {
	languages: Record<string, { status: string; sha256: string; texts: Record<string, string> }>;
};
const helpLines = JSON.parse(read('src/lib/data/help-lines.json')) as Array<{ id: string; phone: string; alternativePhone?: string }>;
function reviewedFor(lang: string) {
	const copy = reviewed.languages[lang];
	if (!copy) throw new Error(`crisis-texts.reviewed.json has no copy for ${lang}`);
	return copy;
}
const sha256 = (texts: Record<string, string>) => createHash('sha256').update(JSON.stringify(texts)).digest('hex');

/** A phone number as written in a text: three digits or more, maybe with - or spaces (112, 0800-2000). */
const PHONE_LIKE = /(?<![\d{])\d{3,}(?:[- ]\d+)*(?![\d}])/g;
const knownPhones = new Set(helpLines.flatMap((l) => [l.phone, l.alternativePhone].filter((p): p is string => !!p)));

describe('crisis texts', () => {
	it('has a reviewed copy for every language', () => {
		expect(Object.keys(reviewed.languages).sort()).toEqual([...LANG_CODES].sort());
	});

	for (const lang of LANG_CODES) {
		it(`${lang}: match the reviewed copy`, () => {
			const current = crisisTexts(lang);
			expect(current, `crisis texts in ${lang} changed: have them reviewed, then update crisis-texts.reviewed.json (sha256 ${sha256(current)})`).toEqual(
				reviewedFor(lang).texts
			);
		});

		it(`${lang}: the reviewed copy is the one its hash was taken of`, () => {
			expect(sha256(reviewedFor(lang).texts)).toBe(reviewedFor(lang).sha256);
		});
	}

	it('notices a changed text (so the check can fail)', () => {
		const changed = { ...reviewedFor('nl').texts, 'directHelp.intro': 'Bel ons.' };
		expect(changed).not.toEqual(crisisTexts('nl'));
		expect(sha256(changed)).not.toBe(reviewedFor('nl').sha256);
	});
});

describe('the numbers in the crisis texts', () => {
	it('names a line for every help line in the data, and no other', () => {
		const named = Object.keys(crisisTexts('nl'))
			.map((key) => /^directHelp\.lines\.([^.]+)\.name$/.exec(key)?.[1])
			.filter((id): id is string => !!id);
		expect(named.sort()).toEqual(helpLines.map((l) => l.id).sort());
	});

	it('writes only numbers from help-lines.json', () => {
		expect('Bel 113 of 0800-0113, voor 8 tot 18 jaar, {{phone}}'.match(PHONE_LIKE)).toEqual(['113', '0800-0113']);
		const unknown = LANG_CODES.flatMap((lang) =>
			Object.entries(crisisTexts(lang)).flatMap(([key, text]) =>
				(text.match(PHONE_LIKE) ?? []).filter((n) => !knownPhones.has(n)).map((n) => `${lang} ${key}: ${n}`)
			)
		);
		expect(unknown).toEqual([]);
	});

	it('starts a line name with its own number wherever the Dutch does (112 — alarmnummer)', () => {
		const wrong = helpLines.flatMap((line) => {
			const key = `directHelp.lines.${line.id}.name`;
			if (!(crisisTexts('nl')[key] ?? '').startsWith(line.phone)) return [];
			return LANG_CODES.filter((lang) => !(crisisTexts(lang)[key] ?? '').startsWith(line.phone)).map((lang) => `${lang} ${key}`);
		});
		expect(wrong).toEqual([]);
		expect(crisisTexts('nl')['directHelp.lines.emergency.name']?.startsWith('112')).toBe(true);
		expect(crisisTexts('nl')['directHelp.lines.suicide-prevention.name']?.startsWith('113')).toBe(true);
	});

	it('leaves a {{phone}} in each safety-net line that has a number, and none in the one without', () => {
		const wrong = LANG_CODES.flatMap((lang) =>
			SAFETY_NET_LINES.filter((line) => (crisisTexts(lang)[`balance.safetyNet.lines.${line.id}.text`] ?? '').includes('{{phone}}') !== (line.helpLineId !== null)).map(
				(line) => `${lang} ${line.id}`
			)
		);
		expect(wrong).toEqual([]);
	});
});
