import { describe, it, expect } from 'vitest';
import nl from '../../../messages/nl.json';
import ar from '../../../messages/ar.json';
import { createTranslator, type Messages } from '../../../src/lib/i18n/translator';
import { CATEGORIES } from '../../../src/lib/places/constants';
import { PLACES, placeById } from '../../../src/lib/places/data';
import { currentOpenStatus, hoursAreCurrent, twelveMonthsBefore } from '../../../src/lib/places/freshness';
import { isListed, listFor, sortByDistance } from '../../../src/lib/places/nearby';
import { originFromPc4, originFromWijk } from '../../../src/lib/places/origin';
import { reachTodayFor, SOCIAL_MAP } from '../../../src/lib/places/reach';
import type { Place } from '../../../src/lib/places/schema';
import { openText } from '../../../src/lib/places/view';
import { appointmentText, feedbackHref, movingText, phoneCostText, unknownFactsText } from '../../../src/lib/places/view-honest';

const t = createTranslator('nl', nl as Messages);
const tAr = createTranslator('ar', ar as Messages);
const base = placeById('sociaal-wijkteam-dordrecht') as Place;
const weekdays = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '09:00', to: '17:00' }));
/** A place with weekday hours checked on `checked`. */
const withHours = (id: string, checked: string, extra: Partial<Place> = {}): Place => ({
	...base,
	id,
	name: id,
	status: 'active',
	schedule: { regular: weekdays, raw: 'ma-vr 9-17', note: null, checked: { date: checked, year: Number(checked.slice(0, 4)) } },
	...extra
});
// Tuesday 1 December 2026, 10:00 in Dordrecht.
const now = new Date('2026-12-01T09:00:00Z');

describe('lists show only active places', () => {
	it('every place in every list, with or without a location, is active', () => {
		const origins = [null, originFromPc4('3317'), originFromWijk('Sterrenburg')];
		for (const need of [null, ...CATEGORIES]) {
			for (const origin of origins) {
				const shown = listFor(origin, need);
				expect(shown.filter((s) => s.place.status !== 'active').map((s) => s.place.id), String(need)).toEqual([]);
			}
		}
	});

	it('at the same distance, places a person can call or walk to come first', () => {
		const geo: Place['geo'] = { precision: 'pc4', lat: 51.7935, lon: 4.657, pc4: '3317' };
		const nothing = { ...base, id: 'a-nothing', name: 'Aaa', geo, phone: null, address: { ...base.address, street: null } };
		const phone = { ...base, id: 'z-phone', name: 'Zzz', geo, phone: '078 000 0000' };
		expect(sortByDistance([nothing, phone], originFromPc4('3317')!).map((s) => s.place.id)).toEqual(['z-phone', 'a-nothing']);
		expect(listFor(null, null, [nothing, phone]).map((s) => s.place.id)).toEqual(['z-phone', 'a-nothing']);
	});
});

