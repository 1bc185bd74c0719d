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

/**
 * The gross yearly income whose net equals the asked net monthly income × 12 plus holiday pay.
 * Net rises with gross (no marginal rate reaches 100%), so halving the interval finds it; 26
 * steps over 0–400,000 give under a cent.
 */
export function toetsingsinkomenFromNet(t: IncomeTaxYear, netMonthly: number, p: TaxPerson): number {
	const target = netMonthly * 12 * (1 + t.holidayPayPercent / 100);
	let low = 0;
	let high = 400000;
	for (let i = 0; i < 26; i++) {
		const mid = (low + high) / 2;
		if (netFromGross(t, mid, p) < target) low = mid;
		else high = mid;
	}
	return Math.round(high);
}
