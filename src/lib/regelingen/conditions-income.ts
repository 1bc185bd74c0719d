import { check, compareWithLimit, isOutdated, newestFrom, type Check } from './checks';
import type { ScreenContext } from './context';
import { householdSize, householdType } from './household';
import { percentOfNorm, round2 } from './norms';
import type { Condition } from './schemes-schema';

type Of<T extends Condition['type']> = Extract<Condition, { type: T }>;

/** Income as a percentage of the household's 100% bijstandsnorm (excl. vakantietoeslag). */
export function incomeNorm(c: Of<'incomeNorm'>, ctx: ScreenContext): Check {
	const { h } = ctx;
	const norm = c.kostendelers ? ctx.bijstandNorm : ctx.norm;
	if (h.netMonthlyIncome === null) return check('missing', 'incomeUnknown', { percent: c.percent });
	if (!norm) return check('uncheckable', 'normUnknownForHousehold', { percent: c.percent });
	const income = h.netMonthlyIncome;
	const figure = { date: norm.peildatum, outdated: norm.outdated };
	const extra = { figure, sources: c.sources, moreSources: norm.sources };
	const limit = percentOfNorm(norm, c.percent);
	const values = { limit, percent: c.percent, normDate: norm.peildatum, income };
	const result = compareWithLimit(income, limit, { comparison: c.comparison, outdated: norm.outdated, bandPercent: ctx.nearBand });
	if (norm.kostendelers > 0) return kostendelersCheck(result, { limit, percent: c.percent, normDate: norm.peildatum, income, kostendelers: norm.kostendelers }, ctx, c, extra);
	if (result === 'pass') return check('pass', 'incomeBelowLimit', values, extra);
	const higher = c.unconfirmedHigher;
	if (higher && h.partner && h.children.some((age) => age >= higher.coupleWithChildFromAge && age < 18)) {
		const higherLimit = percentOfNorm(norm, higher.percent);
		if (income <= higherLimit * (1 + (norm.outdated ? ctx.nearBand / 100 : 0))) {
			return check('uncheckable', 'incomeBelowUnconfirmedLimit', { limit: higherLimit, percent: higher.percent, normDate: norm.peildatum, income }, {
				figure,
				sources: [...c.sources, ...norm.sources, ...higher.sources]
			});
		}
	}
	if (result === 'near') return check('near', 'incomeNearLimit', values, extra);
	return check('fail', c.aboveReason ?? 'incomeAboveLimit', values, extra);
}

/**
 * With housemates of 27 or older the lower kostendelersnorm applies, unless they rent from the
 * household on a commercial written contract or study (Pw art. 19a): the app cannot see that, so
 * an income between the two norms is "maybe".
 */
function kostendelersCheck(
	result: 'pass' | 'near' | 'fail',
	values: { limit: number; percent: number; normDate: string; income: number; kostendelers: number },
	ctx: ScreenContext,
	c: Of<'incomeNorm'>,
	extra: Parameters<typeof check>[3]
): Check {
	if (result === 'pass') return check('pass', 'incomeBelowKostendelersNorm', values, extra);
	const without = ctx.norm ? percentOfNorm(ctx.norm, c.percent) : null;
	if (without !== null && values.income <= without) {
		const { limit, percent, normDate, income, kostendelers } = values;
		return check('uncheckable', 'kostendelersNormDecides', { limit, percent, normDate, income, kostendelers, normLimit: without }, extra);
	}
	return check(result === 'near' ? 'near' : 'fail', result === 'near' ? 'incomeNearLimit' : 'incomeAboveLimit', values, extra);
}

