import { describe, it, expect } from 'vitest';
import { CATEGORIES } from '../../../src/lib/places/constants';
import { isNearDordrecht, originFromPc4, originFromWijk } from '../../../src/lib/places/origin';
import {
	categoryOfSlug,
	geoErrorKey,
	isListSlug,
	LIST_SLUGS,
	restoreOrigin,
	restorePlacesSession
} from '../../../src/lib/places/session';

describe('list slugs', () => {
	it('are every need plus "alle", and "alle" means no filter', () => {
		expect(LIST_SLUGS).toEqual([...CATEGORIES, 'alle']);
		expect(categoryOfSlug('alle')).toBeNull();
		expect(categoryOfSlug('money')).toBe('money');
		expect(isListSlug('mantelzorg')).toBe(true);
		expect(isListSlug('geld')).toBe(false);
		expect(isListSlug('plek')).toBe(false);
	});
});

describe('restoreOrigin (what comes back from sessionStorage is not trusted)', () => {
	it('rebuilds postcode and wijk origins from our own centroids, ignoring stored coordinates', () => {
		expect(restoreOrigin({ kind: 'pc4', pc4: '3317', lat: 0, lon: 0 })).toEqual(originFromPc4('3317'));
		expect(restoreOrigin({ kind: 'wijk', wijk: 'Crabbehof', pc4: '3011', lat: 52, lon: 4 })).toEqual(originFromWijk('Crabbehof'));
	});

	it('keeps a plausible GPS fix', () => {
		expect(restoreOrigin({ kind: 'gps', lat: 51.8, lon: 4.66, accuracyM: 30 })).toEqual({
			kind: 'gps',
			lat: 51.8,
			lon: 4.66,
			accuracyM: 30
		});
	});

	it.each([
		null,
		'3317',
		{ kind: 'pc4', pc4: '3011' },
		{ kind: 'wijk', wijk: 'Zwijndrecht' },
		{ kind: 'gps', lat: '51.8', lon: 4.66, accuracyM: 30 },
		{ kind: 'gps', lat: 151.8, lon: 4.66, accuracyM: 30 },
		{ kind: 'gps', lat: 51.8, lon: 4.66, accuracyM: 0 },
		{ kind: 'gps', lat: Number.NaN, lon: 4.66, accuracyM: 10 },
		// Amsterdam: a position from far outside Dordrecht is not kept either.
		{ kind: 'gps', lat: 52.3731, lon: 4.8926, accuracyM: 30 },
		{ kind: 'address', street: 'Dudok-erf' }
	])('drops %j', (raw) => {
		expect(restoreOrigin(raw)).toBeNull();
	});
});

describe('isNearDordrecht', () => {
	it.each([
		['Crabbehof', 51.7935, 4.657],
		['Binnenstad', 51.8131, 4.6685],
		['Biesbosch, east of 3329', 51.78, 4.76]
	])('%s is in Dordrecht', (_, lat, lon) => {
		expect(isNearDordrecht({ lat, lon })).toBe(true);
	});
	it.each([
		['Amsterdam', 52.3731, 4.8926],
		['Rotterdam', 51.9225, 4.4792],
		['Gorinchem', 51.8306, 4.9742],
		['Nairobi', -1.2864, 36.8172]
	])('%s is not', (_, lat, lon) => {
		expect(isNearDordrecht({ lat, lon })).toBe(false);
	});
});

describe('restorePlacesSession', () => {
	it('keeps a valid origin and list, and drops what does not fit', () => {
		expect(restorePlacesSession({ origin: { kind: 'pc4', pc4: '3311' }, list: 'money' })).toEqual({
			origin: originFromPc4('3311'),
			list: 'money'
		});
		expect(restorePlacesSession({ origin: 'x', list: '../../etc' })).toEqual({ origin: null, list: null });
		expect(restorePlacesSession(42)).toBeNull();
	});
});

describe('geoErrorKey', () => {
	it('maps the Geolocation API error codes to a message that offers the other two ways', () => {
		expect(geoErrorKey(1)).toBe('permissionDenied');
		expect(geoErrorKey(2)).toBe('positionUnavailable');
		expect(geoErrorKey(3)).toBe('timeout');
		expect(geoErrorKey(99)).toBe('positionUnavailable');
	});
});
