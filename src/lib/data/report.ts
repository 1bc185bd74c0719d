import type { ZodType } from 'zod';
import { twelveMonthsBefore } from '../places/freshness';
import type { Place } from '../places/schema';
import { categoryRows, type CategoryRow } from './report-places';

export { twelveMonthsBefore };

/*
 * The data report for the people who keep the social map: what fails the schema, what is
 * missing, what is stale, and (for places) what a resident will miss. Pure: it takes the
 * DATA_FILES list and "today", so tests can feed it a broken fixture and a fixed date.
 */

export interface DataFileEntry {
	name: string;
	file: string;
	schema: ZodType;
	data: unknown;
}

export interface Finding {
	/** The record's id (or name, or position) so a keeper can find it in the file. */
	record: string;
	path: string;
	detail: string;
}

export interface PlaceFindings {
	noLocation: string[];
	noHours: string[];
	statusUnknown: string[];
	/** Neither phone, website, street nor wijk: left out of the residents' list. */
	notListed: string[];
	/** lastChecked has no date, only an old year or nothing at all. */
	undatedOrOldYear: Finding[];
}

export interface FileReport {
	name: string;
	file: string;
	records: number;
	schemaFailures: Finding[];
	missingRequired: Finding[];
	staleDates: Finding[];
	places?: PlaceFindings;
	/** Per need: complete, missing, stale, and ways to reach today (only when the schema passes). */
	categories?: CategoryRow[];
}

export interface DataReport {
	today: string;
	/** Dates before this day are more than 12 months old. */
	staleBefore: string;
	files: FileReport[];
	schemaFailureCount: number;
	/** Non-zero only for schema failures: stale or missing facts are work to do, not a broken build. */
	exitCode: 0 | 1;
}

type Path = ReadonlyArray<PropertyKey>;

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function pathText(path: Path): string {
	return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(root)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The label of the innermost object along the path that has an id (or name): "places.json: crabbehoeve". */
function recordLabel(root: unknown, path: Path): string {
	let label = path.length > 0 ? pathText(path.slice(0, 1)) : '(root)';
	let node: unknown = root;
	for (const key of path) {
		if (node === null || typeof node !== 'object') break;
		node = (node as Record<PropertyKey, unknown>)[key];
		if (isRecord(node) && (typeof node.id === 'string' || typeof node.name === 'string')) {
			label = String(node.id ?? node.name);
		}
	}
	return label;
}

function valueAt(root: unknown, path: Path): unknown {
	let node: unknown = root;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

function countRecords(data: unknown): number {
	if (Array.isArray(data)) return data.length;
	if (isRecord(data)) {
		const arrays = Object.values(data).filter(Array.isArray);
		// The largest list is the records (e.g. centroids), not its side lists (e.g. sources).
		return Math.max(1, ...arrays.map((list) => list.length));
	}
	return 0;
}

/** Every `date` field anywhere (sources[].date, lastChecked.date, …) older than the cutoff. */
export function findStaleDates(root: unknown, staleBefore: string): Finding[] {
	const found: Finding[] = [];
	const walk = (node: unknown, path: PropertyKey[]): void => {
		if (Array.isArray(node)) return node.forEach((child, i) => walk(child, [...path, i]));
		if (!isRecord(node)) return;
		for (const [key, value] of Object.entries(node)) {
			if (key === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value < staleBefore) {
				found.push({ record: recordLabel(root, path), path: pathText([...path, key]), detail: value });
			} else walk(value, [...path, key]);
		}
	};
	walk(root, []);
	return found;
}

/** Checks that only make sense for places: what a resident would miss on the place page. */
export function placeFindings(data: unknown, staleBefore: string): PlaceFindings {
	const result: PlaceFindings = { noLocation: [], noHours: [], statusUnknown: [], notListed: [], undatedOrOldYear: [] };
	if (!Array.isArray(data)) return result;
	const cutoffYear = Number(staleBefore.slice(0, 4));
	data.forEach((place: unknown, index) => {
		if (!isRecord(place)) return;
		const id = typeof place.id === 'string' ? place.id : `[${index}]`;
		const geo = isRecord(place.geo) ? place.geo : {};
		const schedule = isRecord(place.schedule) ? place.schedule : {};
		const address = isRecord(place.address) ? place.address : {};
		const checked = isRecord(place.lastChecked) ? place.lastChecked : {};
		const shown = place.status !== 'moved' && place.status !== 'closed';
		if (shown && (geo.precision === 'none' || geo.precision === undefined)) result.noLocation.push(id);
		if (shown && !(Array.isArray(schedule.regular) && schedule.regular.length > 0)) result.noHours.push(id);
		if (place.status === 'unknown') result.statusUnknown.push(id);
		if (shown && !place.phone && !place.website && !address.street && !place.wijk) result.notListed.push(id);
		if (typeof checked.date !== 'string') {
			const year = typeof checked.year === 'number' ? checked.year : null;
			if (year === null || year < cutoffYear) {
				const raw = typeof checked.raw === 'string' ? checked.raw : 'no date';
				result.undatedOrOldYear.push({ record: id, path: `[${index}].lastChecked`, detail: raw });
			}
		}
	});
	return result;
}

export function buildReport(files: ReadonlyArray<DataFileEntry>, today: Date | string): DataReport {
	const todayIso = typeof today === 'string' ? today : isoDay(today);
	const staleBefore = twelveMonthsBefore(todayIso);
	const reports = files.map((entry): FileReport => {
		const result = entry.schema.safeParse(entry.data);
		const issues = result.success ? [] : result.error.issues;
		const schemaFailures = issues.map((issue) => ({
			record: recordLabel(entry.data, issue.path),
			path: pathText(issue.path),
			detail: issue.message
		}));
		const missingRequired = issues
			.filter((issue) => issue.path.length > 0 && valueAt(entry.data, issue.path) === undefined)
			.map((issue) => ({ record: recordLabel(entry.data, issue.path), path: pathText(issue.path), detail: 'missing' }));
		const report: FileReport = {
			name: entry.name,
			file: entry.file,
			records: countRecords(entry.data),
			schemaFailures,
			missingRequired,
			staleDates: findStaleDates(entry.data, staleBefore)
		};
		if (entry.file.endsWith('places.json')) {
			report.places = placeFindings(entry.data, staleBefore);
			// Noon on "today", so the 12-month rule sees the same calendar day in Dordrecht.
			if (result.success) report.categories = categoryRows(entry.data as Place[], new Date(`${todayIso}T12:00:00Z`));
		}
		return report;
	});
	const schemaFailureCount = reports.reduce((sum, r) => sum + r.schemaFailures.length, 0);
	return { today: todayIso, staleBefore, files: reports, schemaFailureCount, exitCode: schemaFailureCount > 0 ? 1 : 0 };
}
