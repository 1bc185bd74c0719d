import { describe, it, expect } from 'vitest';
import { placesSchema, postcodesSchema, wijkenSchema } from '../../../src/lib/places/schema';
import { CATEGORIES, DORDRECHT_PC4, PLACE_LANGS, WIJK_NAMES } from '../../../src/lib/places/constants';
import { DATA_FILES, validateAllData } from '../../../src/lib/data/validate';
import { distanceMetres } from '../../../src/lib/places/distance';
import { routeHref, routeQuery } from '../../../src/lib/places/route';
import places from '../../../src/lib/data/places.json';
import postcodes from '../../../src/lib/data/postcodes.json';
import wijken from '../../../src/lib/data/wijken.json';

const parsed = placesSchema.parse(places);

describe('shipped place data', () => {
	it('passes the schemas', () => {
		expect(placesSchema.safeParse(places).error?.issues ?? []).toEqual([]);
		expect(postcodesSchema.safeParse(postcodes).error?.issues ?? []).toEqual([]);
		expect(wijkenSchema.safeParse(wijken).error?.issues ?? []).toEqual([]);
	});

	it('is registered in DATA_FILES and valid there', () => {
		const files = DATA_FILES.map((f) => f.file);
		for (const f of ['places.json', 'postcodes.json', 'wijken.json']) expect(files).toContain(`src/lib/data/${f}`);
		expect(validateAllData().filter((p) => /places|postcodes|wijken/.test(p))).toEqual([]);
	});

	it('carries all 65 places from the shared list (and places added since), each with a description in all 7 languages', () => {
		expect(parsed.length).toBeGreaterThanOrEqual(65);
		expect(parsed.map((p) => p.id)).toEqual(expect.arrayContaining(['sociaal-wijkteam-dordrecht', 'tien-plus-wijkkranten', 'kledingbank-dordrecht']));
		for (const place of parsed) {
			for (const lang of PLACE_LANGS) expect(place.description[lang].trim().length, `${place.id} ${lang}`).toBeGreaterThan(0);
			if (place.schedule.note) for (const lang of PLACE_LANGS) expect(place.schedule.note[lang], place.id).toBeTruthy();
		}
	});

	it('writes Tigrinya in Ge\'ez script and Arabic in Arabic script', () => {
		for (const place of parsed) {
			expect(place.description.ti, place.id).toMatch(/[\u1200-\u137F]/);
			expect(place.description.ar, place.id).toMatch(/[\u0600-\u06FF]/);
		}
	});

	it('keeps every source URL and the raw source date', () => {
		const withSources = parsed.filter((p) => p.sources.length > 0);
		expect(withSources.length).toBeGreaterThanOrEqual(57);
		const buitenwacht = parsed.find((p) => p.id === 'de-buitenwacht')!;
		expect(buitenwacht.sources).toHaveLength(4);
		expect(buitenwacht.lastChecked.raw).toContain('2024 (programma)');
		expect(buitenwacht.lastChecked.year).toBe(2024);
		const wielwijk = parsed.find((p) => p.id === 'swt-wielwijk-admiraalsplein')!;
		expect(wielwijk.lastChecked).toMatchObject({ date: null, year: 2018 }); // "2018-07": no day, no invented date
	});

	it('has structured hours only where the source is unambiguous, and keeps the raw text', () => {
		const withRaw = parsed.filter((p) => p.schedule.raw);
		for (const place of withRaw) expect(place.schedule.note, place.id).not.toBeNull();
		expect(parsed.find((p) => p.id === 'de-buitenwacht')!.schedule.regular).toEqual([]); // days not stated
		expect(parsed.find((p) => p.id === 'de-plint-sterrenburg')!.schedule.regular).toEqual([{ day: 'wed', from: '09:30', to: '11:30' }]);
		for (const place of parsed.filter((p) => p.schedule.regular.length > 0)) expect(place.schedule.raw, place.id).not.toBeNull();
	});

	it('uses the matching GeoNames centroid for places located by postcode area', () => {
		for (const place of parsed) {
			const geo = place.geo;
			if (geo.precision !== 'pc4' && geo.precision !== 'pc4-inferred') continue;
			const centroid = postcodes.centroids.find((c) => c.pc4 === geo.pc4)!;
			expect(distanceMetres(geo, centroid), place.id).toBeLessThan(1);
		}
	});

	it('keeps address, location, wijk and area in agreement, so a new address cannot drift from its distance', () => {
		for (const place of parsed) {
			const { postcode } = place.address;
			// A known postcode always gives at least its postcode area's centroid, and the same area.
			if (postcode) expect(place.geo.precision, place.id).not.toBe('none');
			if (postcode && place.geo.precision !== 'none' && place.geo.pc4) expect(postcode.slice(0, 4), place.id).toBe(place.geo.pc4);
			if (place.wijk) expect(place.area, place.id).toBe(wijken.find((w) => w.name === place.wijk)!.area);
		}
		const mee = parsed.find((p) => p.id === 'mee-mantelzorg')!;
		expect(mee.address.postcode).toBe('3311 KJ');
		expect(mee.geo).toMatchObject({ precision: 'pc4', pc4: '3311' });
		expect(mee.sources.map((s) => s.url)).toContain('https://pzcdordrecht.nl/mantelzorgwaardering-2022/');
	});

	it('sets "appointment needed" only with the source named in the keeper notes', () => {
		const set = parsed.filter((p) => p.appointmentNeeded !== undefined && p.appointmentNeeded !== null);
		expect(set.length).toBeGreaterThan(0);
		for (const place of set) expect(place.keeperNotes ?? '', place.id).toMatch(/appointmentNeeded/);
	});

	it('gives every wijk a Dordrecht postcode area and its area', () => {
		expect(wijken.map((w) => w.name).sort()).toEqual([...WIJK_NAMES].sort());
		for (const w of wijken) expect(DORDRECHT_PC4 as readonly string[]).toContain(w.pc4);
		expect(wijken.filter((w) => w.area === 'West').map((w) => w.name)).toEqual(['Oud Krispijn', 'Nieuw Krispijn', 'Crabbehof', 'Wielwijk']);
		expect(postcodes.centroids.map((c) => c.pc4)).toEqual([...DORDRECHT_PC4]);
	});

	it('uses only known categories and gives a route only with a street', () => {
		for (const place of parsed) for (const c of place.categories) expect(CATEGORIES).toContain(c);
		const lib = parsed.find((p) => p.id === 'bibliotheek-aanzet-centrum')!;
		expect(routeQuery(lib)).toBe('Groenmarkt 153, 3311 BD Dordrecht');
		expect(routeHref(lib)).toBe('geo:51.8144754,4.6648835?q=Groenmarkt%20153%2C%203311%20BD%20Dordrecht');
		expect(routeHref(parsed.find((p) => p.id === 'hulplijn-dordt')!)).toBeNull();
	});
});
