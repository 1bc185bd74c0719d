import { describe, it, expect } from 'vitest';
import { displayDistance, roundingStepKm, uncertaintyKm } from '../../../src/lib/places/precision';

const gps = (accuracyM: number) => ({ kind: 'gps' as const, accuracyM });

describe('uncertainty and rounding', () => {
	it('is unknown for a place without location', () => {
		expect(uncertaintyKm(gps(10), 'none')).toBeNull();
		expect(displayDistance(1234, gps(10), 'none')).toEqual({ kind: 'unknown' });
		expect(displayDistance(null, { kind: 'pc4' }, 'address')).toEqual({ kind: 'unknown' });
	});

	it('shows one decimal only when both ends are exact (GPS and the building itself)', () => {
		expect(displayDistance(1234, gps(30), 'address')).toEqual({ kind: 'approx', km: 1.2, roundedTo: 0.1 });
	});

	it('rounds to half km when the GPS fix is rough', () => {
		expect(displayDistance(1380, gps(400), 'address')).toEqual({ kind: 'approx', km: 1.5, roundedTo: 0.5 });
	});

	it('never shows decimals when a postcode middle is at either end', () => {
		for (const [person, place] of [
			[{ kind: 'pc4' as const }, 'address' as const],
			[gps(10), 'pc4' as const],
			[gps(10), 'pc4-inferred' as const],
			[{ kind: 'wijk' as const }, 'address' as const]
		] as const) {
			const shown = displayDistance(1480, person, place);
			expect(shown.kind).toBe('approx');
			if (shown.kind !== 'approx') continue;
			expect(shown.roundedTo).toBeGreaterThanOrEqual(1);
			expect(Number.isInteger(shown.km)).toBe(true);
		}
		expect(displayDistance(2400, { kind: 'pc4' }, 'pc4')).toEqual({ kind: 'approx', km: 2, roundedTo: 1 });
	});

	it('says "within about 1 km" instead of 0 km for two postcode middles close together', () => {
		expect(displayDistance(0, { kind: 'pc4' }, 'pc4')).toEqual({ kind: 'within', km: 1, roundedTo: 1 });
		expect(displayDistance(300, { kind: 'wijk' }, 'pc4-inferred')).toEqual({ kind: 'within', km: 1, roundedTo: 1 });
	});

	it('says "less than 0.1 km" when both ends are exact and very close', () => {
		expect(displayDistance(40, gps(10), 'address')).toEqual({ kind: 'lessThan', km: 0.1, roundedTo: 0.1 });
	});

	it('has coarser steps for larger uncertainty, with no float noise', () => {
		expect([0.1, 0.29, 0.3, 0.99, 1, 3, 4.9, 5].map(roundingStepKm)).toEqual([0.1, 0.1, 0.5, 0.5, 1, 1, 1, 5]);
		expect(displayDistance(12_300, gps(6000), 'address')).toEqual({ kind: 'approx', km: 10, roundedTo: 5 });
		expect(displayDistance(1500, gps(100), 'address')).toEqual({ kind: 'approx', km: 1.5, roundedTo: 0.1 });
		expect(displayDistance(700, gps(100), 'address')).toEqual({ kind: 'approx', km: 0.7, roundedTo: 0.1 });
	});
});
