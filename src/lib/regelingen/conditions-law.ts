import { check, isOutdated, type Check } from './checks';
import type { ScreenContext } from './context';
import { estimate, forYear, kindgebondenBudgetMaximum } from './estimates';
import { NORMS, percentOfNorm, round2 } from './norms';
import type { Source } from '../data/source';
import type { Condition } from './schemes-schema';

type Of<T extends Condition['type']> = Extract<Condition, { type: T }>;

/**
 * Studiefinanciering or WTOS. For bijstand (`required: false`) a student under 27 is not a bijstand case;
 * for the studietoeslag (`required: true`, Pw art. 36b lid 3) it is the condition. The answers carry no
 * values, so each outcome is made once per condition (compileCondition) and returned as is.
 */
export function studentFinanceChecks(c: Of<'studentFinance'>): (ctx: ScreenContext) => Check {
	const cited = { sources: c.sources };
	const unknown = check('missing', 'studentFinanceUnknown', undefined, cited);
	if (c.required) {
		const has = check('pass', 'hasStudentFinance', undefined, cited);
		const hasNot = check('fail', 'noStudentFinance', undefined, cited);
		return ({ h }) => (h.studentFinance === null ? unknown : h.studentFinance ? has : hasNot);
	}
	const notAStudent = check('pass', 'notAStudent', undefined, { ...cited, substantive: false });
	// Pw art. 13 lid 2 c: under 27 with studiefinanciering no algemene bijstand; from 27 it counts as income (art. 33 lid 2).
	const young = check('fail', 'studentFinanceNoBijstand', undefined, cited);
	const counts = check('uncheckable', 'studentFinanceCounts', undefined, cited);
	return ({ h }) => (h.studentFinance === null ? unknown : !h.studentFinance ? notAStudent : h.age < 27 ? young : counts);
}

/** Passes when the estimate is worth having; a few euros is within the estimate's own error. */
export function toeslagEstimate(c: Of<'toeslagEstimate'>, ctx: ScreenContext): Check {
	if (ctx.h.netMonthlyIncome === null) return check('missing', 'incomeUnknownNoLimit');
	const e = estimate(c.estimate, ctx);
	if (!e) return check('uncheckable', 'figureNotFound');
	const values = { yearIncome: e.toetsingsinkomen, amount: e.value, year: e.year };
	const extra = { figure: { date: `${e.year}-01-01`, outdated: e.outdated }, sources: e.sources, moreSources: e.incomeSources };
	if (e.value <= 0) return check('fail', 'estimateNone', values, extra);
	if (e.value < c.smallBelow) return check('uncheckable', 'estimateSmall', values, extra);
	// Huurtoeslag counts the income of everyone in the home; the app only knows the household's own.
	if (c.estimate === 'huurtoeslag' && ctx.h.otherAdults.length > 0) return check('uncheckable', 'huurtoeslagHousemates', values, extra);
	return check('pass', 'estimatePositive', values, extra);
}

/**
 * Kwijtschelding (Uitvoeringsregeling Invorderingswet 1990): betalingscapaciteit = net income
 * (toeslagen not counted, art. 14) minus the costs of art. 15 the app can see — rent minus
 * huurtoeslag up to the maximale huurgrens, above the basishuur (lid 1 b), and the kindgebonden
 * budget the household misses (lid 1 g) — minus the kosten van bestaan (art. 16: a percentage of
 * the bijstand norm). 80% of 12 months of it goes to the tax (art. 11).
 */
export function paymentCapacity(c: Of<'paymentCapacity'>, ctx: ScreenContext): Check {
	const { h } = ctx;
	const norm = ctx.bijstandNorm;
	if (h.netMonthlyIncome === null) return check('missing', 'incomeUnknownNoLimit');
	if (!norm) return check('uncheckable', 'normUnknownForHousehold', { percent: c.normPercent });
	if (h.ownsHome === true) return check('uncheckable', 'ownerHousingCostsDecide', undefined, { sources: c.sources });
	const ht = forYear(NORMS.huurtoeslag, ctx.year);
	let housing = 0;
	if (h.rentPerMonth !== null && ht) {
		const net = h.rentPerMonth - (estimate('huurtoeslag', ctx)?.value ?? 0);
		housing = Math.max(0, Math.min(net, ht.maxHuurgrens) - (onePerson(ctx) ? ht.basishuurSingle : ht.basishuurMulti));
	}
	const kgbMax = kindgebondenBudgetMaximum(ctx) ?? 0;
	const childCost = kgbMax > 0 ? Math.max(0, kgbMax / 12 - (estimate('kindgebondenBudget', ctx)?.value ?? 0)) : 0;
	const costs = percentOfNorm(norm, c.normPercent);
	const capacity = round2(Math.max(0, h.netMonthlyIncome - housing - childCost - costs));
	const yearCapacity = round2((capacity * 12 * c.usedPercent) / 100);
	const figure = { date: norm.peildatum, outdated: norm.outdated };
	const extra = { figure, sources: c.sources, moreSources: norm.sources };
	const values = { capacity, yearCapacity, limit: costs, percent: c.normPercent };
	if (capacity <= 0) return check('pass', 'noPaymentCapacity', values, extra);
	const tax = taxOn(c.yearlyTax ?? [], ctx.day);
	if (!tax) return check('uncheckable', 'paymentCapacityTaxUnknown', values, extra);
	const bill = onePerson(ctx) ? tax.single : tax.multi;
	const dated = tax.from !== null;
	const taxValues: Record<string, number | string> = { capacity, yearCapacity, limit: costs, percent: c.normPercent, tax: bill };
	if (dated) taxValues.figureDate = tax.from as string;
	const taxExtra = {
		figure: dated ? { date: tax.from as string, outdated: isOutdated({ from: tax.from as string, validUntil: tax.validUntil }, ctx.day) } : undefined,
		sources: billSources(c.sources, tax),
		moreSources: norm.sources
	};
	const suffix = dated ? '' : 'Undated';
	// A bill without a year is treated like an outdated figure: only clearly above it is a "no".
	if (!dated && yearCapacity >= bill) {
		const clearly = yearCapacity > bill * (1 + ctx.nearBand / 100);
		return check(clearly ? 'fail' : 'uncheckable', 'paymentCapacityCoversTaxUndated', taxValues, taxExtra);
	}
	if (yearCapacity >= bill) return check('fail', 'paymentCapacityCoversTax', taxValues, taxExtra);
	taxValues.part = round2(bill - yearCapacity);
	return check(dated ? 'pass' : 'uncheckable', `paymentCapacityPartial${suffix}`, taxValues, taxExtra);
}

/** The condition's sources and the bill's, joined once per bill (they are data: they never change). */
const BILL_SOURCES = new WeakMap<object, Source[]>();
function billSources(own: Source[], bill: { sources: Source[] }): Source[] {
	let joined = BILL_SOURCES.get(bill);
	if (!joined) {
		joined = [...own, ...bill.sources];
		BILL_SOURCES.set(bill, joined);
	}
	return joined;
}

const onePerson = (ctx: ScreenContext): boolean => 1 + (ctx.h.partner ? 1 : 0) + ctx.h.children.length + ctx.h.otherAdults.length === 1;

/** The newest dated bill that holds on the day, else an undated one. */
function taxOn<T extends { from: string | null }>(list: readonly T[], day: string): T | null {
	let dated: T | null = null;
	let undated: T | null = null;
	for (const t of list) {
		if (t.from === null) undated ??= t;
		else if (t.from <= day && (!dated || t.from > (dated.from as string))) dated = t;
	}
	return dated ?? undated;
}
