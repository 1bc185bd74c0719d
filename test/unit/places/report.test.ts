import { describe, it, expect } from 'vitest';
import { buildReport, findStaleDates, twelveMonthsBefore } from '../../../src/lib/data/report';
import { formatReport } from '../../../src/lib/data/report-format';
import { placesSchema } from '../../../src/lib/places/schema';
import { DATA_FILES } from '../../../src/lib/data/validate';
import broken from './fixtures/broken-places.json';

const brokenEntry = { name: 'places (broken fixture)', file: 'test/unit/places/fixtures/places.json', schema: placesSchema, data: broken };

describe('data report on a broken places file', () => {
	const report = buildReport([brokenEntry], '2026-03-01');
	const file = report.files[0]!;

	it('finds the schema failures and names the record they belong to', () => {
		expect(file.records).toBe(3);
		const failures = file.schemaFailures.map((f) => `${f.record} ${f.path}`);
		expect(failures).toContain('no-name-bad-status [1].name');
		expect(failures).toContain('no-name-bad-status [1].status');
		expect(failures).toContain('missing-description-language [2].description.ti');
		expect(file.schemaFailures).toHaveLength(3);
		expect(report.schemaFailureCount).toBe(3);
	});

	it('lists the missing required fields apart from wrong values', () => {
		expect(file.missingRequired.map((f) => f.path).sort()).toEqual(['[1].name', '[2].description.ti']);
	});

	it('finds dates older than 12 months anywhere in a record', () => {
		expect(report.staleBefore).toBe('2025-03-01');
		expect(file.staleDates).toEqual([{ record: 'good-place', path: '[0].sources[0].date', detail: '2020-01-15' }]);
	});

	it('runs the place checks: location, hours, status, listing, undated', () => {
		expect(file.places).toEqual({
			noLocation: ['no-name-bad-status', 'missing-description-language'],
			noHours: ['no-name-bad-status', 'missing-description-language'],
			statusUnknown: ['missing-description-language'],
			notListed: ['no-name-bad-status'],
			undatedOrOldYear: [
				{ record: 'no-name-bad-status', path: '[1].lastChecked', detail: '2019' },
				{ record: 'missing-description-language', path: '[2].lastChecked', detail: 'no date' }
			]
		});
	});

	it('exits non-zero on schema failures, and prints groups with counts', () => {
		expect(report.exitCode).toBe(1);
		const text = formatReport(report);
		expect(text).toContain('SCHEMA FAILURES: 3');
		expect(text).toContain('required fields missing: 2');
		expect(text).toContain('dates older than 12 months: 1');
		expect(text).toContain('places with status unknown: 1');
		expect(text).toMatch(/Result: 3 schema failure\(s\) \(exit 1\)/);
	});

	it('exits zero when only stale or missing facts remain', () => {
		const onlyGood = buildReport([{ ...brokenEntry, data: [broken[0]] }], '2026-03-01');
		expect(onlyGood.exitCode).toBe(0);
		expect(onlyGood.files[0]!.staleDates).toHaveLength(1);
	});
});

describe('report helpers and the real data', () => {
	it('computes the 12-month cutoff per calendar day', () => {
		expect(twelveMonthsBefore('2026-11-22')).toBe('2025-11-22');
		expect(twelveMonthsBefore('2028-02-29')).toBe('2027-03-01');
	});

	it('walks nested objects and arrays for date fields only', () => {
		const data = { norms: [{ id: 'a', valid: { date: '2024-07-01' } }, { id: 'b', date: '2026-01-01', other: '2010-01-01' }] };
		expect(findStaleDates(data, '2025-03-01')).toEqual([{ record: 'a', path: 'norms[0].valid.date', detail: '2024-07-01' }]);
	});

	it('covers every registered data file, and the shipped places pass', () => {
		const report = buildReport(DATA_FILES, '2026-03-01');
		expect(report.files.map((f) => f.file)).toEqual(DATA_FILES.map((f) => f.file));
		const places = report.files.find((f) => f.file === 'src/lib/data/places.json')!;
		expect(places.schemaFailures).toEqual([]);
		expect(places.places!.notListed).toContain('matchingsunit');
		expect(places.places!.noLocation).toContain('voedselbank-dordrecht'); // shown again (open at the Edisonstraat), no coordinates // moved: not shown, so not a gap
	});
});
