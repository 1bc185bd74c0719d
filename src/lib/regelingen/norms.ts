import normsData from '../data/norms.json';
import type { Source } from '../data/source';
import { AOW_AGE_YEARS, householdType, type Household } from './household';
import type { AssetLimit, NormPair, NormPeriod, Norms } from './norms-schema';

/** The data file, validated by normsSchema at build and test time (not here: keeps runtime light). */
export const NORMS = normsData as Norms;

export type AgeBand = '18-20' | '21-aow' | 'aow' | 'mixed18-20';

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
 * The age band of the household for the norms (Pw art. 20-22). A couple is in the AOW band when
 * one of the two has reached AOW age and the other is 21 or older (or of unknown age, as before).
 * 'mixed18-20': one partner 18-20, the other 21 or older. null: no norm (under 18, or a partner's
 * unknown age that could change the band).
 */
export function ageBand(h: Household, aow: number = AOW_AGE_YEARS): AgeBand | null {
	if (h.partner) {
		const p = h.partnerAge;
		if (h.age >= aow || (p !== null && p >= aow)) return p === null || (p >= 21 && h.age >= 21) ? 'aow' : null;
		if (p === null || h.age < 18 || p < 18) return null;
		if (h.age >= 21 && p >= 21) return '21-aow';
		return h.age >= 21 || p >= 21 ? 'mixed18-20' : '18-20';
	}
	if (h.age >= aow) return 'aow';
	if (h.age >= 21) return '21-aow';
	return h.age >= 18 ? '18-20' : null;
}

/**
 * The norm period that holds on a day ("YYYY-MM-DD"): the newest peildatum on or before it, and
 * whether the next half-yearly norm should already hold then. It depends only on the day, so the
 * last answer is kept: screening many households for one date looks it up once.
 */
function normPeriodOnDay(day: string): { period: NormPeriod | null; outdated: boolean } {
	if (day === periodDay) return periodOnDay;
	let found: NormPeriod | null = null;
	for (const period of NORMS.bijstandsnormen) if (period.peildatum <= day) found = period;
	periodDay = day;
	periodOnDay = { period: found, outdated: found !== null && day >= addMonths(found.peildatum, NORMS.normValidityMonths) };
	return periodOnDay;
}
let periodDay = '';
let periodOnDay: { period: NormPeriod | null; outdated: boolean } = { period: null, outdated: false };

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
	/** Housemates counted for the kostendelersnorm (0: the norm without it). */
	kostendelers: number;
}

function pairFor(period: NormPeriod, band: AgeBand, h: Household): NormPair | null {
	const n = period.norms;
	const type = householdType(h);
	const withChildren = h.children.some((age) => age < 18);
	switch (band) {
		case '21-aow':
			return n['21-aow'][type];
		case 'aow':
			return type === 'singleParent' ? (n.aow.singleParent ?? null) : n.aow[type];
		case '18-20':
			if (type === 'single') return n['18-20'].single;
			if (type === 'singleParent') return n['18-20'].singleParent ?? null;
			return (withChildren ? n['18-20'].coupleWithChildren : n['18-20'].couple) ?? null;
		case 'mixed18-20': {
			const mixed = n['mixed18-20'];
			return mixed ? (withChildren ? mixed.coupleWithChildren : mixed.couple) : null;
		}
	}
}

/** The 100% bijstandsnorm for this household on this date, or null when the facts have none. */
export function normFor(h: Household, on: Date): NormFigure | null {
	return normForDay(h, isoDay(on));
}

/** Norm excl. vakantietoeslag: quoted, or the law's own share (art. 19 lid 3), or the facts' factor. */
function exclOf(period: NormPeriod, incl: number): number {
	const pct = period.holidayPayPercent;
	return round2(incl * (pct !== undefined ? 1 - pct / 100 : NORMS.holidayPay.exclFactor));
}

