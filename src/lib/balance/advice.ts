/**
 * Next steps after the balance check. Each step belongs to one of the four circles of support
 * (1 the basics, 2 what you and people around you can do, 3 places without an appointment,
 * 4 the sociaal wijkteam when more is needed), and says which answer it answers.
 *
 * The order follows what weighs most: the steps for the heaviest domain come first, whatever
 * their circle, so an overburdened carer reads respite before a tip about a walk. For one
 * domain, the list below gives the order (the most direct answer first). General steps that no
 * single answer asks for come last, at most MAX_GENERAL_STEPS of them. A heavier circle is
 * always there when the answers call for it, never hidden behind a lighter one.
 *
 * Each step is data: a condition on the result, its circle, what it answers, and links as plain
 * ids (regelingen scheme ids, a place category) that the UI turns into links.
 */
import { chosenOption } from './questions';
import { DOMAINS } from './score';
import type { Answers, BalanceResult, Circle, DomainId, NextStep, PlaceCategory } from './types';

/** The result page shows this many steps open; "meer stappen" folds the rest. */
export const OPEN_STEPS = 5;
/** General steps ("blijf doen wat je helpt") come after the specific ones, and at most this many. */
export const MAX_GENERAL_STEPS = 2;

/**
 * What a step answers: the domains it helps with, 'what-weighs-most' (the wijkteam: it comes
 * right after the steps for the heaviest draaglast domain), or 'general' (no single answer asks for it).
 */
type Answering = readonly DomainId[] | 'what-weighs-most' | 'general';

