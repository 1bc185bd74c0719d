import { check, compareWithLimit, isOutdated, newestFrom, type Check } from './checks';
import type { ScreenContext } from './context';
import type { Condition } from './schemes-schema';
import { aowShortfall, incomeNorm, incomeNormUnknownPercent, incomeYear, leefgeld } from './conditions-income';
import { caredForDementia, caredForHelpAtHome, caresForSomeone, ownContribution } from './conditions-care';
import { paymentCapacity, studentFinanceChecks, toeslagEstimate } from './conditions-law';

type Of<T extends Condition['type']> = Extract<Condition, { type: T }>;

/**
 * Age is a gate, not an answer that decides "unknown": a passed age check shows no reason. Its
 * checks are made once per condition, and again only for another AOW age (another screening date).
 */
function ageChecks(c: Of<'age'>): Evaluator {
	const gate = { substantive: false };
	const min = c.min;
	const belowMin = min === undefined ? null : check('fail', 'ageBelowMin', { minAge: min }, gate);
	let made: { aowAge: number; atAow: Check; belowAow: Check } | null = null;
	const forAow = (aowAge: number) =>
		made?.aowAge === aowAge ? made : (made = { aowAge, atAow: check('fail', 'ageAtAow', { aowAge }, gate), belowAow: check('fail', 'ageBelowAow', { aowAge }, gate) });
	return ({ h, aowAge }, out) => {
		if (belowMin && h.age < (min as number)) out.push(belowMin);
		if (c.belowAow && h.age >= aowAge) out.push(forAow(aowAge).atAow);
		if (c.atAow && h.age < aowAge) out.push(forAow(aowAge).belowAow);
	};
}

function assetsBijstand(c: Of<'assetsBijstand'>, ctx: ScreenContext): Check {
	const limit = ctx.assetLimit;
	if (!limit) return check('uncheckable', 'assetLimitNotFound');
	const values = { assetLimit: limit.amount, year: limit.year };
	const extra = { figure: { date: `${limit.year}-01-01`, outdated: limit.outdated }, sources: limit.sources };
	const savings = ctx.h.savingsAboveLimit;
	if (savings === null) return check('missing', 'assetsUnknown', values, extra);
	if (!savings) {
		// Owners: the equity in the home has its own, higher allowance (Pw art. 34 lid 2 d).
		if (ctx.h.ownsHome === true && limit.ownHomeEquity !== null) return check('pass', 'assetsBelowLimitOwnHome', { assetLimit: limit.amount, year: limit.year, homeEquity: limit.ownHomeEquity }, extra);
		return check('pass', 'assetsBelowLimit', values, extra);
	}
	return c.whenAbove === 'fail' ? check('fail', 'assetsAboveLimit', values, extra) : check('uncheckable', 'assetsCounted', values, extra);
}

/** A scheme with a higher asset limit than bijstand: below the bijstand limit is surely below it. */
function assetsOwnLimit(c: Of<'assetsOwnLimit'>, ctx: ScreenContext): Check {
	const savings = ctx.h.savingsAboveLimit;
	const bijstand = ctx.assetLimit;
	if (savings === false && bijstand) {
		return check('pass', 'assetsBelowLimit', { assetLimit: bijstand.amount, year: bijstand.year }, { sources: bijstand.sources });
	}
	const entry = newestFrom(c.limits, ctx.day);
	if (!entry) return check(savings === null ? 'missing' : 'uncheckable', 'assetsOwnLimitUnknown');
	const values = { assetLimit: ctx.h.partner ? entry.partner : entry.single, figureDate: entry.from };
	const extra = { figure: { date: entry.from, outdated: isOutdated(entry, ctx.day) }, sources: entry.sources };
	return check(savings === null ? 'missing' : 'uncheckable', 'assetsOwnLimitHigher', values, extra);
}

function childAged(c: Of<'childAged'>, ctx: ScreenContext): Check {
	const values = { minAge: c.minAge, maxAge: c.maxAge };
	const has = ctx.h.children.some((a) => a >= c.minAge && a <= c.maxAge);
	return check(has ? 'pass' : 'fail', has ? 'childOfAge' : 'noChildOfAge', values);
}

function renting(c: Of<'renting'>, ctx: ScreenContext): Check {
	const { h } = ctx;
	if (h.ownsHome === true) return check('fail', 'ownsHome');
	if (h.rentPerMonth === null) return check('fail', 'notRenting');
	const entry = c.maxRent ? newestFrom(c.maxRent, ctx.day) : null;
	if (!entry) return check('pass', 'renting', { rent: h.rentPerMonth });
	const outdated = isOutdated(entry, ctx.day);
	const extra = { figure: { date: entry.from, outdated }, sources: entry.sources };
	if (entry.max === null) return check('pass', 'rentingNoMaximum', { rent: h.rentPerMonth, figureDate: entry.from }, extra);
	// The lower limit for young people does not apply when a child lives with them.
	const young = entry.maxUnder !== null && entry.underAge !== null && h.age < entry.underAge && h.children.length === 0;
	const maxRent = young ? (entry.maxUnder as number) : entry.max;
	const values = { rent: h.rentPerMonth, maxRent, figureDate: entry.from };
	const result = compareWithLimit(h.rentPerMonth, maxRent, { comparison: 'atMost', outdated, bandPercent: ctx.nearBand });
	if (result === 'pass') return check('pass', 'rentWithinMax', values, extra);
	return check(result === 'near' ? 'near' : 'fail', result === 'near' ? 'rentNearMax' : 'rentAboveMax', values, extra);
}

