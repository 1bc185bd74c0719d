import { describe, it, expect } from 'vitest';
import nl from '../../../messages/nl.json';
import ar from '../../../messages/ar.json';
import { formatTime } from '../../../src/lib/i18n/format';
import { LANG_CODES } from '../../../src/lib/i18n/locales';
import { createTranslator, type Messages } from '../../../src/lib/i18n/translator';
import { originFromGps, originFromPc4, originFromWijk } from '../../../src/lib/places/origin';
import { placeById } from '../../../src/lib/places/data';
import {
	addressText,
	distanceText,
	freeText,
	lastCheckedText,
	openText,
	originText,
	placePrecisionText,
	shortUrl,
	slotsText
} from '../../../src/lib/places/view';

const t = createTranslator('nl', nl as Messages);
const tAr = createTranslator('ar', ar as Messages);
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('distanceText', () => {
	it('says how far, as roughly as the two ends allow', () => {
		expect(distanceText(t, { kind: 'approx', km: 1.5, roundedTo: 0.5 }, 'nl')).toBe('ongeveer 1,5 km');
		expect(distanceText(t, { kind: 'approx', km: 1, roundedTo: 1 }, 'nl')).toBe('ongeveer 1 km');
		expect(distanceText(t, { kind: 'within', km: 1, roundedTo: 1 }, 'nl')).toBe('binnen ongeveer 1 km');
		expect(distanceText(t, { kind: 'lessThan', km: 0.1, roundedTo: 0.1 }, 'nl')).toBe('minder dan 0,1 km');
		expect(distanceText(t, { kind: 'unknown' }, 'nl')).toBe('afstand onbekend');
	});

	it('uses Western digits in Arabic', () => {
		expect(distanceText(tAr, { kind: 'approx', km: 2, roundedTo: 1 }, 'ar')).toMatch(/2/);
	});
});

describe('openText and slotsText', () => {
	it('says open until, opens later today, tomorrow, on a named day, or unknown', () => {
		expect(openText(t, { state: 'open', closesAt: '16:00' }, 'nl')).toBe('nu open, tot 16:00');
		expect(openText(t, { state: 'closed', opensAt: { day: 'mon', time: '09:00', inDays: 0 } }, 'nl')).toBe('gesloten, opent om 09:00');
		expect(openText(t, { state: 'closed', opensAt: { day: 'tue', time: '09:30', inDays: 1 } }, 'nl')).toBe(
			'gesloten, opent morgen om 09:30'
		);
		expect(openText(t, { state: 'closed', opensAt: { day: 'thu', time: '13:00', inDays: 3 } }, 'nl')).toBe(
			'gesloten, opent donderdag om 13:00'
		);
		expect(openText(t, { state: 'closed' }, 'nl')).toBe('gesloten');
		expect(openText(t, { state: 'unknown' }, 'nl')).toBe('tijden onbekend');
	});

	it('lists slots, each kept left-to-right for Arabic', () => {
		const text = slotsText(t, [{ day: 'mon', from: '09:00', to: '12:00' }, { day: 'mon', from: '13:00', to: '16:00' }], 'nl');
		expect(strip(text)).toBe('09:00 – 12:00 en 13:00 – 16:00');
		expect(text.startsWith('\u2066')).toBe(true);
		// Joined the Arabic way, not with a Latin comma.
		const ar = slotsText(t, [{ day: 'mon', from: '09:00', to: '12:00' }, { day: 'mon', from: '13:00', to: '16:00' }], 'ar');
		expect(strip(ar)).toBe('09:00 – 12:00 و13:00 – 16:00');
	});

	it('writes opening hours on the 24-hour clock with Western digits in every language, Arabic too', () => {
		for (const lang of LANG_CODES) {
			expect(formatTime('17:30', lang), lang).toBe('17:30');
			expect(formatTime('09:05', lang), lang).toBe('09:05');
		}
		const text = strip(slotsText(tAr, [{ day: 'mon', from: '13:00', to: '17:30' }], 'ar'));
		expect(text).toContain('13:00');
		expect(text).toContain('17:30');
		expect(text).not.toMatch(/[صم]|[\u0660-\u0669]/);
		expect(strip(openText(tAr, { state: 'open', closesAt: '16:00' }, 'ar'))).toContain('16:00');
	});
});

describe('originText', () => {
	it('names the postcode area whose middle is used', () => {
		expect(strip(originText(t, originFromPc4('3317')!))).toBe('We gebruiken het midden van postcodegebied 3317.');
		expect(strip(originText(t, originFromWijk('Crabbehof')!))).toBe('Wijk Crabbehof: we gebruiken het midden van postcodegebied 3317.');
		expect(originText(t, originFromGps(51.8, 4.66, 20))).toBe('We rekenen vanaf je plek van nu.');
	});
});

describe('place facts', () => {
	it('says how exactly a place is known', () => {
		expect(placePrecisionText(t, { precision: 'none' })).toMatch(/niet waar/);
		expect(placePrecisionText(t, { precision: 'address', lat: 51.8, lon: 4.66, pc4: '3311' })).toMatch(/gebouw/);
		expect(strip(placePrecisionText(t, { precision: 'pc4', lat: 51.8, lon: 4.66, pc4: '3315' }))).toMatch(/\(3315\)/);
		expect(strip(placePrecisionText(t, { precision: 'pc4-inferred', lat: 51.8, lon: 4.66, pc4: '3314' }))).toMatch(/3314.*niet zeker/);
	});

	it('gives the check date, else the year, else says it is not known', () => {
		expect(lastCheckedText(t, { raw: null, date: '2025-07-01', year: 2025 }, 'nl')).toBe('laatst gecontroleerd op 1 juli 2025');
		expect(strip(lastCheckedText(t, { raw: '~2023', date: null, year: 2023 }, 'nl'))).toBe('laatst gezien in een bron uit 2023');
		expect(lastCheckedText(t, { raw: null, date: null, year: null }, 'nl')).toMatch(/niet bekend/);
	});

	it('says free, not free, or unknown', () => {
		expect(freeText(t, true)).toBe('Gratis');
		expect(freeText(t, false)).toBe('Kost geld');
		expect(freeText(t, null)).toMatch(/Niet bekend/);
	});

	it('writes an address only when a street is known', () => {
		expect(addressText({ street: 'Dudok-erf', housenumber: '58', postcode: '3315 KA', city: null })).toBe('Dudok-erf 58, 3315 KA Dordrecht');
		expect(addressText({ street: null, housenumber: null, postcode: null, city: null })).toBeNull();
		const place = placeById('sociaal-wijkteam-dordrecht');
		expect(place && addressText(place.address)).toBeNull();
	});

	it('shortens a website for the link text', () => {
		expect(shortUrl('https://www.swtdordrecht.nl/')).toBe('swtdordrecht.nl');
		expect(shortUrl('http://example.org/a/b')).toBe('example.org/a/b');
	});
});
