import { formatWeekday } from '../i18n/format';
import { DAYS, type Day } from './constants';
import type { OpeningSlot, Place } from './schema';

/** Hours are the walk-in hours on Dordrecht's clock, wherever the phone thinks it is. */
const TIME_ZONE = 'Europe/Amsterdam';

export type OpenStatus =
	| { state: 'open'; closesAt: string }
	/** opensAt.inDays: 0 = later today, 1 = tomorrow, … so the UI can say "opent morgen om 09:00". */
	| { state: 'closed'; opensAt?: { day: Day; time: string; inDays: number } }
	| { state: 'unknown' };

type HoursInput = Pick<Place, 'schedule' | 'status'>;

const INTL_WEEKDAY: Record<string, Day> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

let clockFormat: Intl.DateTimeFormat | undefined;

/** The weekday and wall-clock time in Dordrecht at this instant (daylight saving included). */
export function amsterdamClock(now: Date): { day: Day; time: string } {
	clockFormat ??= new Intl.DateTimeFormat('en-GB', {
		timeZone: TIME_ZONE,
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
	const parts = Object.fromEntries(clockFormat.formatToParts(now).map((p) => [p.type, p.value]));
	const day = INTL_WEEKDAY[parts.weekday ?? ''];
	if (!day) throw new Error(`Unexpected weekday from Intl: ${parts.weekday}`);
	return { day, time: `${parts.hour}:${parts.minute}` };
}

function slotsOn(place: HoursInput, day: Day): OpeningSlot[] {
	return place.schedule.regular.filter((s) => s.day === day).sort((a, b) => a.from.localeCompare(b.from));
}

/** Today's slots (Dordrecht's "today"), earliest first; empty when closed or unknown. */
export function hoursToday(place: HoursInput, now: Date): OpeningSlot[] {
	return slotsOn(place, amsterdamClock(now).day);
}

/** The whole week Monday first, for the place page's hours table. */
export function weekHours(place: HoursInput): Array<{ day: Day; slots: OpeningSlot[] }> {
	return DAYS.map((day) => ({ day, slots: slotsOn(place, day) }));
}

/**
 * Open now? Only from hours the source states; a place without them is 'unknown', never
 * 'closed'. A moved place is 'unknown' (its hours belonged to the old address).
 */
export function openStatus(place: HoursInput, now: Date): OpenStatus {
	if (place.status === 'closed') return { state: 'closed' };
	if (place.status === 'moved' || place.schedule.regular.length === 0) return { state: 'unknown' };
	const { day, time } = amsterdamClock(now);
	const today = slotsOn(place, day);
	const current = today.find((s) => s.from <= time && time < s.to);
	if (current) {
		// Back-to-back slots (09:00-12:00, 12:00-17:00) read as one opening.
		let closesAt = current.to;
		for (const next of today) if (next.from === closesAt) closesAt = next.to;
		return { state: 'open', closesAt };
	}
	const todayIndex = DAYS.indexOf(day);
	for (let inDays = 0; inDays <= 7; inDays++) {
		const nextDay = DAYS[(todayIndex + inDays) % 7] as Day;
		const next = slotsOn(place, nextDay).find((s) => inDays > 0 || s.from > time);
		if (next) return { state: 'closed', opensAt: { day: nextDay, time: next.from, inDays } };
	}
	return { state: 'closed' };
}

/** A weekday's name in the reader's language ("maandag", "الاثنين", "ሰኑይ"). */
export function weekdayName(day: Day, intlLocale: string, style: 'long' | 'short' = 'long'): string {
	return formatWeekday(DAYS.indexOf(day), intlLocale, style);
}
