import { describe, it, expect } from 'vitest';
import { distanceMetres } from '../../../src/lib/places/distance';

describe('distanceMetres (haversine)', () => {
	it('is zero for the same point', () => {
		expect(distanceMetres({ lat: 51.8131, lon: 4.6685 }, { lat: 51.8131, lon: 4.6685 })).toBe(0);
	});

	it('gives 111.2 km for one degree along a meridian and along the equator', () => {
		expect(distanceMetres({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195, -1);
		expect(distanceMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111_195, -1);
	});

	it('shrinks a degree of longitude with the cosine of the latitude (60° N: half)', () => {
		expect(distanceMetres({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(55_597, -2);
	});

	it('matches known city pairs', () => {
		// London – Paris: 343.5 km great-circle.
		expect(distanceMetres({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }) / 1000).toBeCloseTo(343.5, 0);
		// Antipodes: half the earth's circumference, no NaN.
		expect(distanceMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }) / 1000).toBeCloseTo(20_015.1, 0);
	});

	it('is symmetric, and Dordrecht centroids 3311 and 3314 lie about 1.3 km apart', () => {
		const a = { lat: 51.8131, lon: 4.6685 };
		const b = { lat: 51.8019, lon: 4.6634 };
		expect(distanceMetres(a, b)).toBeCloseTo(distanceMetres(b, a), 6);
		expect(distanceMetres(a, b)).toBeGreaterThan(1200);
		expect(distanceMetres(a, b)).toBeLessThan(1350);
	});
});
