import { describe, it, expect } from 'vitest';
import { amsterdamClock, hoursToday, openStatus, weekHours, weekdayName } from '../../../src/lib/places/hours';
import type { Place } from '../../../src/lib/places/schema';

type HoursPlace = Pick<Place, 'schedule' | 'status'>;
const slot = (day: Place['schedule']['regular'][number]['day'], from: string, to: string) => ({ day, from, to });

// The central library's hours as in places.json: Sunday 12:00–17:00 makes the DST Sundays testable.
const library: HoursPlace = {
	status: 'active',
	schedule: {
		raw: null,
		note: null,
		regular: [
			...(['mon', 'tue', 'wed', 'fri'] as const).map((d) => slot(d, '09:30', '21:00')),
			slot('thu', '09:30', '20:00'),
			slot('sat', '10:00', '16:00'),
			slot('sun', '12:00', '17:00')
		]
	}
};
const weekly: HoursPlace = { status: 'unknown', schedule: { raw: null, note: null, regular: [slot('wed', '10:00', '12:00')] } };
const at = (iso: string) => new Date(iso);

describe('amsterdamClock', () => {
	it('uses CET in winter and CEST in summer', () => {
		expect(amsterdamClock(at('2026-01-05T08:00:00Z'))).toEqual({ day: 'mon', time: '09:00' });
		expect(amsterdamClock(at('2026-07-06T08:00:00Z'))).toEqual({ day: 'mon', time: '10:00' });
	});
});

describe('openStatus', () => {
	it('is closed before opening and open from the opening minute until (not including) closing', () => {
		expect(openStatus(library, at('2026-01-05T08:29:00Z'))).toEqual({
			state: 'closed',
			opensAt: { day: 'mon', time: '09:30', inDays: 0 }
		});
		expect(openStatus(library, at('2026-01-05T08:30:00Z'))).toEqual({ state: 'open', closesAt: '21:00' });
		expect(openStatus(library, at('2026-01-05T19:59:00Z'))).toEqual({ state: 'open', closesAt: '21:00' });
		expect(openStatus(library, at('2026-01-05T20:00:00Z'))).toEqual({
			state: 'closed',
			opensAt: { day: 'tue', time: '09:30', inDays: 1 }
		});
	});

	it('turns the day at Amsterdam midnight, not UTC midnight', () => {
		// Saturday 28 March 2026, 23:59 in Dordrecht (22:59 UTC).
		const beforeMidnight = at('2026-03-28T22:59:00Z');
		expect(hoursToday(library, beforeMidnight)).toEqual([slot('sat', '10:00', '16:00')]);
		expect(openStatus(library, beforeMidnight)).toEqual({ state: 'closed', opensAt: { day: 'sun', time: '12:00', inDays: 1 } });
		// 00:00 Sunday in Dordrecht while it is still Saturday in UTC.
		const afterMidnight = at('2026-03-28T23:00:00Z');
		expect(hoursToday(library, afterMidnight)).toEqual([slot('sun', '12:00', '17:00')]);
		expect(openStatus(library, afterMidnight)).toEqual({ state: 'closed', opensAt: { day: 'sun', time: '12:00', inDays: 0 } });
	});

	it('follows the clock change to summer time on Sunday 29 March 2026', () => {
		// 10:30 UTC is 12:30 CEST: open. A fixed UTC+1 would say 11:30, closed.
		expect(openStatus(library, at('2026-03-29T10:30:00Z'))).toEqual({ state: 'open', closesAt: '17:00' });
		expect(openStatus(library, at('2026-03-29T09:59:00Z')).state).toBe('closed');
		// 15:00 UTC is 17:00 CEST: just closed.
		expect(openStatus(library, at('2026-03-29T15:00:00Z'))).toEqual({
			state: 'closed',
			opensAt: { day: 'mon', time: '09:30', inDays: 1 }
		});
	});

	it('follows the clock change back to winter time on Sunday 25 October 2026', () => {
		// 10:30 UTC is 11:30 CET: still closed. A fixed UTC+2 would say 12:30, open.
		expect(openStatus(library, at('2026-10-25T10:30:00Z'))).toEqual({
			state: 'closed',
			opensAt: { day: 'sun', time: '12:00', inDays: 0 }
		});
		expect(openStatus(library, at('2026-10-25T11:00:00Z'))).toEqual({ state: 'open', closesAt: '17:00' });
		// 01:30 UTC is 02:30 CET, after the repeated hour: still Sunday.
		expect(amsterdamClock(at('2026-10-25T01:30:00Z'))).toEqual({ day: 'sun', time: '02:30' });
	});

	it('finds the next opening days ahead, up to the same weekday next week', () => {
		expect(openStatus(weekly, at('2026-01-08T10:00:00Z'))).toEqual({
			state: 'closed',
			opensAt: { day: 'wed', time: '10:00', inDays: 6 }
		});
		expect(openStatus(weekly, at('2026-01-07T11:00:00Z'))).toEqual({
			state: 'closed',
			opensAt: { day: 'wed', time: '10:00', inDays: 7 }
		});
	});

	it('reads back-to-back slots as one opening', () => {
		const split: HoursPlace = {
			status: 'active',
			schedule: { raw: null, note: null, regular: [slot('mon', '12:00', '17:00'), slot('mon', '09:00', '12:00')] }
		};
		expect(openStatus(split, at('2026-01-05T09:00:00Z'))).toEqual({ state: 'open', closesAt: '17:00' });
	});

	it('is unknown without hours or after a move, and closed for a closed place', () => {
		const none: HoursPlace = { status: 'active', schedule: { raw: 'ma-vr', note: null, regular: [] } };
		expect(openStatus(none, at('2026-01-05T10:00:00Z'))).toEqual({ state: 'unknown' });
		expect(openStatus({ ...library, status: 'moved' }, at('2026-01-05T10:00:00Z'))).toEqual({ state: 'unknown' });
		expect(openStatus({ ...library, status: 'closed' }, at('2026-01-05T10:00:00Z'))).toEqual({ state: 'closed' });
	});
});

describe('weekHours and weekdayName', () => {
	it('lists seven days Monday first', () => {
		const week = weekHours(weekly);
		expect(week.map((d) => d.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
		expect(week[2]?.slots).toEqual([slot('wed', '10:00', '12:00')]);
		expect(week[0]?.slots).toEqual([]);
	});

	it('names days in the reader language through Intl', () => {
		expect(weekdayName('mon', 'nl-NL')).toBe('maandag');
		expect(weekdayName('sun', 'en-GB')).toBe('Sunday');
		expect(weekdayName('wed', 'pl-PL')).toBe('środa');
		expect(weekdayName('fri', 'ar-u-nu-latn')).toBe('الجمعة');
	});
});
