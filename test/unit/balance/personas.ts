import type { Answers, DraaglastDomain, ResultState } from '../../../src/lib/balance/types';

/**
 * People as the balance check should read them: their answers, the state they should
 * recognise, what weighs most, the first two next steps, and steps that would be wrong for them.
 * Used by personas.test.ts; the overburdened carer is also walked in the
 * browser (test/e2e/balance.e2e.ts).
 */
export interface Persona {
	name: string;
	answers: Answers;
	state: ResultState;
	/** The first domain named under "Wat het zwaarst weegt" (none: nothing weighs much). */
	weighsMostFirst: DraaglastDomain | null;
	/** The first two next steps, in order (or the only one). */
	firstSteps: string[];
	/** Steps that must not appear at all. */
	notSteps: string[];
}

/** 67, cares for his wife with dementia 20–40 hours a week for three years; "te zwaar", never a break, little energy. */
export const OVERBURDENED_CARER: Answers = {
	money: 'none',
	obligations: 'ok',
	care: 'lot',
	careHours: '20-40',
	careDuration: '1-5-years',
	careHeaviness: 'too-heavy',
	careBreak: 'never',
	careCombine: 'no-work-school',
	health: 'little',
	housing: 'none',
	lifeEvents: 'no',
	energy: 'little',
	rest: 'sometimes',
	people: 'some',
	arranging: 'mostly',
	languageDigital: 'mostly'
};

/** A single mother: heavy money worries, bad sleep, few people around her. */
export const SINGLE_MOTHER: Answers = {
	money: 'always',
	obligations: 'heavy',
	care: 'no',
	health: 'little',
	housing: 'small',
	lifeEvents: 'no',
	energy: 'little',
	rest: 'rarely',
	people: 'hardly',
	arranging: 'mostly',
	languageDigital: 'mostly'
};

export const PERSONAS: Persona[] = [
	{
		name: 'the overburdened carer',
		answers: OVERBURDENED_CARER,
		state: 'out-of-balance',
		weighsMostFirst: 'care',
		firstSteps: ['respite', 'mantelzorg-support'],
		// No job: no tip about work. General tips do not push ahead of respite.
		notSteps: ['work-school-talk', 'lighten-tasks', 'keep-what-helps', 'money-help', 'food-clothing']
	},
	{
		name: 'a carer for whom it goes well',
		answers: {
			money: 'none',
			obligations: 'ok',
			care: 'little',
			careHours: '8-20',
			careDuration: '1-5-years',
			careHeaviness: 'ok',
			careBreak: 'yes',
			careCombine: 'well',
			health: 'none',
			housing: 'none',
			lifeEvents: 'no',
			energy: 'enough',
			rest: 'mostly',
			people: 'enough',
			arranging: 'easily',
			languageDigital: 'easily'
		},
		state: 'in-balance',
		weighsMostFirst: null,
		firstSteps: ['mantelzorg-support', 'mantelzorgwaardering'],
		notSteps: ['respite', 'share-care', 'wijkteam-support', 'wijkteam-walk-in', 'work-school-talk', 'rest-moments']
	},
	{
		name: 'the single mother',
		answers: SINGLE_MOTHER,
		state: 'out-of-balance',
		weighsMostFirst: 'money',
		firstSteps: ['money-help', 'check-schemes'],
		notSteps: ['respite', 'mantelzorg-support', 'mantelzorgwaardering', 'share-care', 'keep-what-helps']
	},
	{
		name: 'a student with exam stress and good support',
		answers: {
			money: 'sometimes',
			obligations: 'heavy',
			care: 'no',
			health: 'none',
			housing: 'none',
			lifeEvents: 'no',
			energy: 'enough',
			rest: 'sometimes',
			people: 'enough',
			arranging: 'mostly',
			languageDigital: 'easily'
		},
		state: 'wobbly',
		weighsMostFirst: 'obligations',
		firstSteps: ['lighten-tasks', 'work-school-talk'],
		notSteps: ['wijkteam-support', 'money-help', 'food-clothing', 'respite', 'meet-people', 'give-it-time']
	},
	{
		name: 'someone recently bereaved with good support',
		answers: {
			money: 'none',
			obligations: 'ok',
			care: 'no',
			health: 'none',
			housing: 'none',
			lifeEvents: 'yes-weighs',
			energy: 'enough',
			rest: 'sometimes',
			people: 'enough',
			arranging: 'easily',
			languageDigital: 'easily'
		},
		state: 'wobbly',
		weighsMostFirst: 'lifeEvents',
		firstSteps: ['give-it-time', 'rest-moments'],
		notSteps: ['wijkteam-support', 'money-help', 'check-schemes', 'meet-people', 'lighten-tasks', 'work-school-talk']
	},
	{
		name: 'someone whose answers weigh nothing',
		answers: {
			money: 'none',
			obligations: 'light',
			care: 'no',
			health: 'none',
			housing: 'none',
			lifeEvents: 'no',
			energy: 'plenty',
			rest: 'almost-always',
			people: 'enough',
			arranging: 'easily',
			languageDigital: 'easily'
		},
		state: 'in-balance',
		weighsMostFirst: null,
		firstSteps: ['keep-what-helps'],
		notSteps: ['check-schemes', 'talk-to-someone', 'rest-moments', 'wijkteam-walk-in', 'wijkteam-support']
	}
];
