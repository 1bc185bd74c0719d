import type { Source } from '../data/source';
import type { ScreenContext } from './context';
import { toetsingsinkomenFromNet } from './income-tax';
import { NORMS } from './norms';

/**
 * Computed estimates of the three toeslagen, with the statutory 2026 formulas and parameters
 * (norms.json: zorgtoeslag, huurtoeslag, kindgebondenBudget; sources there). Amounts are per
 * month, rounded down to whole euros as the Dienst Toeslagen does in its tables. The income is the
 * estimated toetsingsinkomen (income-tax.ts), so each figure is a "schatting", never a promise.
 */
export type EstimateId = 'zorgtoeslag' | 'huurtoeslag' | 'kindgebondenBudget';

export interface Estimate {
	/** Euro per month, whole euros. */
	value: number;
	/** The year of the parameters used; older than the screening year means outdated. */
	year: number;
	outdated: boolean;
	/** The income used, per year. */
	toetsingsinkomen: number;
	/** The sources of the parameters; those of the income estimate are in `incomeSources`. */
	sources: Source[];
	incomeSources: Source[];
}

/** The newest entry for the screening year or before. */
export function forYear<T extends { year: number }>(entries: readonly T[], year: number): T | null {
	let found: T | null = null;
	for (const e of entries) if (e.year <= year && (!found || e.year > found.year)) found = e;
	return found;
}

const pos = (x: number): number => (x > 0 ? x : 0);
const NO_SOURCES: Source[] = [];

/** The estimated toetsingsinkomen of the household, worked out once per household (null: income unknown). */
export function toetsingsinkomen(ctx: ScreenContext): { value: number; sources: Source[] } | null {
	if (ctx.memo.ti !== undefined) return ctx.memo.ti;
	const { h } = ctx;
	const tax = forYear(NORMS.incomeTax, ctx.year);
	const out = h.netMonthlyIncome === null || !tax ? null : {
		value: toetsingsinkomenFromNet(tax, h.netMonthlyIncome, { atAow: h.age >= ctx.aowAge, single: !h.partner }),
		sources: tax.sources
	};
	ctx.memo.ti = out;
	return out;
}

type Made = Omit<Estimate, 'toetsingsinkomen' | 'incomeSources'>;

function zorgtoeslag(ctx: ScreenContext, ti: number): Made | null {
	const p = forYear(NORMS.zorgtoeslag, ctx.year);
	if (!p) return null;
	const partner = ctx.h.partner;
	// Wzt art. 2: (twice, with a partner) the standaardpremie minus the normpremie.
	const normpremie = ((partner ? p.percentPartner : p.percentSingle) * p.drempelinkomen + p.percentAbove * pos(ti - p.drempelinkomen)) / 100;
	const year = (partner ? 2 : 1) * p.standaardpremie - normpremie;
	return { value: Math.floor(pos(year) / 12), year: p.year, outdated: p.year < ctx.year, sources: p.sources };
}

/** People in the home: the person, a partner, the children listed and the other adults. */
function persons(ctx: ScreenContext): number {
	const h = ctx.h;
	return 1 + (h.partner ? 1 : 0) + h.children.length + h.otherAdults.length;
}

function huurtoeslag(ctx: ScreenContext, ti: number): Made | null {
	const p = forYear(NORMS.huurtoeslag, ctx.year);
	const { h } = ctx;
	if (!p || h.rentPerMonth === null) return null;
	const size = persons(ctx);
	// Wht art. 13: everyone under 21 and no child in the home: the lower maximum.
	const young = h.age < p.youngBelowAge && (!h.partner || (h.partnerAge !== null && h.partnerAge < p.youngBelowAge)) && h.children.length === 0 && h.otherAdults.length === 0;
	const rekenhuur = Math.min(h.rentPerMonth, young ? p.maxHuurgrensYoung : p.maxHuurgrens);
	const basishuur = size === 1 ? p.basishuurSingle : p.basishuurMulti;
	const a = pos(Math.min(rekenhuur, p.kwaliteitskortingsgrens) - basishuur);
	const aftopping = size <= 2 ? p.aftoppingsgrensSmall : p.aftoppingsgrensLarge;
	const b = young ? 0 : (pos(Math.min(rekenhuur, aftopping) - p.kwaliteitskortingsgrens) * p.percentToAftopping) / 100;
	const c = young ? 0 : (pos(rekenhuur - aftopping) * p.percentAboveAftopping) / 100;
	// Wht art. 21 lid 2: minus (income above the minimum-inkomensijkpunt) × afbouwpercentage / 12.
	const d = (pos(ti - (size === 1 ? p.incomePointSingle : p.incomePointMulti)) * (size === 1 ? p.taperPercentSingle : p.taperPercentMulti)) / 100 / 12;
	return { value: Math.floor(pos(a + b + c - d)), year: p.year, outdated: p.year < ctx.year, sources: p.sources };
}

/** Wkb art. 2: the yearly maximum for the children under 18, before the afbouw. */
export function kindgebondenBudgetMaximum(ctx: ScreenContext): number | null {
	const p = forYear(NORMS.kindgebondenBudget, ctx.year);
	if (!p) return null;
	let sum = 0;
	for (const age of ctx.h.children) {
		if (age >= 18) continue;
		sum += p.perChild + (age >= 16 ? p.extra16to17 : age >= 12 ? p.extra12to15 : 0);
	}
	if (sum > 0 && !ctx.h.partner) sum += p.singleParentExtra;
	return sum;
}

function kindgebondenBudget(ctx: ScreenContext, ti: number): Made | null {
	const p = forYear(NORMS.kindgebondenBudget, ctx.year);
	const max = kindgebondenBudgetMaximum(ctx);
	if (!p || max === null || max === 0) return null;
	const threshold = p.drempelinkomen + (ctx.h.partner ? p.partnerThresholdExtra : 0);
	// Wkb art. 3 lid 5 already sets the afbouw for later years: use the one for the screening year.
	const taper = p.taperPercentByYear[String(ctx.year)] ?? p.taperPercentByYear[String(p.year)] ?? 0;
	const year = max - (pos(ti - threshold) * taper) / 100;
	return { value: Math.floor(pos(year) / 12), year: p.year, outdated: p.year < ctx.year, sources: p.sources };
}

const ESTIMATORS: Record<EstimateId, (ctx: ScreenContext, ti: number) => Made | null> = {
	zorgtoeslag,
	huurtoeslag,
	kindgebondenBudget
};

/**
 * The estimate for this household, or null when it cannot be made (no parameters, no rent).
 * With the income unknown it is the amount at the lowest income, which is the most it can be.
 */
export function estimate(id: EstimateId, ctx: ScreenContext): (Estimate & { incomeKnown: boolean }) | null {
	const cached = ctx.memo.estimates[id];
	if (cached !== undefined) return cached;
	const ti = toetsingsinkomen(ctx);
	const made = ESTIMATORS[id](ctx, ti ? ti.value : 0);
	const out = made ? { value: made.value, year: made.year, outdated: made.outdated, sources: made.sources, toetsingsinkomen: ti ? ti.value : 0, incomeSources: ti ? ti.sources : NO_SOURCES, incomeKnown: ti !== null } : null;
	ctx.memo.estimates[id] = out;
	return out;
}
