import { screen } from '../../src/lib/regelingen/screen';
import { prng, randomHousehold } from '../unit/regelingen/fixtures';

const ON = new Date('2026-03-01T12:00:00Z');

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

/** Wall time and CPU time of this process: on a busy machine the CPU time is the fairer figure. */
function timeScreen(seed: number, count: number): { ms: number; cpuMs: number } {
	const rand = prng(seed);
	// Households are made before timing starts: only screen() is measured.
	const households = Array.from({ length: count }, () => randomHousehold(rand));
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	let hints = 0;
	for (const h of households) hints += screen(h, ON).length;
	const ms = performance.now() - start;
	const cpu = process.cpuUsage(cpuStart);
	if (hints === 0) throw new Error('screen() returned no hints');
	return { ms: round1(ms), cpuMs: round1((cpu.user + cpu.system) / 1000) };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Times screen() over 10,000 seeded random households: once cold (the first calls in a fresh
 * process, JIT still warming up), then warm five times, each over a different set of 10,000,
 * reported as the median, so that one pause of a shared machine does not decide the figure.
 * CPU time is given too: when other work shares the machine, wall time overstates it.
 */
export function benchScreen(): { households: number; ms: number; cpuMs: number; coldMs: number } {
	const cold = timeScreen(42, 10_000);
	const warm = [43, 44, 45, 46, 47].map((seed) => timeScreen(seed, 10_000));
	return { households: 10_000, ms: median(warm.map((w) => w.ms)), cpuMs: median(warm.map((w) => w.cpuMs)), coldMs: cold.ms };
}
