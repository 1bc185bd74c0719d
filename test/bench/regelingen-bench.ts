import { screen } from '../../src/lib/regelingen/screen';
import { prng, randomHousehold } from '../unit/regelingen/fixtures';

const ON = new Date('2026-03-01T12:00:00Z');

function timeScreen(seed: number, count: number): number {
	const rand = prng(seed);
	// Households are made before timing starts: only screen() is measured.
	const households = Array.from({ length: count }, () => randomHousehold(rand));
	const start = performance.now();
	let hints = 0;
	for (const h of households) hints += screen(h, ON).length;
	const ms = performance.now() - start;
	if (hints === 0) throw new Error('screen() returned no hints');
	return Math.round(ms * 10) / 10;
}

/**
 * Times screen() over 10,000 seeded random households: once cold (the first calls in a fresh
 * process, JIT still warming up) and once warm (a second, different set of 10,000).
 */
export function benchScreen(): { households: number; ms: number; coldMs: number } {
	const coldMs = timeScreen(42, 10_000);
	const ms = timeScreen(43, 10_000);
	return { households: 10_000, ms, coldMs };
}
