/**
 * The scoring model of the balance check. Written out in plain words in README.md; every
 * number that decides something is a named constant here, so nothing is hidden.
 *
 * 1. Every answer gives 0 to 3 points (see questions.ts).
 * 2. A domain's score is the average of its answered questions (only 'care' has more than one,
 *    and there what the carer says about how heavy it feels is the least it scores).
 * 3. Draaglast (B) is the heaviest domain plus a small part of all the others: one thing that
 *    weighs too much is never averaged away by things that do not weigh.
 * 4. Draagkracht (S) is the average of its domains.
 * 5. The state compares the two sides (see balanceState); an overburdened carer is out of balance.
 */
import {
	ALL_QUESTIONS,
	BASE_QUESTIONS,
	chosenOption,
	isMantelzorger,
	mantelzorgRecognition,
	overburdenedCarer,
	visibleQuestions
} from './questions';
import type {
	Answers,
	BalanceResult,
	BalanceState,
	DomainId,
	DomainScore,
	DraagkrachtDomain,
	DraaglastDomain,
	Side,
	SideSummary
} from './types';

/** With fewer real answers than this on either side (base questions), we do not guess. */
export const MIN_ANSWERS_PER_SIDE = 2;
/** In balance only when what helps is at least this much more than what weighs. */
export const IN_BALANCE_MARGIN = 1;
/** Every draaglast domain besides the heaviest adds this part of its score to draaglast. */
export const OTHER_DOMAIN_WEIGHT = 1 / 8;
/** The top of the scale: a side never scores more than "heavily" / "a lot". */
export const MAX_SCORE = 3;
/** Domains at or above this are named in "what weighs most" / "what helps most". */
export const NAMED_DOMAIN = 2;
export const MAX_NAMED_DOMAINS = 3;
/** Safety net: draaglast average at least this, together with draagkracht average at most SAFETY_NET_MAX_DRAAGKRACHT. */
export const SAFETY_NET_MIN_DRAAGLAST = 2;
export const SAFETY_NET_MAX_DRAAGKRACHT = 1;

// Sums such as 2.2 − 1.2 are not exact in floating point; compare with a small tolerance.
const EPSILON = 1e-9;

function average(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Domains in the order of the base questions (one base question per domain). */
export const DOMAINS: ReadonlyArray<{ domain: DomainId; side: Side }> = BASE_QUESTIONS.map((q) => ({
	domain: q.domain,
	side: q.side
}));

/**
 * Each domain's score: the average of its answered questions. For 'care' the carer's own
 * "how heavy does it feel" is the floor (hours and years should not dilute "heavy"), and an
 * overburdened carer's care weighs heavily: 3.
 */
export function domainScores(answers: Answers): DomainScore[] {
	const visible = new Set(visibleQuestions(answers));
	const overburdened = overburdenedCarer(answers);
	return DOMAINS.map(({ domain, side }) => {
		const points: number[] = [];
		for (const q of ALL_QUESTIONS) {
			if (q.domain !== domain || !visible.has(q.id)) continue;
			const option = chosenOption(answers, q.id);
			if (option && option.points !== null) points.push(option.points);
		}
		let score = average(points);
		if (domain === 'care' && score !== null) {
			const felt = visible.has('careHeaviness') ? (chosenOption(answers, 'careHeaviness')?.points ?? 0) : 0;
			score = overburdened ? MAX_SCORE : Math.max(score, felt);
		}
		return { domain, side, score };
	});
}

/** Draaglast: the heaviest domain counts in full, every other one for OTHER_DOMAIN_WEIGHT; at most MAX_SCORE. */
export function draaglastScore(scores: readonly number[]): number | null {
	if (scores.length === 0) return null;
	const heaviest = Math.max(...scores);
	const rest = scores.reduce((a, b) => a + b, 0) - heaviest;
	return Math.min(MAX_SCORE, heaviest + OTHER_DOMAIN_WEIGHT * rest);
}

function sideSummary(answers: Answers, scores: DomainScore[], side: Side): SideSummary {
	const answeredBase = BASE_QUESTIONS.filter((q) => q.side === side && chosenOption(answers, q.id)).length;
	const values = scores.filter((d) => d.side === side && d.score !== null).map((d) => d.score as number);
	const mean = average(values);
	return { score: side === 'draaglast' ? draaglastScore(values) : mean, average: mean, answeredBase };
}

/**
 * Out of balance when what weighs is more than what helps (B > S), the plain definition of a
 * hulpvraag, and always for an overburdened carer. In balance when what helps is clearly more
 * (S − B ≥ 1). Wobbly in between. Because the heaviest domain is the floor of B, one domain
 * that weighs heavily (≥ 2.5) can never be in balance. B only rises as an answer gets heavier,
 * so more weight never makes the result lighter (tested in test/unit/balance/monotonic.test.ts).
 */
export function balanceState(draaglast: number, draagkracht: number, overburdened: boolean): BalanceState {
	if (overburdened || draaglast > draagkracht + EPSILON) return 'out-of-balance';
	if (draagkracht - draaglast >= IN_BALANCE_MARGIN - EPSILON) return 'in-balance';
	return 'wobbly';
}

/**
 * Safety net: at least 2 draaglast answers with an average of 2 or more ("weighs quite a lot"
 * to "heavily"), together with a draagkracht average of 1 or less — or no draagkracht answers
 * at all. It looks at the plain average on purpose: it is for much weight across the board.
 * It may be true even when there are too few answers for a state: help lines are never
 * held back for a missing answer.
 */
export function needsSafetyNet(draaglast: SideSummary, draagkracht: SideSummary): boolean {
	if (draaglast.answeredBase < MIN_ANSWERS_PER_SIDE || draaglast.average === null) return false;
	if (draaglast.average < SAFETY_NET_MIN_DRAAGLAST - EPSILON) return false;
	return draagkracht.average === null || draagkracht.average <= SAFETY_NET_MAX_DRAAGKRACHT + EPSILON;
}

function named<T extends DomainId>(scores: DomainScore[], side: Side): T[] {
	return scores
		.filter((d) => d.side === side && d.score !== null && d.score >= NAMED_DOMAIN - EPSILON)
		.sort((a, b) => (b.score as number) - (a.score as number)) // stable: ties keep question order
		.slice(0, MAX_NAMED_DOMAINS)
		.map((d) => d.domain as T);
}

export function scoreBalance(answers: Answers): BalanceResult {
	const visible = visibleQuestions(answers);
	const scores = domainScores(answers);
	const draaglast = sideSummary(answers, scores, 'draaglast');
	const draagkracht = sideSummary(answers, scores, 'draagkracht');
	const enough =
		draaglast.answeredBase >= MIN_ANSWERS_PER_SIDE && draagkracht.answeredBase >= MIN_ANSWERS_PER_SIDE;
	const overburdened = overburdenedCarer(answers);
	const B = draaglast.score;
	const S = draagkracht.score;
	return {
		state: enough && B !== null && S !== null ? balanceState(B, S, overburdened) : 'too-few-answers',
		safetyNet: needsSafetyNet(draaglast, draagkracht),
		draaglast,
		draagkracht,
		tilt: B !== null && S !== null ? S - B : null,
		domains: scores,
		weighsMost: named<DraaglastDomain>(scores, 'draaglast'),
		helpsMost: named<DraagkrachtDomain>(scores, 'draagkracht'),
		answered: visible.filter((id) => chosenOption(answers, id) !== undefined).length,
		asked: visible.length,
		mantelzorger: isMantelzorger(answers),
		mantelzorgRecognition: mantelzorgRecognition(answers),
		overburdenedCarer: overburdened
	};
}
