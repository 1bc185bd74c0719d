import type { IncomeTaxYear } from './norms-schema';

/**
 * Estimates the yearly toetsingsinkomen (taxable box 1 income, holiday pay included) from the net
 * monthly income the app asks, with the income tax and heffingskortingen of the year (norms.json).
 * The toeslagen laws test against that gross figure; the app only knows net income.
 *
 * Assumptions (written down in the regelingen README, with their limits):
 * - all income is earned by one person (the one asked about); a second earner in the couple has
 *   credits of their own, so the real gross is lower and the real toeslag a little higher;
 * - below AOW age the income is from work (arbeidskorting); from AOW age it is AOW or pension
 *   (ouderenkorting, and the alleenstaande-ouderenkorting for someone without a partner);
 * - no pension premiums, deductions or box 3; holiday pay (8%) on top of the monthly net.
 */
export interface TaxPerson {
	atAow: boolean;
	/** Lives without a partner (alleenstaande-ouderenkorting at AOW age). */
	single: boolean;
}

const pos = (x: number): number => (x > 0 ? x : 0);

/** Box 1 tax and premiums before credits. */
function box1(t: IncomeTaxYear, gross: number, atAow: boolean): number {
	const s1 = Math.min(gross, t.bracket1Limit);
	const s2 = Math.min(pos(gross - t.bracket1Limit), t.bracket2Limit - t.bracket1Limit);
	const s3 = pos(gross - t.bracket2Limit);
	return (s1 * (atAow ? t.rate1Aow : t.rate1) + s2 * t.rate2 + s3 * t.rate3) / 100;
}

function credits(t: IncomeTaxYear, gross: number, p: TaxPerson): number {
	const a = t.algemeneHeffingskorting;
	const ahk = pos((p.atAow ? a.maxAow : a.max) - (pos(Math.min(gross, t.bracket2Limit) - a.phaseOutFrom) * (p.atAow ? a.phaseOutPercentAow : a.phaseOutPercent)) / 100);
	if (p.atAow) {
		const o = t.ouderenkorting;
		return ahk + pos(o.max - (pos(gross - o.phaseOutFrom) * o.phaseOutPercent) / 100) + (p.single ? o.singleExtra : 0);
	}
	const k = t.arbeidskorting;
	const at1 = (k.knik1 * k.percent1) / 100;
	const at2 = at1 + ((k.knik2 - k.knik1) * k.percent2) / 100;
	const at3 = at2 + ((k.knik3 - k.knik2) * k.percent3) / 100;
	let arbeid: number;
	if (gross <= k.knik1) arbeid = (gross * k.percent1) / 100;
	else if (gross <= k.knik2) arbeid = at1 + ((gross - k.knik1) * k.percent2) / 100;
	else if (gross <= k.knik3) arbeid = at2 + ((gross - k.knik2) * k.percent3) / 100;
	else arbeid = pos(at3 - ((gross - k.knik3) * k.phaseOutPercent) / 100);
	return ahk + arbeid;
}

/** Net yearly income for a gross yearly income (credits never make the tax negative). */
export function netFromGross(t: IncomeTaxYear, gross: number, p: TaxPerson): number {
	return gross - pos(box1(t, gross, p.atAow) - credits(t, gross, p));
}

/** The incomes where the tax or a credit changes slope: between two of them, net income is a straight line. */
function kinks(t: IncomeTaxYear, p: TaxPerson): number[] {
	const zeroAt = (from: number, max: number, percent: number): number => (percent > 0 ? from + (max * 100) / percent : Infinity);
	const a = t.algemeneHeffingskorting;
	const out = [t.bracket1Limit, t.bracket2Limit, a.phaseOutFrom, zeroAt(a.phaseOutFrom, p.atAow ? a.maxAow : a.max, p.atAow ? a.phaseOutPercentAow : a.phaseOutPercent)];
	if (p.atAow) {
		const o = t.ouderenkorting;
		out.push(o.phaseOutFrom, zeroAt(o.phaseOutFrom, o.max, o.phaseOutPercent));
	} else {
		const k = t.arbeidskorting;
		const at3 = (k.knik1 * k.percent1 + (k.knik2 - k.knik1) * k.percent2 + (k.knik3 - k.knik2) * k.percent3) / 100;
		out.push(k.knik1, k.knik2, k.knik3, zeroAt(k.knik3, at3, k.phaseOutPercent));
	}
	return out;
}

/** Gross and net at every kink, from 0 up, including where the credits stop covering the tax (below it net = gross). */
interface NetTable {
	gross: number[];
	net: number[];
}

function netTable(t: IncomeTaxYear, p: TaxPerson): NetTable {
	const inner = kinks(t, p).filter((x) => x > 0 && Number.isFinite(x)).sort((x, y) => x - y);
	// 0, the kinks, and a point past the last one, so that the line past it has two ends to draw it by.
	const points = [0, ...inner, 2 * (inner[inner.length - 1] ?? 1)];
	const owed = (g: number): number => box1(t, g, p.atAow) - credits(t, g, p);
	const gross: number[] = [];
	for (let i = 0; i < points.length; i++) {
		const x = points[i] as number;
		const prev = points[i - 1];
		// Between two kinks tax minus credits is a straight line: where it crosses 0 is one more kink.
		if (prev !== undefined && owed(prev) * owed(x) < 0) gross.push(prev + ((x - prev) * owed(prev)) / (owed(prev) - owed(x)));
		gross.push(x);
	}
	return { gross, net: gross.map((g) => netFromGross(t, g, p)) };
}

/** One table per tax year and kind of person, made on first use (the figures are data: they never change). */
const TABLES = new WeakMap<IncomeTaxYear, Map<string, NetTable>>();

function tableFor(t: IncomeTaxYear, p: TaxPerson): NetTable {
	let byPerson = TABLES.get(t);
	if (!byPerson) TABLES.set(t, (byPerson = new Map()));
	const key = `${p.atAow}/${p.single}`;
	let table = byPerson.get(key);
	if (!table) byPerson.set(key, (table = netTable(t, p)));
	return table;
}

/**
 * The gross yearly income whose net equals the asked net monthly income × 12 plus holiday pay.
 * Net income is a straight line between the kinks of the tax and the credits and rises with
 * gross (no marginal rate reaches 100%), so it is read off a table of those kinks exactly, not
 * searched for: the kink below the target, then along the line (past the table's end the last line goes on).
 */
export function toetsingsinkomenFromNet(t: IncomeTaxYear, netMonthly: number, p: TaxPerson): number {
	const target = netMonthly * 12 * (1 + t.holidayPayPercent / 100);
	const { gross, net } = tableFor(t, p);
	let i = 1;
	while (i < gross.length - 1 && (net[i] as number) < target) i++;
	const g0 = gross[i - 1] as number;
	const n0 = net[i - 1] as number;
	const slope = ((net[i] as number) - n0) / ((gross[i] as number) - g0);
	return Math.round(g0 + (target - n0) / slope);
}