interface StepRule {
	id: string;
	circle: Circle;
	answers: Answering;
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
/** Work or school is there to talk about, unless a carer said "no work or school" (careCombine). */
const hasWorkOrSchool = (r: BalanceResult, answers: Answers) => !(r.mantelzorger && answers.careCombine === 'no-work-school');
/** A carer for whom a break is rare, caring feels heavy, or caring weighs quite a lot. */
const needsRespite = (r: BalanceResult, a: Answers) =>
	r.mantelzorger && (r.overburdenedCarer || (points(a, 'careBreak') ?? 0) >= 2 || (points(a, 'careHeaviness') ?? 0) >= 2 || weighs(r, 'care', 2));

/** Within one domain, in this order. */
export const STEP_RULES: readonly StepRule[] = [
	// Money: help with bills and debts first, then what the household may be entitled to.
	{ id: 'money-help', circle: 3, answers: ['money'], regelingen: ['schuldhulp'], placeCategory: 'money', when: (r) => weighs(r, 'money', 2) },
	{ id: 'check-schemes', circle: 1, answers: ['money', 'housing'], regelingen: ['bijzondere-bijstand', 'kwijtschelding'], when: (r) => weighs(r, 'money', 1) || weighs(r, 'housing', 1) },
	{ id: 'food-clothing', circle: 1, answers: ['money'], placeCategory: 'food-clothing', when: (r) => weighs(r, 'money', 3) },
	{ id: 'housing-talk', circle: 1, answers: ['housing'], placeCategory: 'wijkteam', when: (r) => weighs(r, 'housing', 2) },
	{ id: 'see-gp', circle: 1, answers: ['health'], when: (r) => weighs(r, 'health', 2) },
	// Caring: a break (respite) and support for carers first.
	{ id: 'respite', circle: 3, answers: ['care'], regelingen: ['respijtzorg', 'wmo-ondersteuning'], placeCategory: 'mantelzorg', when: needsRespite },
	{ id: 'mantelzorg-support', circle: 3, answers: ['care'], regelingen: ['mantelzorgondersteuning', 'casemanager-dementie', 'wmo-ondersteuning'], placeCategory: 'mantelzorg', when: (r) => r.mantelzorger },
	{ id: 'mantelzorgwaardering', circle: 3, answers: ['care'], regelingen: ['mantelzorgwaardering'], placeCategory: 'mantelzorg', when: (r) => r.mantelzorgRecognition },
	{ id: 'share-care', circle: 2, answers: ['care'], when: needsRespite },
	// Work, school and other tasks; talking at work or school only when there is work or school.
	{ id: 'lighten-tasks', circle: 2, answers: ['obligations'], when: (r) => weighs(r, 'obligations', 2) },
	{
		id: 'work-school-talk',
		circle: 2,
		answers: ['obligations', 'care'],
		when: (r, a) => hasWorkOrSchool(r, a) && (weighs(r, 'obligations', 2) || (r.mantelzorger && (points(a, 'careCombine') ?? 0) >= 2))
	},
	{ id: 'give-it-time', circle: 2, answers: ['lifeEvents'], when: (r) => weighs(r, 'lifeEvents', 2) },
	// What helps little: help close by.
	{ id: 'meet-people', circle: 3, answers: ['people'], placeCategory: 'meeting', when: (r) => helpsLittle(r, 'people', 1) },
	{ id: 'letters-help', circle: 3, answers: ['arranging'], placeCategory: 'language-digital', when: (r) => helpsLittle(r, 'arranging', 1) },
	{ id: 'language-digital-help', circle: 3, answers: ['languageDigital'], placeCategory: 'language-digital', when: (r) => helpsLittle(r, 'languageDigital', 1) },
	// The sociaal wijkteam is the gateway to specialised help: right after what weighs most.
	{
		id: 'wijkteam-support',
		circle: 4,
		answers: 'what-weighs-most',
		placeCategory: 'wijkteam',
		when: (r) => r.state === 'out-of-balance' || r.safetyNet || (r.mantelzorger && weighs(r, 'care', 2.5))
	},
	// General steps, in this order; at most MAX_GENERAL_STEPS of them.
	{ id: 'rest-moments', circle: 2, answers: 'general', when: (r) => helpsLittle(r, 'energy', 1) || helpsLittle(r, 'rest', 1) },
	{ id: 'talk-to-someone', circle: 2, answers: 'general', when: (r) => notInBalance(r) && !helpsLittle(r, 'people', 0) },
	{ id: 'wijkteam-walk-in', circle: 3, answers: 'general', placeCategory: 'wijkteam', when: (r) => notInBalance(r) },
	{ id: 'keep-what-helps', circle: 2, answers: 'general', when: () => true }
];

/** An overburdened carer's care comes before everything else, also before other domains at 3. */
const OVERBURDENED_CARE_NEED = 4;

/**
 * The domains from what is needed most to least: a draaglast domain by how much it weighs, a
 * draagkracht domain by how little it helps (3 − score). Ties: draaglast first, then question order.
 */
function domainRanking(r: BalanceResult): DomainId[] {
	const need = (domain: DomainId, side: string) => {
		const s = score(r, domain);
		if (domain === 'care' && r.overburdenedCarer) return OVERBURDENED_CARE_NEED;
		return s === null ? -1 : side === 'draaglast' ? s : 3 - s;
	};
	return [...DOMAINS].sort((a, b) => need(b.domain, b.side) - need(a.domain, a.side)).map((d) => d.domain);
}

/** Sort key of a specific step: the rank of the most needed domain it answers. */
function rankOf(rule: StepRule, ranking: DomainId[]): number {
	const heaviestDraaglast = ranking.find((d) => DOMAINS.some((x) => x.domain === d && x.side === 'draaglast'));
	const domains = rule.answers === 'what-weighs-most' ? [heaviestDraaglast] : (rule.answers as DomainId[]);
	return Math.min(...domains.map((d) => (d ? ranking.indexOf(d) : ranking.length)));
}

function toStep(s: StepRule): NextStep {
	return {
		id: s.id,
		circle: s.circle,
		titleKey: `balance.step.${s.id}.title`,
		textKey: `balance.step.${s.id}.text`,
		regelingen: [...(s.regelingen ?? [])],
		...(s.placeCategory ? { placeCategory: s.placeCategory } : {})
	};
}

/**
 * The steps that fit, what weighs most first. With too few answers there is no advice: the
 * result asks for more answers instead of guessing — unless the safety net is on, when the
 * heaviest circle (the wijkteam) is still offered next to the help lines.
 */
export function nextSteps(result: BalanceResult, answers: Answers): NextStep[] {
	if (result.state === 'too-few-answers') {
		return result.safetyNet ? STEP_RULES.filter((s) => s.id === WIJKTEAM_SUPPORT).map(toStep) : [];
	}
	const fitting = STEP_RULES.filter((s) => s.when(result, answers));
	const ranking = domainRanking(result);
	const specific = fitting
		.filter((s) => s.answers !== 'general')
		.map((rule, order) => ({ rule, rank: rankOf(rule, ranking), order }))
		.sort((a, b) => a.rank - b.rank || a.order - b.order)
		.map((x) => x.rule);
	const general = fitting.filter((s) => s.answers === 'general').slice(0, MAX_GENERAL_STEPS);
	return keepOpen([...specific, ...general], WIJKTEAM_SUPPORT).map(toStep);
}

const WIJKTEAM_SUPPORT = 'wijkteam-support';

/** The heaviest circle is never folded away under "meer stappen": it takes the last open place instead. */
function keepOpen(rules: StepRule[], id: string): StepRule[] {
	const at = rules.findIndex((s) => s.id === id);
	if (at < OPEN_STEPS) return rules;
	const rest = rules.filter((s) => s.id !== id);
	return [...rest.slice(0, OPEN_STEPS - 1), rules[at]!, ...rest.slice(OPEN_STEPS - 1)];
}
