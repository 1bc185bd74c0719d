import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_DIR, waitForServiceWorkerControl } from './support/pages';
import { SwitchableStaticServer } from './support/static-server';

const NEW_VERSION = 'update-test-v2';
const PORT = Number(process.env.HULPWIJZER_UPDATE_PORT ?? 4179);

test.describe.configure({ mode: 'serial' });

let server: SwitchableStaticServer;
// The second build goes to a temporary folder. SvelteKit's own files for it must sit inside the
// project (its server code resolves packages from node_modules): a gitignored folder, removed
// afterwards like the build, so nothing is left in the clone.
const NEW_KIT_DIR = '.svelte-kit-update-test';
let scratch = '';
let NEW_BUILD = '';

test.beforeAll(async () => {
	test.setTimeout(180_000);
	scratch = mkdtempSync(join(tmpdir(), 'hulpwijzer-update-test-'));
	NEW_BUILD = join(scratch, 'build');
	// A second build of the same code with another version: what a new release looks like.
	// Playwright's NODE_OPTIONS (its module loader) must not leak into the child build.
	const { NODE_OPTIONS: _loader, ...env } = process.env;
	execSync('npx vite build --logLevel error', {
		env: { ...env, HULPWIJZER_BUILD_DIR: NEW_BUILD, HULPWIJZER_KIT_DIR: NEW_KIT_DIR, HULPWIJZER_VERSION: NEW_VERSION },
		stdio: 'ignore',
		timeout: 150_000
	});
	server = new SwitchableStaticServer(BUILD_DIR);
	await server.listen(PORT);
});

test.afterAll(async () => {
	await server?.close();
	for (const dir of [scratch, NEW_KIT_DIR]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a new version is announced and applied only when the person agrees', async ({ page }) => {
	const oldVersion = JSON.parse(readFileSync(`${BUILD_DIR}/_app/version.json`, 'utf8')).version as string;
	expect(oldVersion).not.toBe(NEW_VERSION);

	await page.goto(`http://127.0.0.1:${PORT}/nl/over/`);
	await waitForServiceWorkerControl(page);
	await expect(page.getByTestId('app-version')).toContainText(oldVersion);

	// The new release goes live; the phone checks for it.
	server.root = NEW_BUILD;
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	// Not applied behind the person's back: the old version is still what runs.
	await page.waitForTimeout(1000);
	await expect(page.getByTestId('app-version')).toContainText(oldVersion);

	await prompt.getByRole('button', { name: 'Nu bijwerken' }).click();
	await expect(page.getByTestId('app-version')).toContainText(NEW_VERSION, { timeout: 20_000 });
	await expect(page).toHaveURL(/\/nl\/over\/$/);
});

test('"Later" keeps the old version running', async ({ page }) => {
	server.root = BUILD_DIR;
	await page.goto(`http://127.0.0.1:${PORT}/nl/`);
	await waitForServiceWorkerControl(page);
	server.root = NEW_BUILD;
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	await prompt.getByRole('button', { name: 'Later' }).click();
	await expect(prompt).toBeHidden();
	const controllerState = await page.evaluate(() => navigator.serviceWorker.controller?.state);
	expect(controllerState).toBe('activated');
	const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
	expect(waiting).toBe(true);
});

test('while the app stays open, a navigation looks for a new version, at most once an hour', async ({ page }) => {
	server.root = BUILD_DIR;
	await page.clock.install();
	await page.goto(`http://127.0.0.1:${PORT}/nl/`);
	await waitForServiceWorkerControl(page);
	const prompt = page.getByTestId('update-prompt');

	// The new release goes live while the app stays open.
	server.root = NEW_BUILD;
	// Within the hour: a navigation does not ask (registering just did).
	await page.locator('a.job[href="/nl/balans/"]').click();
	await expect(page).toHaveURL(/\/nl\/balans\/$/);
	await page.waitForTimeout(3000);
	await expect(prompt).toBeHidden();

	// An hour later, the next navigation asks, and the prompt waits for consent as always.
	await page.clock.fastForward('01:00:01');
	await page.locator('.site-header a.home').click();
	await expect(page).toHaveURL(/\/nl\/$/);
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	await expect(prompt.getByRole('button', { name: 'Nu bijwerken' })).toBeVisible();
	expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
});
