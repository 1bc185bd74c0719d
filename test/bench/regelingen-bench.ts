import { screen } from '../../src/lib/regelingen/screen';
import { prng, randomHousehold } from '../unit/regelingen/fixtures';

/** Times screen() over 10,000 seeded random households (households are made before timing starts). */
export function benchScreen(): { households: number; ms: number } {
	const rand = prng(42);
	const households = Array.from({ length: 10_000 }, () => randomHousehold(rand));
	const on = new Date('2026-03-01T12:00:00Z');
	const start = performance.now();
	let hints = 0;
	for (const h of households) hints += screen(h, on).length;
	const ms = performance.now() - start;
	if (hints === 0) throw new Error('screen() returned no hints');
	return { households: households.length, ms: Math.round(ms * 10) / 10 };
}
