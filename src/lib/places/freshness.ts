import { openStatus, type OpenStatus } from './hours';
import type { Place } from './schema';

/*
 * How old a place's facts are, and what a person can still do with old hours. The rule: "nu
 * open" only for hours seen in a source in the last 12 months; older hours say their date and
 * "bel eerst" (or "kijk eerst" without a phone), never "open" or "gesloten".
 */

let dayFormat: Intl.DateTimeFormat | undefined;

/** Today's date on Dordrecht's calendar, "2026-12-01", wherever the phone thinks it is. */
export function dordrechtDate(now: Date): string {
	dayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
	return dayFormat.format(now);
}

/** Same calendar day one year earlier ("2026-02-29" does not exist, so Date rolls to 1 March). */
export function twelveMonthsBefore(today: string): string {
	const [y, m, d] = today.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y - 1, m - 1, d)).toISOString().slice(0, 10);
}

/** When a fact was seen: a day, or only a year, or neither (an undated source). */
export interface CheckedOn {
	date: string | null;
	year: number | null;
}

type FreshnessInput = Pick<Place, 'schedule' | 'lastChecked'>;

/** When the hours were seen: their own date when the record has one, else the record's. */
export function hoursCheckedOn(place: FreshnessInput): CheckedOn {
	const own = place.schedule.checked;
	if (own) return { date: own.date, year: own.year };
	return { date: place.lastChecked.date, year: place.lastChecked.year };
}

/**
 * Seen on or after the same day a year ago. A year without a day counts from 1 January of that
 * year, so a vague date never makes hours look newer than they may be.
 */
export function isWithinTwelveMonths(checked: CheckedOn, now: Date): boolean {
	const day = checked.date ?? (checked.year === null ? null : `${checked.year}-01-01`);
	return day !== null && day >= twelveMonthsBefore(dordrechtDate(now));
}

/** Hours a person may rely on today: there are hours, and they were checked in the last 12 months. */
export function hoursAreCurrent(place: FreshnessInput, now: Date): boolean {
	return place.schedule.regular.length > 0 && isWithinTwelveMonths(hoursCheckedOn(place), now);
}

/** "Nu open" only from current hours; older hours give 'stale' with their date and whether to call. */
export type CurrentOpenStatus = OpenStatus | { state: 'stale'; checked: CheckedOn; call: boolean };

export function currentOpenStatus(place: Place, now: Date): CurrentOpenStatus {
	const status = openStatus(place, now);
	if (status.state === 'unknown' || place.status === 'closed' || hoursAreCurrent(place, now)) return status;
	return { state: 'stale', checked: hoursCheckedOn(place), call: Boolean(place.phone) };
}

/** Something a person can act on: a phone number to call, or a street to walk to. */
export function hasWayToReach(place: Pick<Place, 'phone' | 'address'>): boolean {
	return Boolean(place.phone || place.address.street);
}

/** Reachable today: a phone number, and hours checked in the last 12 months. */
export function reachableToday(place: Place, now: Date): boolean {
	return Boolean(place.phone) && hoursAreCurrent(place, now);
}
