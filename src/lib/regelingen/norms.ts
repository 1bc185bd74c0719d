import normsData from '../data/norms.json';
import type { Source } from '../data/source';
import { AOW_AGE_YEARS, householdType, type Household } from './household';
import type { AssetLimit, NormPair, NormPeriod, Norms } from './norms-schema';

/** The data file, validated by normsSchema at build and test time (not here: keeps runtime light). */
export const NORMS = normsData as Norms;

export type AgeBand = '18-20' | '21-aow' | 'aow';

/** "2025-07-01" for a Date, read in UTC so screening never depends on the phone's time zone. */
export function isoDay(on: Date): string {
	const time = on.getTime();
	if (time !== lastTime) {
		lastDay = on.toISOString().slice(0, 10);
		lastTime = time;
	}
	return lastDay;
}
/** The last date asked for and its day: screening many households for one date formats it once. */
let lastTime = Number.NaN;
let lastDay = '';

/** Adds whole months to an ISO date string ("2025-07-01" + 6 → "2026-01-01"). */
export function addMonths(iso: string, months: number): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const total = y * 12 + (m - 1) + months;
	return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * The age band of the household for the norms. A couple counts as AOW-age when one of the two
 * has reached AOW age (norm table "Couple (one or both AOW)"). null: no norm in the facts
 * (under 18, a couple with a partner under 21, or an unknown partner age that could change the band).
 */
export function ageBand(h: Household): AgeBand | null {
	const aow = AOW_AGE_YEARS;
	if (h.partner) {
		if (h.age >= aow || (h.partnerAge !== null && h.partnerAge >= aow)) return 'aow';
		if (h.partnerAge === null) return null;
		return h.age >= 21 && h.partnerAge >= 21 ? '21-aow' : null;
	}
	if (h.age >= aow) return 'aow';
	if (h.age >= 21) return '21-aow';
	return h.age >= 18 ? '18-20' : null;
}

/** The norm period that holds on a day ("YYYY-MM-DD"): the newest peildatum on or before it. */
function normPeriodOnDay(day: string): NormPeriod | null {
	let found: NormPeriod | null = null;
	for (const period of NORMS.bijstandsnormen) if (period.peildatum <= day) found = period;
	return found;
}

export interface NormFigure {
	/** 100% norm per month, excl. vakantietoeslag (what the household's income is compared with). */
	excl: number;
	incl: number;
	/** true when excl. was computed from incl. with the holiday-pay factor, not quoted. */
	exclDerived: boolean;
	peildatum: string;
	/** The next half-yearly norm should already hold on the screening date, but is not in the data. */
	outdated: boolean;
	sources: Source[];
}

function pairFor(period: NormPeriod, band: AgeBand, type: ReturnType<typeof householdType>): NormPair | null {
	const norms = period.norms;
	if (band === '21-aow') return norms['21-aow'][type];
	// Single parents at AOW age and under 21 have their own norms; the facts do not give them.
	if (type === 'singleParent') return null;
	if (band === 'aow') return norms.aow[type];
	return type === 'single' ? norms['18-20'].single : null;
}

/** The 100% bijstandsnorm for this household on this date, or null when the facts have none. */
export function normFor(h: Household, on: Date): NormFigure | null {
	return normForDay(h, isoDay(on));
}

/** normFor with the date already as "YYYY-MM-DD" (screen() works it out once per household). */
export function normForDay(h: Household, day: string): NormFigure | null {
	const period = normPeriodOnDay(day);
	const band = ageBand(h);
	if (!period || !band) return null;
	const pair = pairFor(period, band, householdType(h));
	if (!pair) return null;
	const excl = pair.excl ?? round2(pair.incl * NORMS.holidayPay.exclFactor);
	return {
		excl,
		incl: pair.incl,
		exclDerived: pair.excl === null,
		peildatum: period.peildatum,
		// From this day the next half-yearly norm should hold.
		outdated: day >= addMonths(period.peildatum, NORMS.normValidityMonths),
		sources: pair.excl === null ? [...period.sources, ...NORMS.holidayPay.sources] : period.sources
	};
}

/** A limit as a percentage of the 100% norm, e.g. 140% → euro per month excl. vakantietoeslag. */
export function percentOfNorm(norm: NormFigure, percent: number): number {
	return round2((norm.excl * percent) / 100);
}

export interface AssetLimitFigure {
	amount: number;
	year: number;
	source: Source;
	sources: Source[];
	/** No limit for the screening year in the data: this is last known year's limit. */
	outdated: boolean;
}

/** The vermogensgrens (bijstand and most SDD schemes) to show for this household, or null. */
export function assetLimitFor(h: Household, on: Date = new Date()): AssetLimitFigure | null {
	return assetLimitForYear(h, on.getUTCFullYear());
}

/** assetLimitFor with the calendar year (UTC) of the screening date. */
export function assetLimitForYear(h: Household, year: number): AssetLimitFigure | null {
	let found: AssetLimit | null = null;
	for (const entry of NORMS.assetLimits) if (entry.year <= year) found = entry;
	if (!found) return null;
	const amount = householdType(h) === 'single' ? found.single : found.singleParentOrCouple;
	return { amount, year: found.year, source: found.sources[0] as Source, sources: found.sources, outdated: found.year < year };
}
