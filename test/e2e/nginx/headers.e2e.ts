import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { allPagePaths, BUILD_DIR, clientRenderedSamples, LANG_CODES } from '../support/pages';

/*
 * deploy/nginx.conf as a browser meets it (project "nginx" in playwright.config.ts): every kind
 * of file with its cache rule and the security headers, the shell for client-rendered pages,
 * 404 for what cannot exist. The offline, privacy, CSP and journey tests also run on this server.
 */

const SHELL = readFileSync(`${BUILD_DIR}/200.html`, 'utf8');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const firstFile = (dir: string, ext: string) => `/${dir}/${readdirSync(`${BUILD_DIR}/${dir}`).find((f) => f.endsWith(ext))}`;

/** The headers every response carries, a 404 too. */
function expectSecurityHeaders(res: APIResponse, what: string) {
	const h = res.headers();
	expect(h['strict-transport-security'], what).toMatch(/^max-age=\d{8,}/);
	expect(h['referrer-policy'], what).toBe('no-referrer');
	expect(h['x-content-type-options'], what).toBe('nosniff');
	expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
	const permissions = h['permissions-policy'] ?? '';
	expect(permissions, what).toContain('geolocation=(self)');
	// Everything but location, share and copy is off.
	for (const feature of permissions.split(/,\s*/)) expect(feature, what).toMatch(/^(geolocation|web-share|clipboard-write)=\(self\)$|^[a-z-]+=\(\)$/);
	for (const off of ['camera', 'microphone', 'payment', 'usb', 'browsing-topics']) expect(permissions, what).toContain(`${off}=()`);
	expect(h['content-security-policy'], what).toContain("default-src 'self'");
	expect(h['content-security-policy'], what).toContain("frame-ancestors 'none'");
	expect(h['set-cookie'], what).toBeUndefined();
	expect(h['server'], what).toBe('nginx');
}

/** A policy as directive → sources. */
const directives = (policy: string) =>
	new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((w) => w[0]).map(([name, ...sources]) => [name, sources]));

test('every kind of file gets its cache rule, type, compression and the security headers', async ({ request }) => {
	const kinds: [path: string, type: RegExp, cache: string, gzip: boolean][] = [
		['/', /^text\/html/, 'no-cache', true],
		['/nl/', /^text\/html/, 'no-cache', true],
		['/ar/regelingen/uitslag/', /^text\/html/, 'no-cache', true],
		['/200.html', /^text\/html/, 'no-cache', true],
		['/service-worker.js', /javascript/, 'no-cache', true],
		['/manifest.webmanifest', /^application\/manifest\+json/, 'no-cache', false],
		['/_app/version.json', /^application\/json/, 'no-cache', true],
		['/__data.json', /^application\/json/, 'no-cache', true],
		['/icons/icon-192.png', /^image\/png/, 'no-cache', false],
		['/favicon.svg', /^image\/svg\+xml/, 'no-cache', true],
		[firstFile('_app/immutable/entry', '.js'), /javascript/, IMMUTABLE, true],
		[firstFile('_app/immutable/assets', '.css'), /^text\/css/, IMMUTABLE, true],
		[firstFile('_app/immutable/assets', '.woff2'), /^font\/woff2/, IMMUTABLE, false]
	];
	for (const [path, type, cache, gzip] of kinds) {
		const res = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
		expect(res.status(), path).toBe(200);
		expect(res.headers()['content-type'], path).toMatch(type);
		expect(res.headers()['cache-control'], path).toBe(cache);
		// The .gz beside the file is sent as it is (gzip_static), and caches are told it varies.
		expect(res.headers()['content-encoding'], path).toBe(gzip ? 'gzip' : undefined);
		if (gzip) expect(res.headers()['vary'], path).toBe('Accept-Encoding');
		expectSecurityHeaders(res, path);
	}
});

test('the CSP header is the policy of every page, with frame-ancestors added', async ({ request }) => {
	const pages = [...allPagePaths(), '/200.html'];
	expect(pages.length).toBeGreaterThan(50);
	for (const path of pages) {
		const res = await request.get(path);
		const header = directives(res.headers()['content-security-policy'] ?? '');
		const meta = directives(/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(await res.text())?.[1] ?? '');
		expect(meta.size, path).toBeGreaterThan(5);
		// Same directives; script-src holds this page's inline script hash among the other pages'.
		expect([...header.keys()].sort(), path).toEqual([...meta.keys(), 'frame-ancestors'].sort());
		for (const [name, sources] of meta) {
			if (name === 'script-src') expect(header.get(name), path).toEqual(expect.arrayContaining(sources));
			else expect(header.get(name), path).toEqual(sources);
		}
		expect(header.get('script-src')?.join(' '), path).not.toMatch(/unsafe-inline|unsafe-eval/);
		expect(header.get('frame-ancestors'), path).toEqual(["'none'"]);
	}
});

