/// <reference path="./font-libs.d.ts" />
/**
 * Subsets the self-hosted Noto fonts at build time to the characters the app can show.
 *
 * The full Arabic and Ethiopic families are about 300 KB; the app only ever shows the letters
 * in its own messages and data files. So the subset is computed from those files on every build
 * (other people add texts all the time: a fixed glyph list would go stale), and the build fails
 * when a text uses a character the Noto font cannot draw, instead of showing a box on a phone.
 *
 * Two sets per script: the full set (every text of the app) and the chooser set (only what the
 * language choice and the language menu show: the endonyms and the chooser prompts), so the first
 * page a phone loads fetches a few hundred bytes of font instead of the whole script.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = new URL('../..', import.meta.url).pathname;
/** Where the subsets and their fonts.css go (imported by src/lib/styles/app.css). Generated, so git-ignored. */
export const FONT_OUT_DIR = join(ROOT, 'src/lib/styles/fonts');
const require = createRequire(import.meta.url);

interface Source {
	/** A file in node_modules. */
	file: string;
	/** For a variable font: the axis values of the static instance to cut. */
	axes?: Record<string, number>;
}

interface Script {
	/** The font-family name the app's CSS uses (src/lib/styles/tokens.css). */
	family: string;
	/** The code point ranges of the script: the subset holds every one of them the texts use. */
	ranges: Array<[number, number]>;
	/** One source per font weight the app uses (400 text, 700 headings, buttons, chosen cards). */
	weights: Record<400 | 700, Source>;
}

const ETHIOPIC_VARIABLE = '@fontsource-variable/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-wght-normal.woff2';

export const SCRIPTS: Record<'arabic' | 'ethiopic', Script> = {
	arabic: {
		family: 'Noto Sans Arabic',
		// The Arabic blocks plus the joiners that Arabic text uses between letters.
		ranges: [[0x0600, 0x06ff], [0x0750, 0x077f], [0x0870, 0x08ff], [0x200c, 0x200d], [0xfb50, 0xfdff], [0xfe70, 0xfeff]],
		weights: {
			400: { file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2' },
			700: { file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2' }
		}
	},
	ethiopic: {
		family: 'Noto Sans Ethiopic',
		ranges: [[0x1200, 0x139f], [0x2d80, 0x2ddf], [0xab00, 0xab2f]],
		// Two static instances of the variable font are smaller than one variable subset
		// (2 × 16 KB against 43 KB) and are all the weights the app uses.
		weights: { 400: { file: ETHIOPIC_VARIABLE, axes: { wght: 400 } }, 700: { file: ETHIOPIC_VARIABLE, axes: { wght: 700 } } }
	}
};

/** The family of the chooser set, listed before the full fonts where endonyms are shown. */
export const ENDONYM_FAMILY = 'Hulpwijzer Endonyms';

export type ScriptName = keyof typeof SCRIPTS;
export type SetName = 'app' | 'chooser';

/** Every text file the app's strings can come from: messages, data files and source. */
export function textFiles(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (full === FONT_OUT_DIR) continue;
			if (statSync(full).isDirectory()) walk(full);
			else if (/\.(json|ts|svelte)$/.test(name)) out.push(full);
		}
	};
	walk(join(ROOT, 'messages'));
	walk(join(ROOT, 'src'));
	return out.sort();
}

/**
 * What the language choice and the language menu show in this weight: each language's endonym,
 * and in 400 the chooser's prompts too. Bold is only ever an endonym (the chooser's cards, the
 * menu's current language), so the bold subsets leave the prompts out: they would put the
 * chooser over its 60 KiB.
 */
export function chooserText(weight: 400 | 700 = 400): string {
	const locales = readFileSync(join(ROOT, 'src/lib/i18n/locales.ts'), 'utf8');
	const endonyms = [...locales.matchAll(/endonym:\s*'([^']*)'/g)].map((m) => m[1]);
	const prompts = readdirSync(join(ROOT, 'messages'))
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.stringify((JSON.parse(readFileSync(join(ROOT, 'messages', f), 'utf8')) as { chooser?: unknown }).chooser ?? ''));
	return (weight === 700 ? endonyms : [...endonyms, ...prompts]).join(' ');
}

