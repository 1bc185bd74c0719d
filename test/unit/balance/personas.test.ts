import { describe, expect, it } from 'vitest';
import { nextSteps, OPEN_STEPS } from '../../../src/lib/balance/advice';
import { scaleDegrees } from '../../../src/lib/balance/picture';
import { scoreBalance } from '../../../src/lib/balance/score';
import { PERSONAS } from './personas';

describe.each(PERSONAS)('$name', ({ answers, state, weighsMostFirst, firstSteps, notSteps }) => {
	const result = scoreBalance(answers);
	const ids = nextSteps(result, answers).map((s) => s.id);

	it(`is ${state}`, () => expect(result.state).toBe(state));

	it('names what weighs most first', () => expect(result.weighsMost[0] ?? null).toBe(weighsMostFirst));

	it(`starts with ${firstSteps.join(', ')}`, () => expect(ids.slice(0, firstSteps.length)).toEqual(firstSteps));

	it('leaves out the steps that do not fit', () => {
		for (const id of notSteps) expect(ids, id).not.toContain(id);
	});

	it('draws the scale the way the state says', () => {
		const degrees = scaleDegrees(result.state, result.tilt)!;
		if (state === 'out-of-balance') expect(degrees).toBeLessThan(0);
		if (state === 'in-balance') expect(degrees).toBeGreaterThan(0);
	});

	it(`keeps at least one step and puts the wijkteam among the first ${OPEN_STEPS} when out of balance`, () => {
		expect(ids.length).toBeGreaterThan(0);
		if (state === 'out-of-balance') expect(ids.slice(0, OPEN_STEPS)).toContain('wijkteam-support');
	});
});
