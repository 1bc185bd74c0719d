import { describe, expect, it } from 'vitest';
import { prng, randomHousehold, day } from './fixtures';
import { householdSchema } from '../../../src/lib/regelingen/household-schema';
import { contextFor, screen, SCHEMES } from '../../../src/lib/regelingen/screen';
import { compileCondition } from '../../../src/lib/regelingen/conditions-answers';
import type { Check } from '../../../src/lib/regelingen/checks';
import type { Verdict } from '../../../src/lib/regelingen/types';

const N = 10_000;
const DATES = ['2024-03-01', '2025-06-30', '2025-07-01', '2026-02-01', '2027-05-01'].map(day);
const INCOME_TESTED = new Set(
	SCHEMES.filter((s) => s.conditions.some((c) => c.type.startsWith('income') || c.type === 'leefgeld')).map((s) => s.id)
);
const LOCAL = new Set(SCHEMES.filter((s) => s.scope === 'local').map((s) => s.id));
const RANK: Record<Verdict, number> = { unlikely: 0, unknown: 1, maybe: 2, likely: 3 };

describe(`properties over ${N} seeded random households`, () => {
	const rand = prng(20250701);
	const households = Array.from({ length: N }, () => randomHousehold(rand));

	it('generates only valid households', () => {
		for (const h of households) expect(householdSchema.safeParse(h).success).toBe(true);
	});

	// Problems are collected and asserted once: ten thousand expect() calls per property are slow.
	it('never throws, and every hint has a verdict, reasons and sources', () => {
		const problems: string[] = [];
		households.forEach((h, i) => {
			const hints = screen(h, DATES[i % DATES.length]);
			if (hints.length !== SCHEMES.length) problems.push(`count ${i}`);
			for (const hint of hints) {
				if (RANK[hint.verdict] === undefined) problems.push(`verdict ${hint.id}`);
				if (hint.reasons.length === 0) problems.push(`no reasons ${hint.id} ${JSON.stringify(h)}`);
				if (hint.sources.length === 0) problems.push(`no sources ${hint.id}`);
				if (hint.amount && !(Number.isFinite(hint.amount.value) && hint.amount.value >= 0)) problems.push(`amount ${hint.id}`);
			}
		});
		expect(problems.slice(0, 5)).toEqual([]);
	}, 60_000);

	it('raising income never turns "unlikely" into "likely" for an income-tested scheme', () => {
		let compared = 0;
		const problems: string[] = [];
		households.forEach((h, i) => {
			if (h.netMonthlyIncome === null) return;
			const on = DATES[i % DATES.length];
			const before = screen(h, on);
			const after = screen({ ...h, netMonthlyIncome: Math.min(100000, h.netMonthlyIncome + 1 + rand() * 800) }, on);
			before.forEach((b, j) => {
				if (!INCOME_TESTED.has(b.id)) return;
				compared++;
				const a = after[j]!.verdict;
				if (b.verdict === 'unlikely' && a === 'likely') problems.push(`${b.id} ${JSON.stringify(h)}`);
				// Stronger: the verdict never gets better with more income.
				if (b.verdict !== 'unknown' && a !== 'unknown' && RANK[a] > RANK[b.verdict]) problems.push(`better ${b.id} ${JSON.stringify(h)}`);
			});
		});
		expect(problems.slice(0, 5)).toEqual([]);
		expect(compared).toBeGreaterThan(N);
	}, 60_000);

	// screen() stops at a hint's first failed check and makes the others when its reasons are read:
	// the explanation must be whole all the same. The reference runs every condition at once.
	it('explains every condition of a hint, also those after the one that failed', () => {
		const steps = SCHEMES.map((s) => s.conditions.map(compileCondition));
		const problems: string[] = [];
		households.slice(0, 2000).forEach((h, i) => {
			const on = DATES[i % DATES.length] as Date;
			const ctx = contextFor(h, on);
			screen(h, on).forEach((hint, k) => {
				const checks: Check[] = [];
				if (SCHEMES[k]?.scope === 'local') checks.push({ status: h.livesInDordrecht ? 'pass' : 'fail', key: h.livesInDordrecht ? 'livesInDordrecht' : 'notInDordrecht' } as Check);
				for (const step of steps[k] ?? []) {
					if (typeof step === 'function') step(ctx, checks);
					else checks.push(step);
				}
				const expected = [...checks.filter((c) => c.status === 'fail'), ...checks.filter((c) => c.status !== 'fail')].map((c) => `regelingen.reason.${c.key}`);
				const got = hint.reasons.map((r) => r.key);
				if (got.join() !== expected.join()) problems.push(`${hint.id}: ${got.join()} ≠ ${expected.join()}`);
				const open = checks.filter((c) => c.status === 'missing' || c.status === 'uncheckable' || c.status === 'near').length;
				if (hint.openChecks.length !== open) problems.push(`${hint.id}: ${hint.openChecks.length} open ≠ ${open}`);
			});
		});
		expect(problems.slice(0, 5)).toEqual([]);
	}, 60_000);

	it('not living in Dordrecht makes every local scheme unlikely', () => {
		const problems: string[] = [];
		households.forEach((h, i) => {
			for (const hint of screen({ ...h, livesInDordrecht: false }, DATES[i % DATES.length])) {
				if (!LOCAL.has(hint.id)) continue;
				if (hint.verdict !== 'unlikely') problems.push(`${hint.id} ${hint.verdict}`);
				if (hint.reasons[0]?.key !== 'regelingen.reason.notInDordrecht') problems.push(`${hint.id} first reason`);
			}
		});
		expect(problems.slice(0, 5)).toEqual([]);
		expect(LOCAL.size).toBeGreaterThan(10);
	}, 60_000);
});