/** The distinct characters of a script in a text, sorted by code point. */
export function charsOf(script: ScriptName, text: string): string[] {
	const inScript = (c: string) => SCRIPTS[script].ranges.some(([from, to]) => c.codePointAt(0)! >= from && c.codePointAt(0)! <= to);
	return [...new Set([...text].filter(inScript))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** The characters a font's cmap maps to a glyph. */
export async function coveredChars(font: Buffer): Promise<Set<string>> {
	const { convert } = await import('fontverter');
	const { Blob, Face } = await import('harfbuzzjs');
	const sfnt = await convert(font, 'truetype');
	const face = new Face(new Blob(sfnt));
	return new Set([...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)));
}

export interface Subset {
	script: ScriptName;
	set: SetName;
	weight: 400 | 700;
	fileName: string;
	chars: string[];
	font: Buffer;
	/** Characters the texts use that the source font cannot draw. */
	missing: string[];
}

/** The file a subset is written to, e.g. app-ethiopic-700.woff2. */
const subsetFileName = (set: SetName, script: ScriptName, weight: 400 | 700) => `${set}-${script}-${weight}.woff2`;

/** Cuts one subset and checks that it holds every character asked for. */
export async function cutSubset(script: ScriptName, set: SetName, weight: 400 | 700, chars: string[]): Promise<Subset> {
	const { default: subsetFont } = await import('subset-font');
	const source = SCRIPTS[script].weights[weight];
	const original = readFileSync(require.resolve(source.file));
	const font = await subsetFont(original, chars.join(''), { targetFormat: 'woff2', variationAxes: source.axes });
	const covered = await coveredChars(font);
	const missing = chars.filter((c) => !covered.has(c));
	return { script, set, weight, fileName: subsetFileName(set, script, weight), chars, font, missing };
}

/** The characters each subset must hold, read from the files as they are now. */
export function wantedChars(weight: 400 | 700): Record<SetName, Record<ScriptName, string[]>> {
	const all = textFiles()
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	const per = (text: string) => ({ arabic: charsOf('arabic', text), ethiopic: charsOf('ethiopic', text) });
	return { app: per(all), chooser: per(chooserText(weight)) };
}

/** Every subset the app ships: two sets × two scripts × two weights. */
const SUBSET_PLAN = (['app', 'chooser'] as const).flatMap((set) =>
	(['arabic', 'ethiopic'] as const).flatMap((script) =>
		([400, 700] as const).map((weight) => ({ set, script, weight, fileName: subsetFileName(set, script, weight) }))
	)
);

export async function cutAllSubsets(): Promise<Subset[]> {
	const wanted = { 400: wantedChars(400), 700: wantedChars(700) };
	const out: Subset[] = [];
	// One at a time: the WebAssembly WOFF2 codec does not survive calls that overlap.
	for (const { set, script, weight } of SUBSET_PLAN) out.push(await cutSubset(script, set, weight, wanted[weight][set][script]));
	return out;
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** Where a character first occurs, so the build error points at the text to fix. */
function whereUsed(char: string): string {
	const file = textFiles().find((f) => readFileSync(f, 'utf8').includes(char));
	return file ? relative(ROOT, file) : 'unknown file';
}

export function describeMissing(subsets: Subset[]): string[] {
	return subsets.flatMap((s) =>
		s.missing.map(
			(c) => `${s.fileName}: "${c}" (U+${hex(c.codePointAt(0)!)}, in ${whereUsed(c)}) has no glyph in Noto`
		)
	);
}

/** The full and PostScript names a phone's own copy of a Noto family has in this weight. */
function localNames(family: string, weight: 400 | 700): string[] {
	const style = weight === 700 ? 'Bold' : 'Regular';
	return [weight === 700 ? `${family} Bold` : family, `${family.replaceAll(' ', '')}-${style}`];
}

/** The @font-face rules for the subsets (fonts.css beside them, imported by src/lib/styles/app.css). */
export function fontFaceCss(subsets: Array<Pick<Subset, 'script' | 'set' | 'weight' | 'fileName'>>): string {
	const rules = subsets.map((s) => {
		const range = SCRIPTS[s.script].ranges.map(([from, to]) => `U+${hex(from)}-${hex(to)}`).join(', ');
		const family = s.set === 'chooser' ? ENDONYM_FAMILY : SCRIPTS[s.script].family;
		// Most Android phones carry the whole Noto font of both scripts: taken from the phone, it
		// needs no download and its text never reflows when our subset arrives after the first paint.
		const local = localNames(SCRIPTS[s.script].family, s.weight).map((name) => `local('${name}'), `).join('');
		return `@font-face {\n\tfont-family: '${family}';\n\tfont-display: swap;\n\tfont-weight: ${s.weight};\n\tsrc: ${local}url('./${s.fileName}') format('woff2');\n\tunicode-range: ${range};\n}`;
	});
	return `/* Generated by src/build/font-subsets.ts at build time; do not edit. Noto fonts, SIL Open Font License 1.1. */\n${rules.join('\n')}\n`;
}

/**
 * Writes the subsets and their fonts.css into FONT_OUT_DIR, unless the characters and sources
 * are the same as for the files already there (SvelteKit runs two builds; a dev server restarts).
 * Returns the characters that cannot be drawn; nothing is written then.
 */
export async function writeFontSubsets(): Promise<string[]> {
	const wanted = { 400: wantedChars(400), 700: wantedChars(700) };
	// The rules too: a change to them alone must also rewrite fonts.css.
	const rules = fontFaceCss(SUBSET_PLAN);
	const key = createHash('sha256').update(JSON.stringify({ wanted, scripts: SCRIPTS, rules, v: 2 })).digest('hex');
	const stamp = join(FONT_OUT_DIR, 'inputs.sha256');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return [];
	const subsets = await cutAllSubsets();
	const problems = describeMissing(subsets);
	if (problems.length > 0) return problems;
	mkdirSync(FONT_OUT_DIR, { recursive: true });
	for (const s of subsets) writeFileSync(join(FONT_OUT_DIR, s.fileName), s.font);
	writeFileSync(join(FONT_OUT_DIR, 'fonts.css'), fontFaceCss(subsets));
	writeFileSync(stamp, key);
	return [];
}

/** The Vite plugin: subsets before anything is bundled, and stops the build on a missing glyph. */
export function fontSubsets(): Plugin {
	return {
		name: 'hulpwijzer-font-subsets',
		// The unit tests check the subsets themselves (test/unit/fonts); they need no font files.
		apply: () => !process.env.VITEST,
		// Fonts stay files: inlined as data: URLs (Vite's default under 4 KB) they would be copied
		// into the CSS, and so into every page's HTML, where a page without Arabic never needs them.
		config: () => ({ build: { assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined) } }),
		async buildStart() {
			const problems = await writeFontSubsets();
			if (problems.length > 0) {
				this.error(`These characters cannot be drawn with the app's fonts:\n${problems.join('\n')}`);
			}
		}
	};
}
