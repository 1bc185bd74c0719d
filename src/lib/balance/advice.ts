/**
 * Next steps after the balance check, ordered by the four circles of support:
 * 1 the basics (bestaanszekerheid), 2 what you and people around you can do,
 * 3 places without an appointment, 4 the sociaal wijkteam when more is needed.
 * "Zo licht als mogelijk, zo zwaar als nodig": the lightest steps come first, and a heavier
 * circle is always shown when the answers call for it — never hidden behind a lighter one.
 *
 * Each step is data: a condition on the result, its circle, and links as plain ids
 * (regelingen scheme ids, a place category) that the UI turns into links.
 */
import { chosenOption } from './questions';
import type { Answers, BalanceResult, Circle, DomainId, NextStep, PlaceCategory } from './types';

interface StepRule {
	id: string;
	circle: Circle;
	regelingen?: string[];
	placeCategory?: PlaceCategory;
	when: (r: BalanceResult, answers: Answers) => boolean;
}

/** The domain's score, or null when it was skipped. */
function score(r: BalanceResult, domain: DomainId): number | null {
	return r.domains.find((d) => d.domain === domain)?.score ?? null;
}
/** Weighs at least `min` (draaglast) — false when unanswered: we do not advise on a guess. */
const weighs = (r: BalanceResult, domain: DomainId, min: number) => (score(r, domain) ?? -1) >= min;
/** Helps at most `max` (draagkracht) — false when unanswered. */
const helpsLittle = (r: BalanceResult, domain: DomainId, max: number) => (score(r, domain) ?? 99) <= max;
const points = (answers: Answers, id: Parameters<typeof chosenOption>[1]) => chosenOption(answers, id)?.points ?? null;
const notInBalance = (r: BalanceResult) => r.state === 'wobbly' || r.state === 'out-of-balance';

/** In display order within each circle. */
export const STEP_RULES: readonly StepRule[] = [
	// Circle 1 — the basics: enough money, a home, access to care.
	{ id: 'check-schemes', circle: 1, regelingen: ['bijzondere-bijstand', 'kwijtschelding'], when: (r) => weighs(r, 'money', 1) || weighs(r, 'housing', 1) },
	{ id: 'food-clothing', circle: 1, placeCategory: 'food-clothing', when: (r) => weighs(r, 'money', 3) },
	{ id: 'housing-talk', circle: 1, placeCategory: 'wijkteam', when: (r) => weighs(r, 'housing', 2) },
	{ id: 'see-gp', circle: 1, when: (r) => weighs(r, 'health', 2) },
	// Circle 2 — what you and the people around you can do.
	{ id: 'keep-what-helps', circle: 2, when: () => true },
	{ id: 'talk-to-someone', circle: 2, when: (r) => notInBalance(r) && !helpsLittle(r, 'people', 0) },
	{ id: 'lighten-tasks', circle: 2, when: (r) => weighs(r, 'obligations', 2) },
	{ id: 'share-care', circle: 2, when: (r) => r.mantelzorger },
	{ id: 'rest-moments', circle: 2, when: (r) => helpsLittle(r, 'energy', 1) || helpsLittle(r, 'rest', 1) },
	{ id: 'give-it-time', circle: 2, when: (r) => weighs(r, 'lifeEvents', 2) },
	// Circle 3 — algemene voorzieningen: free, close by, no appointment.
	{ id: 'money-help', circle: 3, regelingen: ['schuldhulp'], placeCategory: 'money', when: (r) => weighs(r, 'money', 2) },
	{ id: 'letters-help', circle: 3, placeCategory: 'language-digital', when: (r) => helpsLittle(r, 'arranging', 1) },
	{ id: 'language-digital-help', circle: 3, placeCategory: 'language-digital', when: (r) => helpsLittle(r, 'languageDigital', 1) },
	{ id: 'meet-people', circle: 3, placeCategory: 'meeting', when: (r) => helpsLittle(r, 'people', 1) },
	{ id: 'mantelzorg-support', circle: 3, regelingen: ['mantelzorgondersteuning', 'casemanager-dementie', 'wmo-ondersteuning'], placeCategory: 'mantelzorg', when: (r) => r.mantelzorger },
	{ id: 'mantelzorgwaardering', circle: 3, regelingen: ['mantelzorgwaardering'], placeCategory: 'mantelzorg', when: (r) => r.mantelzorgRecognition },
	{
		id: 'respite',
		circle: 3,
		regelingen: ['respijtzorg', 'wmo-ondersteuning'],
		placeCategory: 'mantelzorg',
		when: (r, a) =>
			r.mantelzorger &&
			((points(a, 'careBreak') ?? 0) >= 2 || (points(a, 'careHeaviness') ?? 0) >= 2 || weighs(r, 'care', 2))
	},
	{ id: 'wijkteam-walk-in', circle: 3, placeCategory: 'wijkteam', when: (r) => notInBalance(r) },
	// Circle 4 — when more is needed: the sociaal wijkteam is the gateway to specialised help.
	{
		id: 'wijkteam-support',
		circle: 4,
		placeCategory: 'wijkteam',
		when: (r) => r.state === 'out-of-balance' || r.safetyNet || (r.mantelzorger && weighs(r, 'care', 2.5))
	}
];

/**
 * The steps that fit, lightest circle first. With too few answers there is no advice: the
 * result asks for more answers instead of guessing — unless the safety net is on, when the
 * heaviest circle (the wijkteam) is still offered next to the help lines.
 */
export function nextSteps(result: BalanceResult, answers: Answers): NextStep[] {
	const rules =
		result.state === 'too-few-answers'
			? STEP_RULES.filter((s) => s.id === 'wijkteam-support' && result.safetyNet)
			: STEP_RULES.filter((s) => s.when(result, answers));
	return [...rules]
		.sort((a, b) => a.circle - b.circle) // stable: keeps the order within a circle
		.map((s) => ({
			id: s.id,
			circle: s.circle,
			titleKey: `balance.step.${s.id}.title`,
			textKey: `balance.step.${s.id}.text`,
			regelingen: [...(s.regelingen ?? [])],
			...(s.placeCategory ? { placeCategory: s.placeCategory } : {})
		}));
}
