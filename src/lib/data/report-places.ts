import { CATEGORIES, type Category } from '../places/constants';
import { hoursAreCurrent, isWithinTwelveMonths } from '../places/freshness';
import { isListed } from '../places/nearby';
import type { Place } from '../places/schema';

/*
 * The keepers' table: per need, how many listed places are complete and what the others miss,
 * and how many give "a way to reach today" (a phone and hours checked in the last 12 months).
 * Run on data that passed its schema (report.ts only calls it then).
 */

export interface CategoryRow {
	category: Category;
	/** Shown to residents (active, with something to act on). */
	listed: number;
	/** Phone, street, hours, a location, and checked in the last 12 months. */
	complete: number;
	missingPhone: number;
	missingHours: number;
	/** lastChecked older than 12 months, or undated. */
	stale: number;
	noLocation: number;
	/** A phone number and hours checked in the last 12 months: reachable today. */
	reachToday: number;
	/** A phone number at all (call first). */
	withPhone: number;
}

export function categoryRows(places: readonly Place[], now: Date): CategoryRow[] {
	return CATEGORIES.map((category) => {
		const listed = places.filter((p) => p.categories.includes(category) && isListed(p));
		const stale = (p: Place) => !isWithinTwelveMonths({ date: p.lastChecked.date, year: p.lastChecked.year }, now);
		const count = (test: (p: Place) => boolean) => listed.filter(test).length;
		return {
			category,
			listed: listed.length,
			complete: count((p) => Boolean(p.phone && p.address.street) && p.schedule.regular.length > 0 && p.geo.precision !== 'none' && !stale(p)),
			missingPhone: count((p) => !p.phone),
			missingHours: count((p) => p.schedule.regular.length === 0),
			stale: count(stale),
			noLocation: count((p) => p.geo.precision === 'none'),
			reachToday: count((p) => Boolean(p.phone) && hoursAreCurrent(p, now)),
			withPhone: count((p) => Boolean(p.phone))
		};
	});
}

const COLUMNS: ReadonlyArray<[keyof Omit<CategoryRow, 'category'>, string]> = [
	['listed', 'listed'],
	['complete', 'complete'],
	['missingPhone', 'no phone'],
	['missingHours', 'no hours'],
	['stale', 'stale >12 mo'],
	['noLocation', 'no location'],
	['withPhone', 'phone'],
	['reachToday', 'reach today']
];

/** A fixed-width table for the terminal, one row per need. */
export function formatCategoryTable(rows: readonly CategoryRow[]): string[] {
	const first = Math.max('need'.length, ...rows.map((r) => r.category.length));
	const header = ['need'.padEnd(first), ...COLUMNS.map(([, title]) => title)].join(' | ');
	const lines = rows.map((r) => [r.category.padEnd(first), ...COLUMNS.map(([key, title]) => String(r[key]).padStart(title.length))].join(' | '));
	return [
		'  per need (listed places only; "reach today" = phone + hours checked in the last 12 months):',
		`    ${header}`,
		`    ${header.replace(/[^|]/g, '-')}`,
		...lines.map((l) => `    ${l}`)
	];
}
