import { check, isOutdated, newestFrom, type Check } from './checks';
import type { ScreenContext } from './context';
import type { Condition } from './schemes-schema';

/**
 * Conditions about caring for someone and what the person cared for may get (Wmo, casemanager),
 * plus the household's own contribution to Wmo support. The care details (dementia, help at home)
 * are optional answers: not answered counts as "don't know".
 */
type Of<T extends Condition['type']> = Extract<Condition, { type: T }>;

/** Any care counts here (respite, carer support, Wmo for the person cared for). */
export function caresForSomeone(c: Of<'caresForSomeone'>, ctx: ScreenContext): Check {
	const care = ctx.h.care;
	if (!care) return check('fail', c.noCareReason ?? 'noCare');
	if (c.caredForInDordrecht && care.caredForInDordrecht === false) return check('fail', 'caredForNotInDordrecht');
	if (c.caredForInDordrecht && care.caredForInDordrecht === null) return check('missing', 'caredForPlaceUnknown', { hours: care.hoursPerWeek });
	return check('pass', 'caresForSomeone', { hours: care.hoursPerWeek });
}

/** The answers carry no values: each check is made once and shared. */
const DEMENTIA = {
	noCare: check('fail', 'noCareDementia'),
	unknown: check('missing', 'caredForDementiaUnknown'),
	yes: check('pass', 'caredForDementia'),
	no: check('fail', 'caredForNoDementia')
};

export function caredForDementia(ctx: ScreenContext): Check {
	const care = ctx.h.care;
	if (!care) return DEMENTIA.noCare;
	if (care.dementia === undefined || care.dementia === null) return DEMENTIA.unknown;
	return care.dementia ? DEMENTIA.yes : DEMENTIA.no;
}

/** Shown with the Wmo hint; it never changes the verdict (more help can be asked for later too). */
export function caredForHelpAtHome(ctx: ScreenContext): Check | null {
	const help = ctx.h.care?.helpAtHome;
	if (help === undefined || help === null) return null;
	return check('info', help ? 'caredForHasHelp' : 'caredForNoHelpYet', undefined, { substantive: false });
}

/** The newest tariff that holds on the date; an old one is shown as old, with its year. */
export function ownContribution(c: Of<'ownContribution'>, ctx: ScreenContext): Check | null {
	const entry = newestFrom(c.tariffs, ctx.day);
	if (!entry) return null;
	const values = { contribution: entry.perMonth, year: Number(entry.from.slice(0, 4)) };
	const key = isOutdated(entry, ctx.day) ? 'ownContributionOutdated' : 'ownContribution';
	return check('info', key, values, { substantive: false, sources: entry.sources });
}