describe('"nu open" only for hours checked in the last 12 months', () => {
	it('puts the boundary on the same day one year earlier', () => {
		expect(twelveMonthsBefore('2026-12-01')).toBe('2025-12-01');
		expect(hoursAreCurrent(withHours('edge', '2025-12-01'), now)).toBe(true);
		expect(hoursAreCurrent(withHours('day-too-old', '2025-11-30'), now)).toBe(false);
	});

	it('says "nu open" on the boundary day and "Tijden van … — bel eerst" one day before it', () => {
		const fresh = currentOpenStatus(withHours('edge', '2025-12-01', { phone: '078 000 0000' }), now);
		expect(fresh).toEqual({ state: 'open', closesAt: '17:00' });
		expect(openText(t, fresh, 'nl')).toBe('nu open, tot 17:00');
		const old = currentOpenStatus(withHours('old', '2025-11-30', { phone: '078 000 0000' }), now);
		expect(old.state).toBe('stale');
		expect(openText(t, old, 'nl')).toBe('Tijden van 30 november 2025 — bel eerst');
		expect(openText(t, old, 'nl')).not.toMatch(/open|gesloten/);
	});

	it('says "kijk eerst" without a phone, and names only the year when that is all we know', () => {
		const noPhone = withHours('no-phone', '2025-11-30', { phone: null });
		expect(openText(t, currentOpenStatus(noPhone, now), 'nl')).toBe('Tijden van 30 november 2025 — kijk eerst');
		const yearOnly = { ...noPhone, schedule: { ...noPhone.schedule, checked: { date: null, year: 2025 } } };
		expect(openText(t, currentOpenStatus(yearOnly, now), 'nl')).toMatch(/^Tijden van .*2025.* — kijk eerst$/);
		const undated = { ...noPhone, schedule: { ...noPhone.schedule, checked: { date: null, year: null } } };
		expect(openText(t, currentOpenStatus(undated, now), 'nl')).toBe('Tijden uit een bron zonder datum — kijk eerst');
		expect(openText(tAr, currentOpenStatus(noPhone, now), 'ar')).toContain('تحقّقوا أولًا');
	});

	it('uses the hours\' own date over the record\'s: the SDD\'s hours are from 2017', () => {
		const sdd = placeById('sdd-samenwerkplein') as Place;
		expect(sdd.lastChecked.year).toBe(2025);
		expect(currentOpenStatus(sdd, now).state).toBe('stale');
		expect(currentOpenStatus(sdd, new Date('2018-03-06T09:00:00Z')).state).toBe('open');
	});
});

describe('the needs people ask for most can be reached by phone', () => {
	/*
	 * Needs for which no source gives an active place a phone number (searched 2026-12-01): the
	 * sociaal wijkteam and MEE Mantelzorg publish none we could find. Their lists must still
	 * offer a phone through the fallback (Hulplijn Dordt). Remove a need here once it has one.
	 */
	const NO_PHONE_IN_ANY_SOURCE: Record<string, string> = {
		wijkteam: 'swtdordrecht.nl and dordrecht.nl give no phone number',
		mantelzorg: 'meemantelzorg.nl and dordrecht.nl give no phone number'
	};

	it.each(['money', 'wijkteam', 'mantelzorg'] as const)('%s: an active place with a phone, or a fallback with one', (need) => {
		const withPhone = PLACES.filter((p) => p.categories.includes(need) && isListed(p) && p.phone);
		if (!NO_PHONE_IN_ANY_SOURCE[need]) {
			expect(withPhone.length, need).toBeGreaterThan(0);
			expect(withPhone.every((p) => p.status === 'active')).toBe(true);
			return;
		}
		const reach = reachTodayFor([need], originFromPc4('3317'), now);
		expect(reach?.item.place.phone, need).toBeTruthy();
		expect(reach?.item.place.status).toBe('active');
	});
});

describe('a way to reach help today', () => {
	it('is the nearest place for the same need with a phone and current hours', () => {
		const near = withHours('near', '2026-06-01', { phone: '078 111 1111', categories: ['money'], geo: { precision: 'pc4', lat: 51.7935, lon: 4.657, pc4: '3317' } });
		const far = withHours('far', '2026-06-01', { phone: '078 222 2222', categories: ['money'], geo: { precision: 'pc4', lat: 51.82, lon: 4.7, pc4: '3311' } });
		const stale = withHours('stale', '2020-06-01', { phone: '078 333 3333', categories: ['money'] });
		const places = [far, stale, near, ...PLACES];
		const reach = reachTodayFor(['money'], originFromPc4('3317'), now, { places });
		expect(reach).toMatchObject({ kind: 'same-need', item: { place: { id: 'near' } } });
		// A place page never sends a person to itself.
		expect(reachTodayFor(['money'], originFromPc4('3317'), now, { places, exclude: 'near' })?.item.place.id).toBe('far');
	});

	it('falls back to the sociaal wijkteam or Hulplijn Dordt, and the one it names has a phone', () => {
		const reach = reachTodayFor(['mantelzorg'], null, now);
		expect(['wijkteam', 'help-line']).toContain(reach?.kind);
		expect(reach?.item.place.phone).toBeTruthy();
		expect([SOCIAL_MAP.fallbackPlaceId, SOCIAL_MAP.helpLinePlaceId]).toContain(reach?.item.place.id);
	});

	it('refers to places that exist and are listed', () => {
		for (const id of [SOCIAL_MAP.fallbackPlaceId, SOCIAL_MAP.helpLinePlaceId]) expect(isListed(placeById(id) as Place), id).toBe(true);
	});
});