/** Dordrecht's percentage is unknown: only "clearly above every known local limit" can be told. */
export function incomeNormUnknownPercent(c: Of<'incomeNormUnknownPercent'>, ctx: ScreenContext): Check {
	const { h, norm } = ctx;
	if (h.netMonthlyIncome === null) return check('missing', 'incomeUnknownNoLimit');
	if (!norm) return check('uncheckable', 'limitPercentNotFound');
	const income = h.netMonthlyIncome;
	const extra = { figure: { date: norm.peildatum, outdated: norm.outdated }, sources: c.sources, moreSources: norm.sources };
	const limit = percentOfNorm(norm, c.upperBoundPercent);
	const values = { limit, percent: c.upperBoundPercent, normDate: norm.peildatum, income };
	const result = compareWithLimit(income, limit, { comparison: 'atMost', outdated: norm.outdated, bandPercent: ctx.nearBand });
	if (result === 'fail') return check('fail', 'incomeAboveKnownLocalLimits', values, extra);
	if (result === 'near') return check('near', 'incomeNearLimit', values, extra);
	return check('uncheckable', 'limitPercentNotFound', undefined, extra);
}

/**
 * A yearly limit on gross (toetsings-) or verzamelinkomen. Net income × 12 is always lower than
 * that, so being above the limit with net income is a clear "no"; below it the app cannot tell.
 */
export function incomeYear(c: Of<'incomeYear'>, ctx: ScreenContext): Check {
	const { h } = ctx;
	const entry = newestFrom(c.limits, ctx.day);
	if (h.netMonthlyIncome === null) return check('missing', 'incomeUnknownNoLimit');
	if (!entry) return check('uncheckable', 'figureNotFound');
	const outdated = isOutdated(entry, ctx.day);
	const asCouple = h.partner || (c.singleParentCountsAsCouple && householdType(h) === 'singleParent');
	const limit = asCouple ? entry.partner : entry.single;
	const yearIncome = round2(h.netMonthlyIncome * 12);
	const values = { limit, yearIncome, figureDate: entry.from };
	const extra = { figure: { date: entry.from, outdated }, sources: entry.sources };
	const result = compareWithLimit(yearIncome, limit, { comparison: 'atMost', outdated, bandPercent: ctx.nearBand });
	if (result === 'fail') return check('fail', 'yearIncomeAboveLimit', values, extra);
	if (result === 'near') return check('near', 'yearIncomeNearLimit', values, extra);
	return check('uncheckable', c.basis === 'toetsingsinkomen' ? 'yearIncomeBelowGrossLimit' : 'yearIncomeBelowVerzamelLimit', values, extra);
}

/**
 * Voedselbank: leefgeld = income − fixed costs. Only rent is known here, and toeslagen count as
 * income there, so this never gets past "maybe"; it says how far off the norm the known part is.
 */
export function leefgeld(c: Of<'leefgeld'>, ctx: ScreenContext): Check {
	const { h } = ctx;
	const entry = newestFrom(c.norms, ctx.day);
	if (h.netMonthlyIncome === null) return check('missing', 'incomeUnknownNoLimit');
	if (!entry) return check('uncheckable', 'figureNotFound');
	// An owner's fixed costs are the mortgage and such, which the app does not ask.
	if (h.ownsHome === true) return check('uncheckable', 'ownerHousingCostsDecide', undefined, { sources: entry.sources });
	const size = householdSize(h);
	const norm = size === 1 ? entry.onePerson : entry.twoPersons + (size - 2) * entry.perExtraPerson;
	const left = round2(h.netMonthlyIncome - (h.rentPerMonth ?? 0));
	const values = { leefgeld: left, norm, figureDate: entry.from, persons: size };
	const extra = { figure: { date: entry.from, outdated: isOutdated(entry, ctx.day) }, sources: entry.sources };
	return check('uncheckable', left <= norm ? 'leefgeldBelowNorm' : 'fixedCostsDecide', values, extra);
}

/** AIO: no full AOW, or a full AOW while the partner is younger than AOW age. */
export function aowShortfall(ctx: ScreenContext): Check {
	const { h, aowAge } = ctx;
	if (h.fullAow === null) return check('missing', 'fullAowUnknown');
	if (!h.fullAow) return check('pass', 'noFullAow');
	if (h.partner && h.partnerAge === null) return check('missing', 'partnerAgeUnknown');
	if (h.partner && h.partnerAge !== null && h.partnerAge < aowAge) return check('pass', 'fullAowYoungerPartner', { aowAge });
	return check('fail', 'fullAowNoShortfall');
}