/** normFor with the date already as "YYYY-MM-DD" (screen() works it out once per household). */
export function normForDay(h: Household, day: string, aow: number = AOW_AGE_YEARS): NormFigure | null {
	const { period, outdated } = normPeriodOnDay(day);
	const band = ageBand(h, aow);
	if (!period || !band) return null;
	const pair = pairFor(period, band, h);
	if (!pair) return null;
	const excl = pair.excl ?? exclOf(period, pair.incl);
	return {
		excl,
		incl: pair.incl,
		exclDerived: pair.excl === null,
		peildatum: period.peildatum,
		outdated,
		sources: pair.excl === null && period.holidayPayPercent === undefined ? joinedOnce(period.sources, NORMS.holidayPay.sources) : period.sources,
		kostendelers: 0
	};
}

/** Housemates of 27 or older (Pw art. 19a; a lodger on a commercial written contract or a student would not count, which the app cannot see). */
export function kostendelersCount(h: Household): number {
	let n = 0;
	for (const age of h.otherAdults) if (age >= NORMS.kostendelersnorm.minAge) n += 1;
	return n;
}

/**
 * The bijstand norm with the kostendelersnorm (Pw art. 22a): (40 + A × 30) / A % of the couple
 * norm B per person of 21 or older, A counting the kostendelers, the person and a partner of 21 or
 * older; for a couple the sum of both (lid 2), for a partner of 18-20 a fixed amount (lid 3).
 * Not for the minimaregelingen: those use normForDay (sociaal minimum).
 */
export function bijstandNormForDay(h: Household, day: string, aow: number = AOW_AGE_YEARS, base: NormFigure | null = normForDay(h, day, aow)): NormFigure | null {
	const count = kostendelersCount(h);
	if (!base || count === 0 || h.age < 21) return base;
	const period = normPeriodOnDay(day).period as NormPeriod;
	const k = NORMS.kostendelersnorm;
	const partnerAdult = h.partner && h.partnerAge !== null && h.partnerAge >= 21;
	const a = count + 1 + (partnerAdult ? 1 : 0);
	const atAow = h.age >= aow || (h.partner && h.partnerAge !== null && h.partnerAge >= aow);
	const b = atAow ? period.norms.aow.couple.incl : period.norms['21-aow'].couple.incl;
	const perPerson = (((k.basePercent + a * k.perPersonPercent) / a) * b) / 100;
	let incl: number;
	if (!h.partner) incl = perPerson;
	else if (partnerAdult) incl = 2 * perPerson;
	else {
		const young = period.kostendelers;
		if (!young) return null;
		incl = perPerson + (h.children.some((c) => c < 18) ? young.youngPartnerWithChildren : young.youngPartnerWithoutChildren);
	}
	incl = round2(incl);
	// Spelled out in normForDay's field order rather than spread: one object shape for every norm keeps the checks fast.
	return {
		excl: exclOf(period, incl),
		incl,
		exclDerived: true,
		peildatum: base.peildatum,
		outdated: base.outdated,
		sources: joinedOnce(base.sources, NORMS.kostendelersnorm.sources),
		kostendelers: count
	};
}

/**
 * Two source lists of the data joined, once per pair: a norm's sources with those of the
 * holiday-pay factor or of art. 22a. They are data, so the joined list never changes.
 */
const JOINED = new WeakMap<Source[], WeakMap<Source[], Source[]>>();
function joinedOnce(first: Source[], second: Source[]): Source[] {
	let withFirst = JOINED.get(first);
	if (!withFirst) {
		withFirst = new WeakMap();
		JOINED.set(first, withFirst);
	}
	let joined = withFirst.get(second);
	if (!joined) {
		joined = [...first, ...second];
		withFirst.set(second, joined);
	}
	return joined;
}

/** A limit as a percentage of the 100% norm, e.g. 140% → euro per month excl. vakantietoeslag. */
export function percentOfNorm(norm: NormFigure, percent: number): number {
	return round2((norm.excl * percent) / 100);
}

export interface AssetLimitFigure {
	amount: number;
	/** Equity in the own home that is not counted, when the law text gives it. */
	ownHomeEquity: number | null;
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
	return { amount, ownHomeEquity: found.ownHomeEquity ?? null, year: found.year, source: found.sources[0] as Source, sources: found.sources, outdated: found.year < year };
}
