import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { allPagePaths, BUILD_DIR } from '../support/pages';
import { expectSecurityHeaders, IMMUTABLE } from '../support/host-headers';

/*
 * deploy/nginx.conf's headers (project "nginx" in playwright.config.ts): every kind of file with
 * its type, cache rule and compression, the security headers, the CSP header against every
 * page's own policy, the Permissions-Policy in the browser. paths.e2e.ts covers which paths
 * exist; the offline, privacy, CSP and journey tests also run on this server.
 */

const firstFile = (dir: string, ext: string) => `/${dir}/${readdirSync(`${BUILD_DIR}/${dir}`).find((f) => f.endsWith(ext))}`;

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
		// Same directives; script-src and style-src hold this page's inline script and CSS hashes
		// among the other pages'.
		expect([...header.keys()].sort(), path).toEqual([...meta.keys(), 'frame-ancestors'].sort());
		for (const [name, sources] of meta) {
			if (['script-src', 'style-src', 'style-src-attr'].includes(name ?? '')) expect(header.get(name), path).toEqual(expect.arrayContaining(sources));
			else expect(header.get(name), path).toEqual(sources);
		}
		expect(header.get('script-src')?.join(' '), path).not.toMatch(/unsafe-inline|unsafe-eval/);
		expect(header.get('frame-ancestors'), path).toEqual(["'none'"]);
	}
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
