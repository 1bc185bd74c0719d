import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../src/lib/balance/advice';
import { scoreBalance } from '../../../src/lib/balance/score';
import { CATEGORIES } from '../../../src/lib/places/constants';
import { SOCIAL_MAP } from '../../../src/lib/places/reach';
import { screen } from '../../../src/lib/regelingen/screen';
import { MAX_NEEDS, placeNeeds } from '../../../src/lib/summary/needs';
import { buildSummary, MAX_STEPS } from '../../../src/lib/summary/summary';
import { uniform, valueWithPoints } from '../balance/helpers';
import { day, household } from '../regelingen/fixtures';

const on = day('2025-08-01');
/** Money weighs heavily, few people to turn to: money help, food and meeting people come up. */
const heavyMoney = { ...uniform(1, 1), money: valueWithPoints('money', 3), people: valueWithPoints('people', 0) };
const parent = household({ children: [7, 13], netMonthlyIncome: 1200, rentPerMonth: 650 });
const steps = nextSteps(scoreBalance(heavyMoney), heavyMoney).slice(0, MAX_STEPS);
const hints = screen(parent, on);
const categoriesOf = (list: readonly { placeCategory?: string }[]) => [...new Set(list.flatMap((x) => (x.placeCategory ? [x.placeCategory] : [])))];

describe('placeNeeds', () => {
	it('the need chosen in help nearby wins: that need only, whatever else came up', () => {
		expect(placeNeeds({ chosen: 'legal', steps, hints })).toEqual(['legal']);
	});

	it('without a choice: what the balance steps point to first, then the likely schemes, at most MAX_NEEDS', () => {
		const needs = placeNeeds({ chosen: null, steps, hints });
		const fromSteps = categoriesOf(steps);
		expect(fromSteps.length).toBeGreaterThan(0);
		expect(needs[0]).toBe(fromSteps[0]);
		expect(needs.length).toBeLessThanOrEqual(MAX_NEEDS);
		expect(new Set(needs).size).toBe(needs.length);
		// Everything the steps and the schemes together point to would be more than the overzicht shows.
		expect(new Set([...fromSteps, ...categoriesOf(hints)]).size).toBeGreaterThan(needs.length);
	});

	it('a "maybe" scheme is a question, not a need; a likely one is', () => {
		const likely = hints.filter((h) => h.verdict === 'likely');
		const maybeOnly = hints.filter((h) => h.verdict === 'maybe' && !categoriesOf(likely).includes(h.placeCategory ?? ''));
		expect(maybeOnly.length).toBeGreaterThan(0);
		expect(placeNeeds({ chosen: null, steps: [], hints: maybeOnly })).toEqual([]);
		expect(placeNeeds({ chosen: null, steps: [], hints: likely })).toEqual(categoriesOf(likely).slice(0, MAX_NEEDS));
	});

	it('nothing chosen and nothing pointed to: no need', () => {
		expect(placeNeeds({ chosen: null, steps: [], hints: [] })).toEqual([]);
	});
});

describe('the places part of buildSummary', () => {
	it('follows the chosen need, not every category', () => {
		const s = buildSummary({ balance: heavyMoney, regelingen: parent, origin: null, chosenNeed: 'money' }, on);
		expect(s.needs.map((n) => n.category)).toEqual(['money']);
		expect(s.needs[0]?.places.every((p) => p.place.categories.includes('money'))).toBe(true);
		expect(s.anyQuestion).toEqual([]);
		// Without the choice it is what the answers point to: still not all of them.
		const pointed = buildSummary({ balance: heavyMoney, regelingen: parent, origin: null }, on);
		expect(pointed.needs.length).toBeGreaterThan(0);
		expect(pointed.needs.length).toBeLessThan(CATEGORIES.length);
	});

	it('when nothing points to a need, it gives the two doors for any question (sociaal wijkteam, Hulplijn Dordt)', () => {
		const s = buildSummary({ balance: {}, regelingen: {}, origin: null }, on);
		expect(s.needs).toEqual([]);
		expect(s.anyQuestion.map((p) => p.place.id).sort()).toEqual([SOCIAL_MAP.fallbackPlaceId, SOCIAL_MAP.helpLinePlaceId].sort());
	});
});
