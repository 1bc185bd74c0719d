import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../src/lib/balance/advice';
import { scoreBalance } from '../../../src/lib/balance/score';
import type { Answers } from '../../../src/lib/balance/types';
import { SCHEME_IDS } from '../../../src/lib/regelingen/schemes-schema';
import { uniform } from './helpers';

describe('balance steps for carers link to the carer schemes (#15)', () => {
	const answers: Answers = { ...uniform(0, 3), care: 'lot', careHours: '20-40', careBreak: 'never' };
	const steps = nextSteps(scoreBalance(answers), answers);

	it('respite names respijtzorg and the Wmo; mantelzorg support names carer support, the casemanager and the Wmo', () => {
		expect(steps.find((s) => s.id === 'respite')).toMatchObject({ regelingen: ['respijtzorg', 'wmo-ondersteuning'], placeCategory: 'mantelzorg' });
		expect(steps.find((s) => s.id === 'mantelzorg-support')?.regelingen).toEqual(['mantelzorgondersteuning', 'casemanager-dementie', 'wmo-ondersteuning']);
	});

	it('every scheme a step names exists', () => {
		for (const step of steps) for (const id of step.regelingen) expect(SCHEME_IDS).toContain(id);
	});

	it('without care there is no respite step', () => {
		const none: Answers = { ...uniform(0, 3), care: 'no' };
		expect(nextSteps(scoreBalance(none), none).map((s) => s.id)).not.toContain('respite');
	});
});
