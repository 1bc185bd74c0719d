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

const port = 4199;
const baseURL = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) {
	if (await fetch(baseURL).then((r) => r.ok, () => false)) break;
	await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();

const rows: string[][] = [['figure', 'value', 'budget / goal', '']];
for (const path of ['/', '/nl/', '/ar/']) {
	const w = await pageWeight(page, buildDir, baseURL, path);
	const jsCss = w.jsGzip + w.cssGzip;
	// The budgets hold for the start page (the manifest's start_url); a language's home page is
	// printed beside it for information.
	const budgeted = path === '/';
	rows.push([`${path} HTML (gzip)`, kb(w.htmlGzip), budgeted ? kb(BUDGETS.startPageHtml) : 'info', budgeted ? verdict(w.htmlGzip, BUDGETS.startPageHtml) : '']);
	rows.push([`${path} JS (gzip, ${w.jsFiles} files)`, kb(w.jsGzip), '', '']);
	rows.push([`${path} CSS (gzip)`, kb(w.cssGzip), '', '']);
	rows.push([`${path} JS+CSS (gzip)`, kb(jsCss), budgeted ? kb(BUDGETS.startPageJsCss) : 'info', budgeted ? verdict(jsCss, BUDGETS.startPageJsCss) : '']);
}
const pre = precacheBytes(buildDir);
await browser.close();
server.kill();

rows.push([`precache (${pre.files} files, gzip)`, kb(pre.gzipBytes), kb(BUDGETS.precache), verdict(pre.gzipBytes, BUDGETS.precache)]);
rows.push(['precache (as stored on the phone)', kb(pre.bytes), '', '']);

const timings: Array<[string, () => Promise<string>, string]> = [
	[
		'screen() over 10,000 households',
		async () => {
			const { benchScreen } = await import('./regelingen-bench');
			const r = benchScreen();
			return `${r.ms.toFixed(0)} ms warm, ${r.coldMs.toFixed(0)} ms cold (${r.households} households)`;
		},
		'≤ 200 ms'
	],
	[
		'sort all places by distance',
		async () => {
			const { benchSort } = await import('./places-bench');
			const r = benchSort();
			return `${(r.ms * 1000).toFixed(0)} µs (${r.places} places, mean of ${r.runs})`;
		},
		'well under 1 ms'
	]
];
for (const [name, run, goal] of timings) rows.push([name, await run(), goal, '']);

const { readabilityRows } = await import('./readability-bench');
for (const [name, value, goal] of readabilityRows()) rows.push([name ?? '', value ?? '', goal ?? '', '']);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
