import { describe, expect, it } from 'vitest';
import { headerPolicy } from '../../../deploy/csp-header.mjs';

const page = (file: string, scriptHash: string, extra = '') => ({
	file,
	html: `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${scriptHash}'; style-src 'self'${extra}"></head>`
});

describe('the CSP header generated from the built pages', () => {
	it('is the pages\' policy with every page\'s script hash once, and frame-ancestors none', () => {
		const policy = headerPolicy([page('a.html', 'AAA'), page('b.html', 'BBB'), page('c.html', 'AAA')]);
		expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-AAA' 'sha256-BBB'; style-src 'self'; frame-ancestors 'none'");
	});

	it("unites the pages' inline style hashes too (each page carries its own CSS inline)", () => {
		const styled = (file: string, css: string) => ({
			file,
			html: `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-${css}'"></head>`
		});
		expect(headerPolicy([styled('a.html', 'S1'), styled('b.html', 'S2')])).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-S1' 'sha256-S2'; frame-ancestors 'none'");
	});

	it('refuses a page without a policy, so a header can never allow what a page did not', () => {
		expect(() => headerPolicy([page('a.html', 'AAA'), { file: 'b.html', html: '<head></head>' }])).toThrow(/b\.html has no Content-Security-Policy/);
	});

	it('refuses pages that differ in more than their script hashes', () => {
		expect(() => headerPolicy([page('a.html', 'AAA'), page('b.html', 'BBB', "; img-src 'self' https:")])).toThrow(/b\.html has another policy/);
	});

	it('refuses an empty build', () => {
		expect(() => headerPolicy([])).toThrow(/build the app first/);
	});
});
