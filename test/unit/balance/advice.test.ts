import { describe, expect, it } from 'vitest';
import { MAX_GENERAL_STEPS, OPEN_STEPS, STEP_RULES, nextSteps } from '../../../src/lib/balance/advice';
import { scoreBalance } from '../../../src/lib/balance/score';
import type { Answers, PlaceCategory } from '../../../src/lib/balance/types';
import { randomAnswers, seededRandom, uniform } from './helpers';

const stepsFor = (answers: Answers) => nextSteps(scoreBalance(answers), answers);
const ids = (answers: Answers) => stepsFor(answers).map((s) => s.id);

const PLACE_CATEGORIES: PlaceCategory[] = ['money', 'mantelzorg', 'meeting', 'language-digital', 'family-youth', 'food-clothing', 'legal', 'safety', 'wijkteam'];

describe('nextSteps', () => {
	it('puts the steps for what weighs most first, whatever their circle', () => {
		const rand = seededRandom(7);
		const rule = (id: string) => STEP_RULES.find((r) => r.id === id)!;
		let checked = 0;
		for (let i = 0; i < 500; i++) {
			const answers = randomAnswers(rand, 0.05);
			const result = scoreBalance(answers);
			const steps = nextSteps(result, answers);
			const draaglast = result.domains.filter((d) => d.side === 'draaglast' && d.score !== null);
			const top = Math.max(...draaglast.map((d) => d.score!));
			const topNeedOfStrength = Math.max(...result.domains.filter((d) => d.side === 'draagkracht' && d.score !== null).map((d) => 3 - d.score!));
			if (steps.length === 0 || top < 2 || top <= topNeedOfStrength) continue;
			// The first heaviest domain in question order is the one answered first.
			const heaviest = result.overburdenedCarer ? 'care' : draaglast.find((d) => d.score === top)!.domain;
			const answersFirst = rule(steps[0]!.id).answers;
			expect(Array.isArray(answersFirst) && answersFirst.includes(heaviest), `${steps[0]!.id} for ${heaviest}`).toBe(true);
			checked++;
		}
		expect(checked).toBeGreaterThan(50);
	});

	it('puts general steps last, at most two of them', () => {
		const rand = seededRandom(5);
		const general = new Set(STEP_RULES.filter((r) => r.answers === 'general').map((r) => r.id));
		for (let i = 0; i < 300; i++) {
			const list = ids(randomAnswers(rand));
			const flags = list.map((id) => general.has(id));
			expect(flags.filter(Boolean).length).toBeLessThanOrEqual(MAX_GENERAL_STEPS);
			expect(flags, list.join(' ')).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
		}
	});

	it('gives no work or school tip to a carer without work or school', () => {
		const carer: Answers = { ...uniform(0, 2), obligations: 'too-heavy', care: 'quite', careCombine: 'no-work-school' };
		expect(ids(carer)).toContain('lighten-tasks');
		expect(ids(carer)).not.toContain('work-school-talk');
		expect(ids({ ...carer, careCombine: 'hard' })).toContain('work-school-talk');
		expect(ids({ ...carer, obligations: 'light', careCombine: 'hard' })).toContain('work-school-talk');
		expect(ids({ ...uniform(0, 2), obligations: 'heavy' })).toContain('work-school-talk');
	});

	it('for an overburdened carer: respite and mantelzorg support first, also before money that weighs heavily', () => {
		const answers: Answers = { ...uniform(1, 1), care: 'quite', careHours: '20-40', careBreak: 'never', careCombine: 'no-work-school' };
		expect(ids(answers).slice(0, 2)).toEqual(['respite', 'mantelzorg-support']);
		expect(ids({ ...answers, money: 'always' }).slice(0, 2)).toEqual(['respite', 'mantelzorg-support']);
	});

	it(`never folds the wijkteam away: when it is needed it is among the first ${OPEN_STEPS}`, () => {
		const rand = seededRandom(13);
		let checked = 0;
		for (let i = 0; i < 500; i++) {
			const list = ids(randomAnswers(rand, 0.05));
			if (!list.includes('wijkteam-support')) continue;
			expect(list.indexOf('wijkteam-support'), list.join(' ')).toBeLessThan(OPEN_STEPS);
			checked++;
		}
		expect(checked).toBeGreaterThan(50);
		// Everything heavy: respite first, the wijkteam still open.
		expect(ids(uniform(3, 0, 3)).slice(0, OPEN_STEPS)).toEqual(['respite', 'mantelzorg-support', 'mantelzorgwaardering', 'share-care', 'wijkteam-support']);
	});

	it('never hides the wijkteam (circle 4) when out of balance or when the safety net is on', () => {
		const rand = seededRandom(11);
		let checked = 0;
		for (let i = 0; i < 500; i++) {
			const answers = randomAnswers(rand, 0.05);
			const result = scoreBalance(answers);
			if (result.state === 'out-of-balance' || result.safetyNet) {
				expect(nextSteps(result, answers).map((s) => s.id)).toContain('wijkteam-support');
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(20);
	});

	it('keeps it light when in balance: no circle 4, no wijkteam walk-in', () => {
		const steps = stepsFor(uniform(0, 3));
		expect(steps.map((s) => s.id)).toEqual(['keep-what-helps']);
		expect(steps.some((s) => s.circle === 4)).toBe(false);
	});

	it('points money worries to the schemes check, money help places and schuldhulp', () => {
		const steps = stepsFor({ ...uniform(0, 2), money: 'always' });
		const check = steps.find((s) => s.id === 'check-schemes');
		expect(check?.circle).toBe(1);
		expect(check?.regelingen).toEqual(expect.arrayContaining(['bijzondere-bijstand', 'kwijtschelding']));
		expect(steps.find((s) => s.id === 'money-help')).toMatchObject({ circle: 3, placeCategory: 'money', regelingen: ['schuldhulp'] });
		expect(steps.find((s) => s.id === 'food-clothing')).toMatchObject({ circle: 1, placeCategory: 'food-clothing' });
		// Money help and the schemes check answer what weighs most: they come first.
		expect(steps.slice(0, 2).map((s) => s.id)).toEqual(['money-help', 'check-schemes']);
	});

	it('points carers to mantelzorg support, the waardering and respite care', () => {
		const answers: Answers = { ...uniform(0, 3), care: 'lot', careHours: '20-40', careBreak: 'never' };
		const steps = stepsFor(answers);
		expect(steps.map((s) => s.id)).toEqual(expect.arrayContaining(['share-care', 'mantelzorg-support', 'mantelzorgwaardering', 'respite']));
		expect(steps.find((s) => s.id === 'mantelzorgwaardering')?.regelingen).toEqual(['mantelzorgwaardering']);
		expect(steps.filter((s) => s.placeCategory === 'mantelzorg').length).toBe(3);
	});

	it('does not offer the mantelzorgwaardering before the definition is met', () => {
		const answers: Answers = { ...uniform(0, 3), care: 'little', careHours: 'under-8', careDuration: 'under-3-months' };
		expect(ids(answers)).toContain('mantelzorg-support');
		expect(ids(answers)).not.toContain('mantelzorgwaardering');
	});

	it('offers help with letters, language and meeting people when those help little', () => {
		const answers: Answers = { ...uniform(0, 3), arranging: 'not', languageDigital: 'hard', people: 'nobody' };
		const steps = stepsFor(answers);
		expect(steps.find((s) => s.id === 'letters-help')?.placeCategory).toBe('language-digital');
		expect(steps.find((s) => s.id === 'language-digital-help')?.placeCategory).toBe('language-digital');
		expect(steps.find((s) => s.id === 'meet-people')?.placeCategory).toBe('meeting');
	});

	it('does not advise on skipped questions', () => {
		const answers: Answers = { ...uniform(0, 3), money: 'skipped', people: 'skipped' };
		expect(ids(answers)).not.toContain('money-help');
		expect(ids(answers)).not.toContain('meet-people');
	});

	it('asks for more answers instead of advising when there are too few', () => {
		expect(stepsFor({})).toEqual([]);
		const heavyButFew: Answers = { money: 'always', housing: 'very-big' };
		expect(scoreBalance(heavyButFew).safetyNet).toBe(true);
		expect(ids(heavyButFew)).toEqual(['wijkteam-support']);
	});

	it('uses message keys by convention and only known place categories', () => {
		for (const rule of STEP_RULES) {
			if (rule.placeCategory) expect(PLACE_CATEGORIES).toContain(rule.placeCategory);
		}
		const step = stepsFor(uniform(3, 0))[0]!;
		expect(step.titleKey).toBe(`balance.step.${step.id}.title`);
		expect(step.textKey).toBe(`balance.step.${step.id}.text`);
	});
});
