import { expect, test } from '@playwright/test';
import { BUDGETS, pageWeight, precacheBytes } from '../bench/sizes';
import { BUILD_DIR } from './support/pages';

// Sizes are deterministic for a given build, so they can be asserted; `npm run bench` prints them.
test.use({ serviceWorkers: 'block' });

test('the start page stays within its download budget', async ({ page, baseURL }) => {
	const weight = await pageWeight(page, BUILD_DIR, baseURL ?? '', '/');
	expect(weight.jsFiles, 'the measurement must have seen the scripts').toBeGreaterThan(0);
	expect(weight.htmlGzip).toBeLessThanOrEqual(BUDGETS.startPageHtml);
	expect(weight.jsGzip + weight.cssGzip).toBeLessThanOrEqual(BUDGETS.startPageJsCss);
	// The language names in Arabic and Ge'ez come from the endonym subsets, not the full fonts.
	expect(weight.fontFiles).toBeGreaterThan(0);
	expect(weight.totalBytes).toBeLessThanOrEqual(BUDGETS.chooserTransfer);
});

test('everything the service worker keeps for offline use stays within 600 KiB', () => {
	// Measured as the issue sets it: gzip bytes, what the phone downloads for its offline copy.
	const { files, gzipBytes } = precacheBytes(BUILD_DIR);
	expect(files).toBeGreaterThan(50);
	expect(gzipBytes).toBeLessThanOrEqual(BUDGETS.precache);
});
