import { describe, it, expect } from 'vitest';
import { alternativesFor, filterByCategory, filterByWijk, isListed, listFor, sortByDistance } from '../../../src/lib/places/nearby';
import { originFromGps, originFromPc4, originFromWijk } from '../../../src/lib/places/origin';
import { PLACES } from '../../../src/lib/places/data';
import type { Place } from '../../../src/lib/places/schema';

const base = PLACES.find((p) => p.id === 'bibliotheek-aanzet-centrum') as Place;
const make = (id: string, name: string, geo: Place['geo'], extra: Partial<Place> = {}): Place => ({
	...base,
	id,
	name,
	geo,
	...extra
});
const at = (lat: number, lon: number): Place['geo'] => ({ precision: 'address', lat, lon, pc4: null });

describe('sortByDistance', () => {
	it('puts the nearest first and places without a location last', () => {
		const far = make('far', 'Far', at(51.78, 4.64));
		const near = make('near', 'Near', at(51.8132, 4.6686));
		const middle = make('middle', 'Middle', at(51.805, 4.68));
		const nowhere = make('nowhere', 'Aaa nowhere', { precision: 'none' });
		const sorted = sortByDistance([nowhere, far, near, middle], originFromGps(51.8131, 4.6685, 20));
		expect(sorted.map((s) => s.place.id)).toEqual(['near', 'middle', 'far', 'nowhere']);
		expect(sorted[3]?.metres).toBeNull();
		expect(sorted[3]?.distance).toEqual({ kind: 'unknown' });
		expect(sorted[0]?.distance.kind).toBe('lessThan');
	});

	it('breaks ties (same postcode middle) by active first, then by name', () => {
		const geo: Place['geo'] = { precision: 'pc4-inferred', lat: 51.8131, lon: 4.6685, pc4: '3311' };
		const b = make('b', 'Bravo', geo, { status: 'active' });
		const a = make('a', 'Alfa', geo, { status: 'unknown' });
		const c = make('c', 'Charlie', geo, { status: 'active' });
		expect(sortByDistance([a, b, c], originFromPc4('3314')!).map((s) => s.place.id)).toEqual(['b', 'c', 'a']);
	});

	it('sorts the shipped data nearest-first from every wijk', () => {
		const origin = originFromWijk('Sterrenburg')!;
		const sorted = listFor(origin, null);
		const located = sorted.filter((s) => s.metres !== null).map((s) => s.metres as number);
		expect(located).toEqual([...located].sort((x, y) => x - y));
		const firstUnlocated = sorted.findIndex((s) => s.metres === null);
		expect(sorted.slice(firstUnlocated).every((s) => s.metres === null)).toBe(true);
		expect(sorted[0]?.place.wijk).toBe('Sterrenburg');
	});
});

describe('listFor and filters', () => {
	it('never lists closed or unknown places, though they stay in the data', () => {
		expect(PLACES.some((p) => p.status === 'closed')).toBe(true);
		expect(PLACES.some((p) => p.status === 'unknown')).toBe(true);
		for (const origin of [null, originFromPc4('3312')]) {
			const listed = listFor(origin, null).map((l) => l.place.id);
			expect(listed.length).toBeGreaterThan(20);
			expect(listed).not.toContain('de-driesprong');
			expect(listed).not.toContain('crabbehoeve'); // closed: the lease ended in March 2024
			expect(listed).not.toContain('het-sterrenwiel'); // unknown: last seen in 2017
		}
		// The Edisonstraat is the Voedselbank's new home, not a sign it moved away.
		expect(listFor(null, 'food-clothing').map((l) => l.place.id)).toContain('voedselbank-dordrecht');
	});

	it('leaves out places with no way to reach or find them', () => {
		expect(isListed(PLACES.find((p) => p.id === 'matchingsunit')!)).toBe(false);
		expect(isListed(PLACES.find((p) => p.id === 'hulplijn-dordt')!)).toBe(true);
	});

	it('keeps places without coordinates findable by need and by wijk', () => {
		const money = listFor(null, 'money').map((l) => l.place.id);
		expect(money).toContain('humanitas-thuisadministratie'); // no location, has a website
		const noCoordinates = make('wijk-only', 'Wijk only', { precision: 'none' }, { wijk: 'Dubbeldam', phone: null, website: null, address: { ...base.address, street: null } });
		expect(filterByWijk(listFor(null, null, [noCoordinates]).map((l) => l.place), 'Dubbeldam').map((p) => p.id)).toEqual(['wijk-only']); // no location, wijk known
		expect(listFor(originFromGps(51.8, 4.67, 50), 'mantelzorg').map((l) => l.place.id)).toContain('mee-mantelzorg');
	});

	it('filters by need and by wijk together', () => {
		const result = sortByDistance(filterByWijk(filterByCategory(PLACES.filter(isListed), 'language-digital'), 'Crabbehof'), originFromPc4('3317')!);
		expect(result.map((r) => r.place.id)).toEqual(['bibliotheek-aanzet-crabbehof']);
		expect(filterByCategory(PLACES, null)).toHaveLength(PLACES.length);
		expect(filterByCategory(PLACES, 'safety').every((p) => p.categories.includes('safety'))).toBe(true);
	});

	it('has at least one listed place for every need', () => {
		for (const need of ['money', 'mantelzorg', 'meeting', 'language-digital', 'family-youth', 'food-clothing', 'legal', 'safety', 'wijkteam'] as const) {
			expect(listFor(null, need).length, need).toBeGreaterThan(0);
		}
	});
});

describe('origins', () => {
	it('places a postcode or wijk at its centroid and rejects unknown input', () => {
		expect(originFromPc4('3317')).toMatchObject({ kind: 'pc4', lat: 51.7901, lon: 4.66 });
		expect(originFromWijk('Crabbehof')).toMatchObject({ kind: 'wijk', pc4: '3317', lat: 51.7901 });
		expect(originFromWijk('Nergens' as never)).toBeNull();
		expect(originFromGps(51.8, 4.67, Number.NaN)).toMatchObject({ accuracyM: 1000 });
	});
});

describe('alternativesFor (an old link to a place that moved or closed)', () => {
	const closed = PLACES.find((p) => p.status === 'closed');
	it('lists only open places that give the same help, at most three', () => {
		expect(closed).toBeDefined();
		if (!closed) return;
		const alike = alternativesFor(closed, null);
		expect(alike.length).toBeGreaterThan(0);
		expect(alike.length).toBeLessThanOrEqual(3);
		for (const { place } of alike) {
			expect(isListed(place)).toBe(true);
			expect(place.categories.some((c) => closed.categories.includes(c))).toBe(true);
		}
	});
	it('puts the nearest first when the person chose where they are', () => {
		if (!closed) return;
		const origin = originFromWijk('Crabbehof');
		const alike = alternativesFor(closed, origin, 10);
		const metres = alike.map((a) => a.metres ?? Number.POSITIVE_INFINITY);
		expect(metres).toEqual([...metres].sort((a, b) => a - b));
	});
});
