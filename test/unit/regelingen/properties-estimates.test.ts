import { describe, expect, it } from 'vitest';
import { estimate, type EstimateId } from '../../../src/lib/regelingen/estimates';
import { contextFor, screen, yearlyTotal } from '../../../src/lib/regelingen/screen';
import type { Household } from '../../../src/lib/regelingen/household';
import { day, prng, randomHousehold } from './fixtures';

const N = 10_000;
const ON = day('2026-09-01');
const IDS: EstimateId[] = ['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget'];
const value = (id: EstimateId, h: Household) => estimate(id, contextFor(h, ON))?.value ?? 0;

describe(`estimate properties over ${N} seeded random households`, () => {
	const rand = prng(20261201);
	const households = Array.from({ length: N }, () => randomHousehold(rand));

	it('estimates never go up as income goes up', () => {
		const problems: string[] = [];
		for (const h of households) {
			const income = h.netMonthlyIncome ?? 0;
			const richer = { ...h, netMonthlyIncome: income + 50 + Math.floor(rand() * 800) };
			const base = { ...h, netMonthlyIncome: income };
			for (const id of IDS) if (value(id, richer) > value(id, base)) problems.push(`${id} ${JSON.stringify(base)}`);
		}
		expect(problems.slice(0, 3)).toEqual([]);
	}, 60_000);

	it('a higher rent never lowers huurtoeslag, up to the maximale huurgrens (932.93)', () => {
		const problems: string[] = [];
		for (const h of households) {
			if (h.ownsHome === true) continue;
			const rent = Math.round(rand() * 900);
			const higher = Math.min(932.93, rent + 1 + Math.floor(rand() * 300));
			if (value('huurtoeslag', { ...h, rentPerMonth: higher }) < value('huurtoeslag', { ...h, rentPerMonth: rent })) problems.push(`${rent}→${higher} ${JSON.stringify(h)}`);
		}
		expect(problems.slice(0, 3)).toEqual([]);
	}, 60_000);

	it('yearlyTotal never counts a hint that is received, "up to" or not likely', () => {
		const problems: string[] = [];
		for (const h of households.slice(0, 3000)) {
			const hints = screen(h, ON);
			const counted = hints.filter((x) => x.amount && x.amount.countsInTotal && x.verdict === 'likely' && !x.amount.upTo && !x.alreadyReceived);
			const perYear = { year: 1, month: 12, quarter: 4, once: 1 } as const;
			const expected = Math.round(counted.reduce((sum, x) => sum + (x.amount?.value ?? 0) * perYear[x.amount?.period ?? 'once'], 0));
			const total = yearlyTotal(hints);
			if (total.amount !== expected || total.count !== counted.length) problems.push(JSON.stringify(h));
			// Marking everything as received leaves nothing to count.
			if (yearlyTotal(hints.map((x) => ({ ...x, alreadyReceived: true }))).count !== 0) problems.push(`received ${JSON.stringify(h)}`);
		}
		expect(problems.slice(0, 3)).toEqual([]);
	}, 60_000);
});
