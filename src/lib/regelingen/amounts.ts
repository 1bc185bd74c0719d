import { isOutdated, newestFrom } from './checks';
import type { ScreenContext } from './context';
import { estimate } from './estimates';
import { round2 } from './norms';
import type { AmountSpec, Scheme } from './schemes-schema';
import type { HintAmount } from './types';

function valueOf(spec: Exclude<AmountSpec, { kind: 'estimate' }>, ctx: ScreenContext): number | null {
	const { h } = ctx;
	switch (spec.kind) {
		case 'fixed':
			return spec.value;
		case 'byPartner':
			return h.partner ? spec.partner : spec.single;
		case 'byAge':
			return bandValue(spec.bands, h.age);
		case 'perChild': {
			let sum = 0;
			for (const age of h.children) sum += bandValue(spec.bands, age) ?? 0;
			return sum > 0 ? round2(sum) : null;
		}
	}
}

/** The value of the age band an age falls in (a plain loop: this runs for every child of every household). */
function bandValue(bands: readonly { minAge: number; maxAge: number; value: number }[], age: number): number | null {
	for (const b of bands) if (age >= b.minAge && age <= b.maxAge) return b.value;
	return null;
}

/**
 * What the scheme is worth for this household, from the newest figure that holds on the date.
 * Bijstand and AIO top income up to the 100% norm: that is computed from norms.json (arithmetic,
 * marked `computed`), never stored as an amount. null: no amount known — never guessed.
 */
export function amountFor(scheme: Scheme, ctx: ScreenContext): HintAmount | null {
	const spec = scheme.amounts.length > 0 ? newestFrom(scheme.amounts, ctx.day) : null;
	if (spec?.kind === 'estimate') {
		const e = estimate(spec.estimate, ctx);
		if (!e || e.value <= 0) return null;
		// With the income unknown this is the most it can be (the amount at the lowest income): "up to".
		return { value: e.value, period: 'month', asOf: `${e.year}-01-01`, upTo: !e.incomeKnown, outdated: e.outdated || isOutdated(spec, ctx.day), countsInTotal: spec.countsInTotal, computed: true, estimated: true };
	}
	if (spec) {
		const value = valueOf(spec, ctx);
		if (value === null) return null;
		return {
			value,
			period: spec.period,
			asOf: spec.from,
			upTo: spec.upTo,
			outdated: isOutdated(spec, ctx.day),
			countsInTotal: spec.countsInTotal,
			computed: false
		};
	}
	const { bijstandNorm: norm, h } = ctx;
	if (scheme.topUpToNorm && norm && h.netMonthlyIncome !== null && h.netMonthlyIncome < norm.excl) {
		return {
			value: round2(norm.excl - h.netMonthlyIncome),
			period: 'month',
			asOf: norm.peildatum,
			upTo: true,
			outdated: norm.outdated,
			countsInTotal: true,
			computed: true
		};
	}
	return null;
}
