/**
 * `npm run bench`: builds the app, then prints what a phone downloads and how fast the pure
 * logic runs, each figure beside its budget or goal. A script that prints figures, not a test:
 * speed depends on the machine. (The size budgets are also asserted after the build in
 * test/e2e/budgets.e2e.ts, because sizes are deterministic.)
 */
import { execSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { BUDGETS, pageWeight, precacheBytes } from './sizes';

const buildDir = process.env.HULPWIJZER_BUILD_DIR ?? 'build';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER BUDGET');

if (!process.argv.includes('--no-build')) {
	console.log('Building…');
	execSync('npx vite build', { stdio: 'ignore' });
}

const port = Number(process.env.HULPWIJZER_PORT ?? 4199);
const baseURL = `http://127.0.0.1:${port}`;
// Its own process group, so that stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
for (let i = 0; i < 100; i++) {
	if (await fetch(baseURL).then((r) => r.ok, () => false)) break;
	await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });

// One row per kind of page: what it downloads on a first visit, each figure against its budget.
// The flows' first questions are prerendered; obligations stands for the questions from the shell.
const PAGES = ['/', '/nl/', '/ar/', '/ti/', '/nl/balans/', '/nl/regelingen/', '/nl/hulp-in-de-buurt/', '/ti/hulp-in-de-buurt/', '/nl/overzicht/', '/nl/balans/vraag/money/', '/ti/regelingen/vraag/livesInDordrecht/', '/nl/balans/vraag/obligations/'];
const pageRows: string[][] = [['page', `HTML gz (≤ ${kb(BUDGETS.pageHtml)})`, 'of which CSS', 'JS gz', 'requests', 'fonts', 'total', '']];
const problems: string[] = [];
for (const path of PAGES) {
	// A fresh browser each time: a first visit, nothing cached from the page before.
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
	const w = await pageWeight(await context.newPage(), buildDir, baseURL, path);
	await context.close();
	const chooser = path === '/';
	const checks: Array<[boolean, string]> = [
		[w.htmlGzip <= BUDGETS.pageHtml, 'HTML'],
		[!chooser || w.totalBytes <= BUDGETS.chooserTransfer, `total > ${kb(BUDGETS.chooserTransfer)}`],
		[!chooser || w.jsGzip + w.cssGzip <= BUDGETS.startPageJsCss, `JS+CSS > ${kb(BUDGETS.startPageJsCss)}`]
	];
	const failed = checks.filter(([ok]) => !ok).map(([, what]) => what);
	if (failed.length) problems.push(`${path}: ${failed.join(', ')}`);
	pageRows.push([
		path,
		kb(w.htmlGzip),
		kb(w.inlineCssGzip),
		`${kb(w.jsGzip)} (${w.jsFiles})`,
		String(w.requests),
		`${kb(w.fontBytes)} (${w.fontFiles})`,
		chooser ? `${kb(w.totalBytes)} / ${kb(BUDGETS.chooserTransfer)}` : kb(w.totalBytes),
		failed.length ? `OVER BUDGET: ${failed.join(', ')}` : 'ok'
	]);
}
const pre = precacheBytes(buildDir);
await browser.close();
process.kill(-server.pid!);

const print = (table: string[][]) => {
	const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
	for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
	console.log('');
};
console.log('First visit, per page (service worker blocked; gzip as served; fonts as they are):');
print(pageRows);

const rows: string[][] = [['figure', 'value', 'budget / goal', '']];
rows.push([`offline copy: precache (${pre.files} files, gzip)`, kb(pre.gzipBytes), kb(BUDGETS.precache), verdict(pre.gzipBytes, BUDGETS.precache)]);
rows.push(['precache (as stored on the phone)', kb(pre.bytes), '', '']);

const timings: Array<[string, () => Promise<[string, string]>, string]> = [
	[
		'screen() over 10,000 households',
		async () => {
			const { benchScreen } = await import('./regelingen-bench');
			const r = benchScreen();
			return [`${r.ms.toFixed(0)} ms warm, median of 5 (${r.cpuMs.toFixed(0)} ms CPU), ${r.coldMs.toFixed(0)} ms cold (${r.households} households)`, verdict(r.ms, 200)];
		},
		'≤ 200 ms'
	],
	[
		'sort all places by distance',
		async () => {
			const { benchSort } = await import('./places-bench');
			const r = benchSort();
			return [`${(r.ms * 1000).toFixed(0)} µs (${r.places} places, mean of ${r.runs})`, verdict(r.ms, 1)];
		},
		'well under 1 ms'
	]
];
for (const [name, run, goal] of timings) {
	const [value, ok] = await run();
	rows.push([name, value, goal, ok]);
}

const { readabilityRows } = await import('./readability-bench');
for (const [name, value, goal] of readabilityRows()) rows.push([name ?? '', value ?? '', goal ?? '', '']);

print(rows);
if (problems.length) console.log(`Over budget:\n${problems.join('\n')}`);
