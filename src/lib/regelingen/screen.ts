import helpersData from '../data/helpers.json';
import schemesData from '../data/schemes.json';
import type { Source } from '../data/source';
import { amountFor } from './amounts';
import { check, type Check } from './checks';
import { evaluate } from './conditions-answers';
import type { ScreenContext } from './context';
import type { Helper } from './helpers-schema';
import { AOW_AGE_YEARS, type Household } from './household';
import { assetLimitFor, isoDay, normFor, NORMS } from './norms';
import type { Scheme } from './schemes-schema';
import type { Hint, HintAmount, Verdict } from './types';

/** Validated by schemesSchema / helpersSchema at build and test time (see validate.ts). */
export const SCHEMES = schemesData as Scheme[];
export const HELPERS = helpersData as Helper[];

/**
 * likely: every check the app can do passes. unlikely: one clearly fails. unknown: every answer
 * that decides it was "don't know". maybe: the rest — a deciding condition cannot be checked here,
 * an answer is unknown, or income is within the near-limit band of an outdated figure.
 */
export function combine(checks: readonly Check[]): Verdict {
	if (checks.some((c) => c.status === 'fail')) return 'unlikely';
	const answers = checks.filter((c) => c.substantive && c.status !== 'info');
	if (answers.length > 0 && answers.every((c) => c.status === 'missing')) return 'unknown';
	if (checks.some((c) => c.status === 'missing' || c.status === 'uncheckable' || c.status === 'near')) return 'maybe';
	return 'likely';
}

function uniqueSources(lists: Source[][]): Source[] {
	const seen = new Set<string>();
	const out: Source[] = [];
	for (const s of lists.flat()) {
		const key = `${s.url}|${s.date}`;
		if (!seen.has(key)) {
			seen.add(key);
			out.push(s);
		}
	}
	return out;
}

function figureInfo(checks: readonly Check[], amount: HintAmount | null): { figureDate: string | null; outdated: boolean } {
	const figures = checks.flatMap((c) => (c.figure ? [c.figure] : []));
	if (amount) figures.push({ date: amount.asOf, outdated: amount.outdated });
	const old = figures.filter((f) => f.outdated).map((f) => f.date).sort();
	if (old.length > 0) return { figureDate: old[0] as string, outdated: true };
	return { figureDate: figures[0]?.date ?? null, outdated: false };
}

export function screenScheme(scheme: Scheme, ctx: ScreenContext): Hint {
	const checks: Check[] = [];
	if (scheme.scope === 'local') {
		checks.push(ctx.h.livesInDordrecht ? check('pass', 'livesInDordrecht', undefined, { substantive: false }) : check('fail', 'notInDordrecht', undefined, { substantive: false }));
	}
	for (const condition of scheme.conditions) checks.push(...evaluate(condition, ctx));
	const verdict = combine(checks);
	const amount = amountFor(scheme, ctx);
	// Failed conditions first: they are the reason for "unlikely".
	const ordered = [...checks.filter((c) => c.status === 'fail'), ...checks.filter((c) => c.status !== 'fail')];
	return {
		id: scheme.id,
		scope: scheme.scope,
		benefit: scheme.benefit,
		verdict,
		reasons: ordered.map((c) => c.reason),
		amount,
		askWho: scheme.benefit === 'money' && amount === null ? scheme.askWho : null,
		...figureInfo(checks, amount),
		helpers: scheme.helpers,
		apply: scheme.apply,
		...(scheme.placeCategory ? { placeCategory: scheme.placeCategory } : {}),
		sources: uniqueSources([scheme.sources, ...checks.map((c) => c.sources ?? [])])
	};
}

export function contextFor(household: Household, on: Date): ScreenContext {
	return {
		h: household,
		day: isoDay(on),
		aowAge: AOW_AGE_YEARS,
		norm: normFor(household, on),
		assetLimit: assetLimitFor(household, on),
		nearBand: NORMS.nearLimitPercent
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

const PER_YEAR = { year: 1, month: 12, quarter: 4, once: 1 } as const;

/**
 * "Together roughly … per year, only amounts that are known": sums the known amounts of likely
 * and maybe hints that count (one-off amounts count once). Returns the number of hints summed too.
 */
export function yearlyTotal(hints: readonly Hint[]): { amount: number; count: number } {
	let amount = 0;
	let count = 0;
	for (const hint of hints) {
		if (!hint.amount || !hint.amount.countsInTotal) continue;
		if (hint.verdict !== 'likely' && hint.verdict !== 'maybe') continue;
		amount += hint.amount.value * PER_YEAR[hint.amount.period];
		count += 1;
	}
	return { amount: Math.round(amount), count };
}

export function helperById(id: Helper['id']): Helper | undefined {
	return HELPERS.find((h) => h.id === id);
}
