import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUILD_DIR, waitForServiceWorkerControl } from './support/pages';
import { SwitchableStaticServer } from './support/static-server';

const NEW_BUILD = 'build-update-test';
const NEW_VERSION = 'update-test-v2';
const PORT = Number(process.env.HULPWIJZER_UPDATE_PORT ?? 4179);

test.describe.configure({ mode: 'serial' });

let server: SwitchableStaticServer;

test.beforeAll(async () => {
	test.setTimeout(180_000);
	// A second build of the same code with another version: what a new release looks like.
	// Playwright's NODE_OPTIONS (its module loader) must not leak into the child build.
	const { NODE_OPTIONS: _loader, ...env } = process.env;
	execSync('npx vite build', {
		env: { ...env, HULPWIJZER_BUILD_DIR: NEW_BUILD, HULPWIJZER_KIT_DIR: '.svelte-kit-update-test', HULPWIJZER_VERSION: NEW_VERSION },
		stdio: 'ignore',
		timeout: 150_000
	});
	server = new SwitchableStaticServer(BUILD_DIR);
	await server.listen(PORT);
});

test.afterAll(async () => {
	await server?.close();
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
