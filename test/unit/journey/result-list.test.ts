import { describe, expect, it } from 'vitest';
import { firstSteps, hintsFor, resultList } from '../../../src/lib/journey/regelingen-result';
import { screen } from '../../../src/lib/regelingen/screen';
import { day, household } from '../regelingen/fixtures';

const ON = day('2026-07-01');
// The single mother of the result issue: two children, a low income, renting.
const mother = household({ age: 34, children: [6, 10], netMonthlyIncome: 1400, rentPerMonth: 750 });

describe('the regelingen result as a short list', () => {
	it('puts every hint in exactly one group: received apart, "we can\'t say yet" with the maybes', () => {
		const hints = screen({ ...mother, alreadyReceives: ['zorgtoeslag'], hasDebts: null }, ON);
		const list = resultList(hints, 'self');
		const ids = [...list.likely, ...list.maybe, ...list.received, ...list.unlikely].map((h) => h.id);
		expect(ids.sort()).toEqual(hints.map((h) => h.id).sort());
		expect(list.received.map((h) => h.id)).toEqual(['zorgtoeslag']);
		expect(list.likely.every((h) => h.verdict === 'likely' && !h.alreadyReceived)).toBe(true);
		expect(list.maybe.every((h) => h.verdict === 'maybe' || h.verdict === 'unknown')).toBe(true);
		// The maybes come before the unknowns, whatever they are worth.
		const firstUnknown = list.maybe.findIndex((h) => h.verdict === 'unknown');
		if (firstUnknown >= 0) expect(list.maybe.slice(firstUnknown).every((h) => h.verdict === 'unknown')).toBe(true);
	});

	it('starts with the most valuable likely schemes, and a mantelzorger with the carer schemes', () => {
		const list = resultList(screen(mother, ON), 'self');
		const steps = firstSteps(list);
		expect(steps).toHaveLength(2);
		expect(steps).toEqual(list.likely.slice(0, 2));
		expect(steps.every((h) => h.amount !== null)).toBe(true);
		const carer = screen({ ...mother, care: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true } }, ON);
		expect(firstSteps(resultList(carer, 'mantelzorger'))[0]?.id).toBe('respijtzorg');
		expect(firstSteps(resultList(carer, 'self'))[0]?.id).not.toBe('respijtzorg');
	});

	it('falls back to the maybes when nothing is likely, and to nothing at all', () => {
		const rich = screen(household({ netMonthlyIncome: 9000, rentPerMonth: null, livesInDordrecht: false }), ON);
		const list = resultList(rich, 'self');
		expect(firstSteps(list)).toEqual([...list.likely, ...list.maybe].slice(0, 2));
		expect(firstSteps({ likely: [], maybe: [], received: [], unlikely: list.unlikely })).toEqual([]);
	});

	it('has no hints until the questions are answered', () => {
		expect(hintsFor({})).toBeNull();
		expect(hintsFor(mother, ON)?.length).toBe(screen(mother, ON).length);
	});
});
