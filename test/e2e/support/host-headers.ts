import { expect, type APIResponse } from '@playwright/test';

/** Only hashed files under /_app/immutable/ may be kept this long. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The headers deploy/nginx.conf puts on every response, a 404 too. */
export function expectSecurityHeaders(res: APIResponse, what: string) {
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