describe('what is not known is said', () => {
	it('names the missing address, phone and hours', () => {
		const stoof = placeById('buurtwerk-trefpunt-de-nieuwe-stoof') as Place;
		expect(unknownFactsText(t, stoof, 'nl')).toBe('Niet bekend: adres, telefoonnummer en openingstijden.');
		expect(unknownFactsText(t, placeById('bibliotheek-aanzet-centrum') as Place, 'nl')).toBeNull();
	});

	it('says what a call costs, whether to book, and an announced move, only as far as a source says', () => {
		expect(phoneCostText(t, (placeById('slachtofferhulp-nederland') as Place).phoneCost)).toBe('Bellen kost het gewone tarief.');
		expect(phoneCostText(t, undefined)).toBeNull();
		expect(appointmentText(t, (placeById('sociaal-wijkteam-dordrecht') as Place).appointmentNeeded)).toMatch(/zonder afspraak/);
		expect(appointmentText(t, undefined)).toBe('Niet bekend.');
		const library = placeById('bibliotheek-aanzet-centrum') as Place;
		expect(movingText(t, library.moving!, 'nl')).toBe('Deze plek gaat verhuizen naar het Dordthuis (Huis van Stad en Regio), Spuiboulevard. De datum is nog niet bekend.');
		expect(movingText(t, { ...library.moving!, date: '2027-03-01' }, 'nl')).toMatch(/Dat is vanaf 1 maart 2027\.$/);
	});

	it('"Klopt er iets niet?" opens a mail with the place\'s name, to the keepers or (unknown) to no one', () => {
		const stoof = placeById('buurtwerk-trefpunt-de-nieuwe-stoof') as Place;
		const href = feedbackHref(t, stoof, SOCIAL_MAP.feedbackEmail);
		expect(href).toMatch(/^mailto:[^?]*\?subject=.+&body=.+/);
		expect(decodeURIComponent(href)).toContain(stoof.name);
		expect(feedbackHref(t, stoof, 'kaart@example.org')).toMatch(/^mailto:kaart@example\.org\?/);
	});
});

describe('the keepers\' table per need', () => {
	it('counts listed places: complete, what they miss, and ways to reach today', async () => {
		const { categoryRows, formatCategoryTable } = await import('../../../src/lib/data/report-places');
		const complete = withHours('complete', '2026-06-01', {
			categories: ['money'],
			phone: '078 111 1111',
			address: { street: 'Spuiboulevard', housenumber: '1', postcode: null, city: null },
			geo: { precision: 'pc4', lat: 51.81, lon: 4.67, pc4: '3311' },
			lastChecked: { raw: null, date: '2026-06-01', year: 2026 }
		});
		const bare = { ...complete, id: 'bare', phone: null, geo: { precision: 'none' as const }, lastChecked: { raw: null, date: null, year: 2019 } };
		const hidden = { ...complete, id: 'hidden', status: 'unknown' as const };
		const money = categoryRows([complete, bare, hidden], now).find((r) => r.category === 'money');
		expect(money).toEqual({ category: 'money', listed: 2, complete: 1, missingPhone: 1, missingHours: 0, stale: 1, noLocation: 1, reachToday: 1, withPhone: 1 });
		const table = formatCategoryTable(categoryRows(PLACES, now)).join('\n');
		expect(table).toMatch(/money +\| +\d+ \|/);
		expect(table).toContain('reach today');
	});
});
