import schemesData from '../data/schemes.json';
import type { Source } from '../data/source';
import { amountFor } from './amounts';
import { check, type Check } from './checks';
import { evaluateInto } from './conditions-answers';
import type { ScreenContext } from './context';
import { aowAgeOn, type Household } from './household';
import { assetLimitForYear, bijstandNormForDay, isoDay, normForDay, NORMS } from './norms';
import type { Scheme } from './schemes-schema';
import { PER_YEAR, type Hint, type HintAmount, type OpenCheck, type Reason, type Verdict } from './types';

export { HELPERS, helperById } from './helpers';

/** Validated by schemesSchema at build and test time (see validate.ts). */
export const SCHEMES = schemesData as Scheme[];

/**
 * likely: every check the app can do passes. unlikely: one clearly fails. unknown: every answer
 * that decides it was "don't know". maybe: the rest — a deciding condition cannot be checked here,
 * an answer is unknown, or income is within the near-limit band of an outdated figure.
 */
export function combine(checks: readonly Check[]): Verdict {
	let answers = 0;
	let missingAnswers = 0;
	let open = false;
	for (const c of checks) {
		const s = c.status;
		if (s === 'fail') return 'unlikely';
		if (s === 'missing' || s === 'uncheckable' || s === 'near') open = true;
		if (c.substantive && s !== 'info') {
			answers += 1;
			if (s === 'missing') missingAnswers += 1;
		}
	}
	if (answers > 0 && missingAnswers === answers) return 'unknown';
	return open ? 'maybe' : 'likely';
}

/** Adds the sources not yet in `out` (same url and date counts as the same), in order. */
function addUnique(out: Source[], sources: readonly Source[] | undefined): void {
	if (!sources) return;
	for (const s of sources) {
		let seen = false;
		for (const o of out) {
			if (o === s || (o.url === s.url && o.date === s.date)) {
				seen = true;
				break;
			}
		}
		if (!seen) out.push(s);
	}
}

/**
 * The sources of a hint without repeats (same url and date): the first one kept, in order.
 * Plain loops over short lists: this runs for every hint, and spread/filter/findIndex chains
 * were a fifth of screen()'s time.
 */
function uniqueSources(first: readonly Source[], checks: readonly Check[]): Source[] {
	const out: Source[] = [];
	addUnique(out, first);
	for (const c of checks) {
		addUnique(out, c.sources);
		addUnique(out, c.moreSources);
	}
	return out;
}

/** The oldest outdated figure used, or else the first figure used (checks first, then the amount). */
function figureInfo(checks: readonly Check[], amount: HintAmount | null): { figureDate: string | null; outdated: boolean } {
	let first: string | null = null;
	let oldest: string | null = null;
	for (const c of checks) {
		if (!c.figure) continue;
		first ??= c.figure.date;
		if (c.figure.outdated && (oldest === null || c.figure.date < oldest)) oldest = c.figure.date;
	}
	if (amount) {
		first ??= amount.asOf;
		if (amount.outdated && (oldest === null || amount.asOf < oldest)) oldest = amount.asOf;
	}
	return oldest !== null ? { figureDate: oldest, outdated: true } : { figureDate: first, outdated: false };
}

/** The papers follow the housing answer: no rent contract for someone who does not rent. */
function applyFor(scheme: Scheme, ctx: ScreenContext): Scheme['apply'] {
	const renting = ctx.h.rentPerMonth !== null && ctx.h.ownsHome !== true;
	if (renting || !scheme.apply.papers.includes('rentContract')) return scheme.apply;
	return { ...scheme.apply, papers: scheme.apply.papers.filter((p) => p !== 'rentContract') };
}

/** Every check that kept the verdict open, and the reasons with the failed ones first (they are why "unlikely"). */
function reasonsAndOpenChecks(checks: readonly Check[]): { reasons: Reason[]; openChecks: OpenCheck[] } {
	const reasons: Reason[] = [];
	const openChecks: OpenCheck[] = [];
	for (const c of checks) if (c.status === 'fail') reasons.push(c.reason);
	for (const c of checks) {
		const status = c.status;
		if (status === 'fail') continue;
		reasons.push(c.reason);
		if (status === 'missing' || status === 'uncheckable' || status === 'near') openChecks.push({ status, reason: c.reason });
	}
	return { reasons, openChecks };
}

export function screenScheme(scheme: Scheme, ctx: ScreenContext): Hint {
	const checks: Check[] = [];
	if (scheme.scope === 'local') {
		checks.push(ctx.h.livesInDordrecht ? check('pass', 'livesInDordrecht', undefined, { substantive: false }) : check('fail', 'notInDordrecht', undefined, { substantive: false }));
	}
	for (const condition of scheme.conditions) evaluateInto(condition, ctx, checks);
	const verdict = combine(checks);
	const amount = amountFor(scheme, ctx);
	const { reasons, openChecks } = reasonsAndOpenChecks(checks);
	const { figureDate, outdated } = figureInfo(checks, amount);
	const hint: Hint = {
		id: scheme.id,
		scope: scheme.scope,
		benefit: scheme.benefit,
		verdict,
		reasons,
		amount,
		askWho: scheme.benefit === 'money' && amount === null ? scheme.askWho : null,
		figureDate,
		outdated,
		helpers: scheme.helpers,
		apply: applyFor(scheme, ctx),
		alreadyReceived: ctx.h.alreadyReceives.includes(scheme.id)
	} as Hint;
	// Assigned, not spread into the literal: object spread per hint was a measurable cost.
	if (scheme.placeCategory) hint.placeCategory = scheme.placeCategory;
	if (scheme.aboutCaredFor && ctx.h.care) hint.aboutCaredFor = true;
	hint.sources = uniqueSources(scheme.sources, checks);
	hint.openChecks = openChecks;
	return hint;
}

export function contextFor(household: Household, on: Date): ScreenContext {
	const day = isoDay(on);
	const aowAge = aowAgeOn(day);
	const norm = normForDay(household, day, aowAge);
	return {
		h: household,
		day,
		year: on.getUTCFullYear(),
		aowAge,
		norm,
		bijstandNorm: bijstandNormForDay(household, day, aowAge, norm),
		assetLimit: assetLimitForYear(household, on.getUTCFullYear()),
		nearBand: NORMS.nearLimitPercent,
		memo: { estimates: {} }
	};
}

/**
 * Hints for every scheme, in the order of schemes.json. Pure: the same household and date
 * always give the same hints; `on` picks the norms and amounts that hold on that date.
 */
export function screen(household: Household, on: Date = new Date()): Hint[] {
	const ctx = contextFor(household, on);
	return SCHEMES.map((scheme) => screenScheme(scheme, ctx));
}

/**
 * "Together roughly … per year": sums only what the household can count on — `likely` hints
 * with a real amount (an estimate or a quoted amount, not an "up to" maximum), not yet received.
 * One-off amounts count once. Returns the number of hints summed too.
 */
export function countsInYearlyTotal(hint: Hint): boolean {
	return hint.verdict === 'likely' && !hint.alreadyReceived && hint.amount !== null && hint.amount.countsInTotal && !hint.amount.upTo;
}

export function yearlyTotal(hints: readonly Hint[]): { amount: number; count: number } {
	let amount = 0;
	let count = 0;
	for (const hint of hints) {
		if (!countsInYearlyTotal(hint) || !hint.amount) continue;
		amount += hint.amount.value * PER_YEAR[hint.amount.period];
		count += 1;
	}
	return { amount: Math.round(amount), count };
}
