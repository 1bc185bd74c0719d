import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright must never download a browser on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.HULPWIJZER_PORT ?? 4173);

// Without these, Chromium keeps trying background connections that the closed network refuses.
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		serviceWorkers: 'allow',
		launchOptions: { executablePath, args: chromiumArgs },
		...devices['Pixel 5'],
		// devices sets a mobile Chrome user agent; keep the real browser channel.
		browserName: 'chromium'
	},
	projects: [{ name: 'chromium-mobile' }],
	webServer: {
		// The real build, served as a phone would get it (run `vite build` first: npm run test:e2e does).
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
