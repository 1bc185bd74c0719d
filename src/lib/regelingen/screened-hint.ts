import type { Source } from '../data/source';
import { amountFor } from './amounts';
import { check, reasonOf, type Check } from './checks';
import { compileCondition, type Step } from './conditions-answers';
import type { ScreenContext } from './context';
import type { Scheme } from './schemes-schema';
import type { Hint, HintAmount, OpenCheck, Reason, Verdict } from './types';

/**
 * likely: every check the app can do passes. unlikely: one clearly fails. unknown: every answer
 * that decides it was "don't know". maybe: the rest — a deciding condition cannot be checked here,
 * an answer is unknown, or income is within the near-limit band of an outdated figure.
 */
function verdictOf(checks: readonly Check[]): Verdict {
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

/** The oldest outdated figure used, or else the first figure used (checks first, then the amount). */
function figureInfo(checks: readonly Check[], amount: HintAmount | null): { figureDate: string | null; outdated: boolean } {
	let first: string | null = null;
	let oldest: string | null = null;
	for (const c of checks) {
		const figure = c.figure;
		if (!figure) continue;
		first ??= figure.date;
		if (figure.outdated && (oldest === null || figure.date < oldest)) oldest = figure.date;
	}
	if (amount) {
		first ??= amount.asOf;
		if (amount.outdated && (oldest === null || amount.asOf < oldest)) oldest = amount.asOf;
	}
	return { figureDate: oldest ?? first, outdated: oldest !== null };
}

/**
 * Runs the steps from `from` on, adding their checks to `checks`, and returns where it stopped.
 * With `untilFail` it stops after the first step that fails a check: from there the verdict is
 * "unlikely" whatever the other steps say, and they are only needed to explain the hint.
 */
function runSteps(steps: readonly Step[], from: number, ctx: ScreenContext, checks: Check[], untilFail: boolean): number {
	let i = from;
	while (i < steps.length) {
		const step = steps[i++] as Step;
		const before = checks.length;
		if (typeof step === 'function') step(ctx, checks);
		else checks.push(step);
		if (untilFail) for (let k = before; k < checks.length; k++) if ((checks[k] as Check).status === 'fail') return i;
	}
	return i;
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
 * Plain loops over short lists (spread/filter/findIndex chains were a fifth of screen()'s time
 * when every hint made its list; now a hint makes it only when read).
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

/**
 * A scheme made ready to screen once, when the module loads: its conditions as steps
 * (compileCondition), and what its hint takes from it that is the same for every household.
 */
export interface SchemePlan {
	scheme: Scheme;
	local: boolean;
	steps: readonly Step[];
	/** The apply details for someone who does not rent: without the rent contract (the same object when it asks none). */
	applyNotRenting: Scheme['apply'];
}

export function planFor(scheme: Scheme): SchemePlan {
	const papers = scheme.apply.papers;
	return {
		scheme,
		local: scheme.scope === 'local',
		steps: scheme.conditions.map(compileCondition),
		applyNotRenting: papers.includes('rentContract') ? { ...scheme.apply, papers: papers.filter((p) => p !== 'rentContract') } : scheme.apply
	};
}

/** Every check that kept the verdict open, and the reasons with the failed ones first (they are why "unlikely"). */
function reasonsAndOpenChecks(checks: readonly Check[]): { reasons: Reason[]; openChecks: OpenCheck[] } {
	const reasons: Reason[] = [];
	const openChecks: OpenCheck[] = [];
	for (const c of checks) if (c.status === 'fail') reasons.push(reasonOf(c));
	for (const c of checks) {
		const status = c.status;
		if (status === 'fail') continue;
		// One Reason object for both lists: the scheme page tells the open ones apart by identity.
		const reason = reasonOf(c);
		reasons.push(reason);
		if (status === 'missing' || status === 'uncheckable' || status === 'near') openChecks.push({ status, reason });
	}
	return { reasons, openChecks };
}

/** The same two checks for every local scheme and household (checks are never changed once made). */
const IN_DORDRECHT = check('pass', 'livesInDordrecht', undefined, { substantive: false });
const NOT_IN_DORDRECHT = check('fail', 'notInDordrecht', undefined, { substantive: false });

// The fields are Hint's own (declaration merging), so the class cannot drift from the type.
export interface ScreenedHint extends Omit<Hint, 'reasons' | 'openChecks' | 'sources' | 'figureDate' | 'outdated'> {}

/**
 * A scheme screened for one household. The verdict and the amount are worked out at once; the
 * explanation (reasons, open checks, sources, the date of the figures) when it is first read. A
 * page shows it for one household's schemes, while the total and a screening of thousands of
 * households never read it (putting it together was half of screen()'s time). For the same reason
 * the checks stop at the first one that fails (two thirds of all hints are "unlikely", most of them
 * on the place or an age gate); the other checks are made when the explanation is read, from the
 * same household and date, so it says the same. A class, not an object literal with getters: V8
 * builds those far more slowly.
 */
export class ScreenedHint implements Hint {
	#plan: SchemePlan;
	#ctx: ScreenContext;
	#checks: Check[];
	/** The first step not run yet: all of them have run when it equals the number of steps. */
	#next: number;
	#explained: { reasons: Reason[]; openChecks: OpenCheck[] } | null = null;
	#sources: Source[] | null = null;
	#figures: { figureDate: string | null; outdated: boolean } | null = null;

	constructor(plan: SchemePlan, ctx: ScreenContext) {
		const { scheme } = plan;
		const { h } = ctx;
		const checks: Check[] = [];
		let next = 0;
		if (plan.local && !h.livesInDordrecht) checks.push(NOT_IN_DORDRECHT);
		else {
			if (plan.local) checks.push(IN_DORDRECHT);
			next = runSteps(plan.steps, 0, ctx, checks, true);
		}
		const amount = amountFor(scheme, ctx);
		this.id = scheme.id;
		this.scope = scheme.scope;
		this.benefit = scheme.benefit;
		this.verdict = verdictOf(checks);
		this.amount = amount;
		this.askWho = scheme.benefit === 'money' && amount === null ? scheme.askWho : null;
		this.helpers = scheme.helpers;
		// The papers follow the housing answer: no rent contract for someone who does not rent.
		this.apply = h.rentPerMonth !== null && h.ownsHome !== true ? scheme.apply : plan.applyNotRenting;
		this.placeCategory = scheme.placeCategory;
		this.aboutCaredFor = scheme.aboutCaredFor && h.care ? true : undefined;
		this.alreadyReceived = h.alreadyReceives.length > 0 && h.alreadyReceives.includes(scheme.id);
		this.#plan = plan;
		this.#ctx = ctx;
		this.#checks = checks;
		this.#next = next;
	}

	/** Every check, in the order of the scheme's conditions: the ones after a failed check are made now. */
	#allChecks(): readonly Check[] {
		const steps = this.#plan.steps;
		if (this.#next < steps.length) this.#next = runSteps(steps, this.#next, this.#ctx, this.#checks, false);
		return this.#checks;
	}

	get reasons(): Reason[] {
		return (this.#explained ??= reasonsAndOpenChecks(this.#allChecks())).reasons;
	}

	get openChecks(): OpenCheck[] {
		return (this.#explained ??= reasonsAndOpenChecks(this.#allChecks())).openChecks;
	}

	get sources(): Source[] {
		return (this.#sources ??= uniqueSources(this.#plan.scheme.sources, this.#allChecks()));
	}

	get figureDate(): string | null {
		return (this.#figures ??= figureInfo(this.#allChecks(), this.amount)).figureDate;
	}

	get outdated(): boolean {
		return (this.#figures ??= figureInfo(this.#allChecks(), this.amount)).outdated;
	}
}
