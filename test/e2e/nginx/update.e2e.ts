import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { gotoLive } from '../support/hydration';
import { BUILD_DIR, waitForServiceWorkerControl } from '../support/pages';

/*
 * A release on nginx, done the way deploy/README.md tells a web team: the new build goes live by
 * switching the `current` symlink, the CSP header is generated again and nginx reloads. A phone
 * that has the old version is offered the new one, and keeps its answers when it accepts.
 * Both builds, SvelteKit's work folder and nginx's config live in a temporary folder.
 */

const NEW_VERSION = 'nginx-update-v2';

let temp = '';
let current = '';
let server: ChildProcess;
let origin = '';

test.beforeAll(async () => {
	test.setTimeout(240_000);
	temp = mkdtempSync(join(tmpdir(), 'hulpwijzer-nginx-update-'));
	current = join(temp, 'current');
	// Playwright's NODE_OPTIONS (its module loader) must not leak into the children.
	const { NODE_OPTIONS: _loader, ...env } = process.env;
	// SvelteKit's work folder outside the repository needs the packages beside it to resolve.
	symlinkSync(resolve('node_modules'), join(temp, 'node_modules'));
	execSync('npx vite build', {
		env: { ...env, HULPWIJZER_BUILD_DIR: join(temp, 'v2'), HULPWIJZER_KIT_DIR: join(temp, 'kit'), HULPWIJZER_VERSION: NEW_VERSION },
		stdio: 'ignore',
		timeout: 200_000
	});
	symlinkSync(resolve(BUILD_DIR), current);
	server = spawn('node', ['test/tools/serve-nginx.mjs', '--root', current], { env, stdio: ['ignore', 'pipe', 'inherit'] });
	origin = await new Promise<string>((done, fail) => {
		server.stdout?.on('data', (chunk: Buffer) => {
			const url = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString())?.[0];
			if (url) done(url);
		});
		server.on('exit', (code) => fail(new Error(`serve-nginx exited with ${code}`)));
	});
	await expect.poll(() => fetch(`${origin}/`).then((r) => r.status, () => 0)).toBe(200);
});

test.afterAll(async () => {
	if (server && server.exitCode === null) {
		const exited = new Promise((done) => server.once('exit', done));
		server.kill('SIGTERM');
		await exited;
	}
	if (temp) rmSync(temp, { recursive: true, force: true });
});

/** The release: switch the symlink atomically, then regenerate the CSP and reload nginx. */
async function deployNewVersion() {
	const before = (await fetch(`${origin}/nl/`)).headers.get('content-security-policy');
	symlinkSync(join(temp, 'v2'), join(temp, 'next'));
	renameSync(join(temp, 'next'), current);
	server.kill('SIGHUP');
	await expect.poll(async () => (await fetch(`${origin}/nl/`)).headers.get('content-security-policy')).not.toBe(before);
}

test('after a release on nginx the phone shows the new-version prompt, and the answers survive the update', async ({ page }) => {
	test.setTimeout(120_000);
	const csp: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
	});
	const oldVersion = JSON.parse(readFileSync(`${BUILD_DIR}/_app/version.json`, 'utf8')).version as string;
	expect(oldVersion).not.toBe(NEW_VERSION);

	// An answer given on the old version.
	await gotoLive(page, `${origin}/nl/balans/vraag/money/`);
	await waitForServiceWorkerControl(page);
	const answer = page.getByRole('radio').nth(1);
	await answer.check();
	await page.getByTestId('next').click();
	await expect(page).not.toHaveURL(/\/money\/$/);
	await gotoLive(page, `${origin}/nl/over/`);
	await expect(page.getByTestId('app-version')).toContainText(oldVersion);

	await deployNewVersion();
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	// Nothing changes behind the person's back.
	await expect(page.getByTestId('app-version')).toContainText(oldVersion);

	await prompt.getByRole('button', { name: 'Nu bijwerken' }).click();
	await expect(page.getByTestId('app-version')).toContainText(NEW_VERSION, { timeout: 20_000 });
	await expect(page).toHaveURL(/\/nl\/over\/$/);

	// The new version, with the new header policy, has the old answer.
	await gotoLive(page, `${origin}/nl/balans/vraag/money/`);
	await expect(page.getByRole('radio').nth(1)).toBeChecked();
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}/service-worker.js`);
	expect(csp).toEqual([]);
});
