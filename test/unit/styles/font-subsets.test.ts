import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { charsOf, coveredChars, cutAllSubsets, cutSubset, describeMissing, fontFaceCss, type Subset } from '../../../src/build/font-subsets';
import { LOCALES } from '../../../src/lib/i18n/locales';

// The texts a resident can see in Arabic and Tigrinya: their messages and every data file.
const read = (path: string) => readFileSync(path, 'utf8');
const dataFiles = readdirSync('src/lib/data')
	.filter((f) => f.endsWith('.json'))
	.map((f) => read(`src/lib/data/${f}`));
const arabicText = [read('messages/ar.json'), ...dataFiles].join('\n');
const tigrinyaText = [read('messages/ti.json'), ...dataFiles].join('\n');

let subsets: Subset[] = [];
const covered = new Map<string, Set<string>>();

beforeAll(async () => {
	subsets = await cutAllSubsets();
	for (const s of subsets) covered.set(s.fileName, await coveredChars(s.font));
}, 60_000);

const missingFrom = (fileName: string, chars: string[]) => chars.filter((c) => !covered.get(fileName)?.has(c));

describe('the font subsets cut at build time', () => {
	it('draw every Arabic letter of the Arabic messages and the data files, in both weights', () => {
		const chars = charsOf('arabic', arabicText);
		expect(chars.length).toBeGreaterThan(30);
		expect(missingFrom('app-arabic-400.woff2', chars)).toEqual([]);
		expect(missingFrom('app-arabic-700.woff2', chars)).toEqual([]);
	});

	it("draw every Ge'ez letter of the Tigrinya messages and the data files, in both weights", () => {
		const chars = charsOf('ethiopic', tigrinyaText);
		expect(chars.length).toBeGreaterThan(100);
		expect(missingFrom('app-ethiopic-400.woff2', chars)).toEqual([]);
		expect(missingFrom('app-ethiopic-700.woff2', chars)).toEqual([]);
	});

	it('give the language choice its language names and prompts from a much smaller set', () => {
		const endonyms = LOCALES.map((l) => l.endonym).join(' ');
		const shown = [endonyms, read('messages/ar.json').match(/"chooser":\s*\{[^}]*\}/)?.[0] ?? '', read('messages/ti.json').match(/"chooser":\s*\{[^}]*\}/)?.[0] ?? ''].join(' ');
		// The prompts are in 400; bold is only ever a language name.
		expect(missingFrom('chooser-arabic-400.woff2', charsOf('arabic', shown))).toEqual([]);
		expect(missingFrom('chooser-ethiopic-400.woff2', charsOf('ethiopic', shown))).toEqual([]);
		expect(missingFrom('chooser-arabic-700.woff2', charsOf('arabic', endonyms))).toEqual([]);
		expect(missingFrom('chooser-ethiopic-700.woff2', charsOf('ethiopic', endonyms))).toEqual([]);
		const size = (name: string) => subsets.find((s) => s.fileName === name)?.font.length ?? Infinity;
		expect(size('chooser-ethiopic-700.woff2')).toBeLessThan(size('app-ethiopic-700.woff2') / 4);
	});

	it('report a character the font cannot draw, so the build can stop on it', async () => {
		// An Ethiopic letter asked of the Arabic font: Noto Sans Arabic has no glyph for it.
		const subset = await cutSubset('arabic', 'app', 400, ['ب', 'ሀ']);
		expect(subset.missing).toEqual(['ሀ']);
		expect(describeMissing([subset])[0]).toMatch(/"ሀ" \(U\+1200, in .+\) has no glyph/);
	});

	it('are declared for the weights and scripts they hold', () => {
		const css = fontFaceCss(subsets);
		expect(css.match(/@font-face/g)).toHaveLength(8);
		expect(css).toContain("font-family: 'Noto Sans Ethiopic';\n\tfont-display: swap;\n\tfont-weight: 700;\n\tsrc: local('Noto Sans Ethiopic Bold'), local('NotoSansEthiopic-Bold'), url('./app-ethiopic-700.woff2')");
		expect(css).toContain("font-family: 'Hulpwijzer Endonyms'");
		expect(css).toMatch(/unicode-range: U\+1200-139F, U\+2D80-2DDF, U\+AB00-AB2F/);
	});
});