function care(c: Of<'care'>, ctx: ScreenContext): Check {
	const given = ctx.h.care;
	if (!given) return check('fail', 'noCare');
	const enough = given.hoursPerWeek > c.moreThanHoursPerWeek || (c.orLongerThan3Months && given.longerThan3Months);
	if (!enough) return check('fail', 'careNotEnough', { minHours: c.moreThanHoursPerWeek });
	if (c.caredForInDordrecht) {
		// The municipality of the person cared for pays the mantelzorgwaardering, not the carer's.
		if (given.caredForInDordrecht === false) return check('fail', 'caredForNotInDordrecht');
		if (given.caredForInDordrecht === null) return check('missing', 'caredForPlaceUnknown', { hours: given.hoursPerWeek });
		return check('pass', 'careEnoughInDordrecht', { hours: given.hoursPerWeek });
	}
	return check('pass', 'careEnough', { hours: given.hoursPerWeek });
}

function volunteering(c: Of<'volunteering'>, ctx: ScreenContext): Check {
	const v = ctx.h.volunteering;
	const need = { minHours: c.minHoursPerWeek, minMonths: c.minMonths };
	if (!v) return check('fail', 'noVolunteering', need);
	if (v.hoursPerWeek >= c.minHoursPerWeek && v.months >= c.minMonths) return check('pass', 'volunteeringEnough', { hours: v.hoursPerWeek, months: v.months });
	return check('fail', 'volunteeringNotEnough', need);
}

/** A yes/no answer's three checks, made once per condition. */
function yesNo(answer: (ctx: ScreenContext) => boolean | null, yes: string, no: string, unknown: string): Evaluator {
	const pass = check('pass', yes);
	const fail = check('fail', no);
	const missing = check('missing', unknown);
	return (ctx, out) => {
		const a = answer(ctx);
		out.push(a === null ? missing : a ? pass : fail);
	};
}

/** Checks one condition for a household and adds what it found to `out` (most add one check). */
export type Evaluator = (ctx: ScreenContext, out: Check[]) => void;

/** A condition made ready to screen: an evaluator, or the one check it gives every household. */
export type Step = Evaluator | Check;

/**
 * Turns a condition into its step once, when the module loads, so the choice by condition type is
 * not made again for every household. Checks that carry no household values are made here once and
 * shared (checks are never changed after); a rule the app cannot check is just its one check.
 */
export function compileCondition(c: Condition): Step {
	switch (c.type) {
		case 'age': return ageChecks(c);
		case 'note': {
			const shown = check('info', c.reason, c.values, { substantive: false });
			return (ctx, out) => {
				const atAow = ctx.h.age >= ctx.aowAge;
				if ((c.when === 'atAow' && !atAow) || (c.when === 'belowAow' && atAow)) return;
				out.push(shown);
			};
		}
		case 'uncheckable': return check('uncheckable', c.reason, c.values, { substantive: false });
		// Facts shown with a hint that may have nothing to show.
		case 'caredForHelpAtHome': return (ctx, out) => addShown(out, caredForHelpAtHome(ctx));
		case 'ownContribution': return (ctx, out) => addShown(out, ownContribution(c, ctx));
		case 'incomeNorm': return (ctx, out) => void out.push(incomeNorm(c, ctx));
		case 'incomeNormUnknownPercent': return (ctx, out) => void out.push(incomeNormUnknownPercent(c, ctx));
		case 'incomeYear': return (ctx, out) => void out.push(incomeYear(c, ctx));
		case 'assetsBijstand': return (ctx, out) => void out.push(assetsBijstand(c, ctx));
		case 'assetsOwnLimit': return (ctx, out) => void out.push(assetsOwnLimit(c, ctx));
		case 'childAged': return (ctx, out) => void out.push(childAged(c, ctx));
		case 'renting': return (ctx, out) => void out.push(renting(c, ctx));
		case 'debts': return yesNo(({ h }) => h.hasDebts, 'hasDebts', 'noDebts', 'debtsUnknown');
		case 'care': return (ctx, out) => void out.push(care(c, ctx));
		case 'caresForSomeone': return (ctx, out) => void out.push(caresForSomeone(c, ctx));
		case 'caredForDementia': return (ctx, out) => void out.push(caredForDementia(ctx));
		case 'partner': {
			const has = check('pass', 'hasPartner');
			const needs = check('fail', 'needsPartner');
			return (ctx, out) => void out.push(ctx.h.partner ? has : needs);
		}
		case 'volunteering': return (ctx, out) => void out.push(volunteering(c, ctx));
		case 'childcare': return yesNo(({ h }) => h.childcare, 'usesChildcare', 'noChildcare', 'noChildcare');
		case 'studentWithDisability': return yesNo(({ h }) => h.studentWithDisability, 'studentWithDisability', 'notStudentWithDisability', 'notStudentWithDisability');
		case 'aowShortfall': return (ctx, out) => void out.push(aowShortfall(ctx));
		case 'leefgeld': return (ctx, out) => void out.push(leefgeld(c, ctx));
		case 'studentFinance': {
			const studentFinance = studentFinanceChecks(c);
			return (ctx, out) => void out.push(studentFinance(ctx));
		}
		case 'toeslagEstimate': return (ctx, out) => void out.push(toeslagEstimate(c, ctx));
		case 'paymentCapacity': return (ctx, out) => void out.push(paymentCapacity(c, ctx));
	}
}

function addShown(out: Check[], shown: Check | null): void {
	if (shown) out.push(shown);
}
