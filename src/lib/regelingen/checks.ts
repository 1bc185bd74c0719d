import type { Source } from '../data/source';
import type { Reason } from './types';

/**
 * The outcome of one condition:
 * pass – met; fail – clearly not met; missing – the answer was "don't know";
 * uncheckable – the app cannot check it here; near – within the near-limit band of an outdated figure;
 * info – a fact to show, not a condition.
 */
export type CheckStatus = 'pass' | 'fail' | 'missing' | 'uncheckable' | 'near' | 'info';

export interface Figure {
	date: string;
	outdated: boolean;
}

export interface Check {
	status: CheckStatus;
	/** The reason's message key under regelingen.reason.*, and its values: made into a Reason only when the hint's reasons are read. */
	key: string;
	values: Reason['values'];
	/** Answers about the household (income, assets, children …), as opposed to gates such as age. */
	substantive: boolean;
	figure?: Figure;
	sources?: Source[];
	/** Sources that follow `sources` (e.g. the norm's after the scheme's), kept apart to save a copy. */
	moreSources?: Source[];
}

export function check(status: CheckStatus, key: string, values?: Reason['values'], extra?: Partial<Check>): Check {
	// Every check gets the same fields in the same order: one object shape keeps the loops over checks fast.
	return {
		status,
		key,
		values,
		substantive: extra?.substantive ?? true,
		figure: extra?.figure,
		sources: extra?.sources,
		moreSources: extra?.moreSources
	};
}

export function reasonOf(c: Check): Reason {
	return c.values ? { key: `regelingen.reason.${c.key}`, values: c.values } : { key: `regelingen.reason.${c.key}` };
}

/**
 * Compares a value with a limit. With an outdated limit, values within `bandPercent` on either
 * side are "near": the new figure may well move the limit past them.
 */
export function compareWithLimit(
	value: number,
	limit: number,
	options: { comparison: 'atMost' | 'below'; outdated: boolean; bandPercent: number }
): 'pass' | 'near' | 'fail' {
	if (options.outdated && Math.abs(value - limit) <= (limit * options.bandPercent) / 100) return 'near';
	const within = options.comparison === 'atMost' ? value <= limit : value < limit;
	return within ? 'pass' : 'fail';
}

/** The newest dated entry that holds on `day` (its `from` on or before it). */
export function newestFrom<T extends { from: string }>(entries: readonly T[], day: string): T | null {
	let found: T | null = null;
	for (const entry of entries) if (entry.from <= day && (!found || entry.from > found.from)) found = entry;
	return found;
}

/** A figure without an end date is taken as outdated once the calendar year it started in is over. */
export function isOutdated(entry: { from: string; validUntil: string | null }, day: string): boolean {
	if (entry.validUntil !== null) return day > entry.validUntil;
	return day.slice(0, 4) > entry.from.slice(0, 4);
}