test('a deep link to a client-rendered page answers 200 with the app shell, in every language', async ({ request }) => {
	for (const path of LANG_CODES.flatMap(clientRenderedSamples)) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(await res.text(), path).toBe(SHELL);
		expect(res.headers()['cache-control'], path).toBe('no-cache');
		expectSecurityHeaders(res, path);
	}
	// The app's paths end in a slash; without it, a redirect to the right one (relative, so it
	// holds behind a proxy or CDN).
	for (const path of ['/nl/balans/vraag/money', '/nl/over', '/nl']) {
		const res = await request.get(path, { maxRedirects: 0 });
		expect(res.status(), path).toBe(301);
		expect(res.headers()['location'], path).toBe(`${path}/`);
	}
});

test('what cannot exist answers 404: assets plainly, pages with the shell so the app can say so', async ({ request }) => {
	const assets = ['/_app/immutable/chunks/does-not-exist.js', '/_app/immutable/assets/gone.css', '/icons/nope.png', '/nl/index.html.gz', '/service-worker.js.br', '/nl/balans/vraag/money/index.html'];
	for (const path of assets) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(404);
		expect(await res.text(), path).not.toContain('sveltekit');
		// A missing file must not be remembered for a year.
		expect(res.headers()['cache-control'], path).not.toBe(IMMUTABLE);
		expectSecurityHeaders(res, path);
	}
	const pages = ['/nl/onbekend/', '/xx/', '/xx/balans/vraag/money/', '/nl/balans/vraag/', '/nl/hulp-in-de-buurt/plek/', '/nl/balans/vraag/money/extra/', '/.env'];
	for (const path of pages) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(404);
		if (!path.includes('.')) expect(await res.text(), path).toBe(SHELL);
		expectSecurityHeaders(res, path);
	}
});

test('a first visit to a deep link opens the page from the shell, and it works', async ({ page }) => {
	const response = await page.goto('/ar/balans/vraag/money/');
	expect(response?.status()).toBe(200);
	expect(response?.fromServiceWorker()).toBe(false);
	expect(await response?.text()).toBe(SHELL);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page.getByRole('radio').first().check();
	await page.getByTestId('next').click();
	await expect(page).toHaveURL(/\/ar\/balans\/vraag\/(?!money\/)[A-Za-z]+\/$/);
	await expect(page.getByRole('radio').first()).toBeVisible();
});

test.describe('with location allowed', () => {
	test.use({ geolocation: { latitude: 51.7935, longitude: 4.657, accuracy: 40 }, permissions: ['geolocation'] });

	test('the Permissions-Policy lets the app use the location, and nothing it does not need', async ({ page }) => {
		const policyErrors: string[] = [];
		page.on('console', (m) => {
			if (/permissions.policy|feature policy/i.test(m.text())) policyErrors.push(m.text());
		});
		await page.goto('/nl/hulp-in-de-buurt/money/');
		await expect(page.locator('[data-testid="location-chooser"][data-ready="true"]')).toBeVisible();
		await page.getByRole('button', { name: 'Gebruik mijn plek' }).click();
		await expect(page.getByTestId('origin-text')).toHaveText('We rekenen vanaf je plek van nu.');
		await expect(page.getByTestId('place-row').first().getByTestId('distance')).toHaveText(/ongeveer \d/);
		const header = (await page.request.get('/nl/hulp-in-de-buurt/money/')).headers()['permissions-policy'] ?? '';
		const named = header.split(/,\s*/).map((f) => f.split('=')[0] as string);
		const { known, allowed } = await page.evaluate(() => {
			const policy = (document as unknown as { featurePolicy: { features(): string[]; allowedFeatures(): string[] } }).featurePolicy;
			return { known: policy.features(), allowed: policy.allowedFeatures() };
		});
		const ON = ['geolocation', 'web-share', 'clipboard-write'];
		// Of the features the header names and this browser knows, only these three are on.
		const namedAndKnown = named.filter((f) => known.includes(f));
		expect(namedAndKnown.length, 'the browser must know most of them').toBeGreaterThan(30);
		expect(namedAndKnown.filter((f) => allowed.includes(f)).sort()).toEqual(ON.filter((f) => known.includes(f)).sort());
		// The header parses; the only complaint allowed is a feature this browser does not have.
		const unknown = policyErrors.map((e) => /Unrecognized feature: '([a-z-]+)'/.exec(e)?.[1] ?? e);
		expect(unknown.filter((f) => known.includes(f) || !named.includes(f))).toEqual([]);
	});
});
