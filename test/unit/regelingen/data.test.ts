import { describe, expect, it } from 'vitest';
import { DATA_FILES, validateAllData } from '../../../src/lib/data/validate';
import { normsSchema } from '../../../src/lib/regelingen/norms-schema';
import { schemesSchema, SCHEME_IDS } from '../../../src/lib/regelingen/schemes-schema';
import { NORMS, round2 } from '../../../src/lib/regelingen/norms';
import { SCHEMES, HELPERS } from '../../../src/lib/regelingen/screen';
import schemesJson from '../../../src/lib/data/schemes.json';
import normsJson from '../../../src/lib/data/norms.json';

describe('regelingen data files', () => {
	it('are registered in DATA_FILES and valid', () => {
		const files = DATA_FILES.map((f) => f.file);
		for (const f of ['norms', 'schemes', 'helpers']) expect(files).toContain(`src/lib/data/${f}.json`);
		expect(files).toContain('src/lib/data/help-lines.json');
		expect(validateAllData()).toEqual([]);
	});
	it('has every required scheme id, and no ended scheme', () => {
		expect(SCHEMES.map((s) => s.id).sort()).toEqual([...SCHEME_IDS].sort());
	});
	it('every scheme, condition limit, amount and helper has a source with a URL; dated figures have dates', () => {
		for (const s of SCHEMES) {
			expect(s.sources.length, s.id).toBeGreaterThan(0);
			for (const c of s.conditions) if ('sources' in c) expect(c.sources.length, `${s.id} ${c.type}`).toBeGreaterThan(0);
			for (const a of s.amounts) {
				expect(a.sources.length).toBeGreaterThan(0);
				expect(a.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
		for (const h of HELPERS) expect(h.sources.length, h.id).toBeGreaterThan(0);
		for (const p of NORMS.bijstandsnormen) expect(p.sources.every((s) => s.url.startsWith('http'))).toBe(true);
	});
	it('AOW age is either sourced or marked as a gap', () => {
		expect(NORMS.aowAge.sources.length > 0 || Boolean(NORMS.aowAge.gap)).toBe(true);
	});
	it('the holiday-pay factor matches every excl./incl. pair quoted in the facts within a cent', () => {
		const quotedPairs: Array<[number, number]> = [];
		for (const p of NORMS.bijstandsnormen) for (const band of Object.values(p.norms)) for (const pair of Object.values(band)) if (pair.excl !== null) quotedPairs.push([pair.excl, pair.incl]);
		// SDD 1-7-2024, 110% and 120% (regelingen.md §3.1)
		quotedPairs.push([1367.33, 1439.3], [1491.63, 1570.14], [1953.32, 2056.13], [2130.9, 2243.05], [1522.41, 1602.54], [2065.59, 2174.3]);
		expect(quotedPairs.length).toBeGreaterThan(8);
		for (const [excl, incl] of quotedPairs) expect(Math.abs(incl * NORMS.holidayPay.exclFactor - excl)).toBeLessThanOrEqual(0.011);
	});
	it('percentages of the 100% norm reproduce the quoted tables (§3.3, §3.4) within a cent', () => {
		const jul25 = NORMS.bijstandsnormen.find((p) => p.peildatum === '2025-07-01')!.norms;
		const jan25 = NORMS.bijstandsnormen.find((p) => p.peildatum === '2025-01-01')!.norms;
		const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.011);
		near(round2(jul25['21-aow'].single.incl * 1.4), 1916.68);
		near(round2(jul25['21-aow'].couple.incl * 1.5), 2933.7);
		near(round2(jul25.aow.single.incl * 1.1), 1683.23);
		near(round2(jan25['21-aow'].couple.incl * 1.3), 2498.69);
		near(round2(jan25.aow.couple.incl * 1.2), 2464.18);
	});
	it('rejects broken data with readable paths', () => {
		const badNorms = structuredClone(normsJson) as { bijstandsnormen: Array<{ peildatum: string }> };
		badNorms.bijstandsnormen[0]!.peildatum = '2030-01-01';
		expect(normsSchema.safeParse(badNorms).success).toBe(false);
		const badSchemes = structuredClone(schemesJson) as Array<Record<string, unknown>>;
		badSchemes[0]!.sources = [];
		const r = schemesSchema.safeParse(badSchemes);
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.path).toEqual([0, 'sources']);
	});
});
