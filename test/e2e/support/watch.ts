import type { BrowserContext, Page } from '@playwright/test';

export interface Watched {
	/** Requests to any other origin (none may leave the phone). */
	foreign: string[];
	/** Content-Security-Policy violations reported in the console. */
	csp: string[];
	/** Message keys the translator could not find ("Missing message …"). */
	missing: string[];
}

/**
 * Records, for everything the page or context does, what must never happen: a request to another
 * origin, a CSP violation, a missing message. Assert the lists are empty at the end of a test.
 */
export function watch(target: Page | BrowserContext, baseURL: string | undefined): Watched {
	const seen: Watched = { foreign: [], csp: [], missing: [] };
	const origin = new URL(baseURL ?? 'http://localhost').origin;
	target.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.foreign.push(url);
	});
	const listen = (page: Page) =>
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
			if (/Missing message/i.test(m.text())) seen.missing.push(m.text());
		});
	if ('pages' in target) {
		target.pages().forEach(listen);
		target.on('page', listen);
	} else listen(target);
	return seen;
}
