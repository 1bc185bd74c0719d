/* Bench for "help nearby": how long sorting every shipped place by distance takes on this machine. */
import { PLACES } from '../../src/lib/places/data';
import { sortByDistance } from '../../src/lib/places/nearby';
import { originFromGps } from '../../src/lib/places/origin';

export function benchSort(runs = 2000): { places: number; ms: number; runs: number } {
	const origin = originFromGps(51.8, 4.68, 25);
	sortByDistance(PLACES, origin); // warm-up: JIT and the Intl collator
	const start = performance.now();
	for (let i = 0; i < runs; i++) {
		// A slightly different origin per run so no engine can reuse a result.
		sortByDistance(PLACES, { ...origin, lat: 51.78 + (i % 40) / 1000 });
	}
	return { places: PLACES.length, ms: (performance.now() - start) / runs, runs };
}
