import { expect, test } from '@playwright/test';
import { LANG_CODES, pagesFor } from './support/pages';

for (const lang of LANG_CODES) {
	test(`every page in ${lang} runs under a strict Content-Security-Policy and breaks none of it`, async ({ page }) => {
		test.slow();
		const violations: string[] = [];
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				(window as unknown as { __csp: string[] }).__csp ??= [];
				(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
			});
		});
		page.on('console', (msg) => {
			if (/Content Security Policy|Missing message/i.test(msg.text())) violations.push(msg.text());
		});

		const paths = lang === 'nl' ? ['/', ...pagesFor(lang)] : pagesFor(lang);
		for (const path of paths) {
			await page.goto(path, { waitUntil: 'networkidle' });
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy, path).toBeTruthy();
			const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
			expect(scriptSrc, path).not.toContain('unsafe-inline');
			expect(scriptSrc, path).not.toContain('unsafe-eval');
			expect(policy, path).toMatch(/default-src 'self'/);
			violations.push(
				...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).map((v) => `${path}: ${v}`)
			);
		}
		expect(violations).toEqual([]);
	});
}
