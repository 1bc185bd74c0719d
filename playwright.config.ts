import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright must never download a browser on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.HULPWIJZER_PORT ?? 4173);
// The same build behind nginx with deploy/nginx.conf, as a municipality would host it.
export const nginxPort = Number(process.env.HULPWIJZER_NGINX_PORT ?? port + 100);

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
	projects: [
		{ name: 'chromium-mobile', testIgnore: 'nginx/**' },
		{
			// The promises that depend on the host, kept behind nginx too: offline, no foreign
			// request, the CSP (now also as a header), the three jobs offline; plus nginx's own tests.
			name: 'nginx',
			use: { baseURL: `http://127.0.0.1:${nginxPort}` },
			testMatch: ['**/offline.e2e.ts', '**/privacy.e2e.ts', '**/csp.e2e.ts', '**/roles.e2e.ts', '**/nginx/*.e2e.ts'],
			// Two of the six role journeys (Dutch and Arabic, all three jobs each) prove the host;
			// the roles themselves are tested on the preview server. The host's headers are the same
			// for every page: its CSP and privacy checks run on the pages of one language per script
			// (nl, ar, ti); the preview server runs them in all seven.
			grepInvert: /roles\.e2e\.ts .*(nl, (mantelzorger|helper)|ar, (self|mantelzorger)):|roles\.e2e\.ts negative control|(csp|privacy)\.e2e\.ts .* in (en|tr|pl|uk)\b/
		}
	],
	webServer: [
		{
			// The real build, served as a phone would get it (run `vite build` first: npm run test:e2e does).
			command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 60_000
		},
		{
			command: `node test/tools/serve-nginx.mjs --port ${nginxPort}`,
			url: `http://127.0.0.1:${nginxPort}/`,
			reuseExistingServer: false,
			timeout: 30_000,
			// Lets the script stop nginx and remove its temporary folder.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 }
		}
	]
});
