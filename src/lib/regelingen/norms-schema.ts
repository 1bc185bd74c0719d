import { z } from 'zod';
import { isoDateSchema, sourceSchema } from '../data/source';

/** A monthly net amount in euro, as quoted by a source (cents allowed). */
const euro = z.number().nonnegative().max(100000);

/** One 100% bijstandsnorm: incl. vakantietoeslag is always quoted; excl. only where a source quotes it. */
const normPairSchema = z.object({ incl: euro, excl: euro.nullable() });

/**
 * The norms per age band (Participatiewet art. 20-22). Older periods only hold what the first
 * facts gave; a household type without a norm in its period stays unknown, never guessed.
 */
export const normBandsSchema = z.object({
	'21-aow': z.object({ single: normPairSchema, singleParent: normPairSchema, couple: normPairSchema }),
	aow: z.object({ single: normPairSchema, singleParent: normPairSchema.optional(), couple: normPairSchema }),
	'18-20': z.object({
		single: normPairSchema,
		singleParent: normPairSchema.optional(),
		/** Both partners 18, 19 or 20 (art. 20 lid 1 b / lid 2 b). */
		couple: normPairSchema.optional(),
		coupleWithChildren: normPairSchema.optional()
	}),
	/** One partner 18-20, the other 21 or older (art. 20 lid 1 c / lid 2 c). */
	'mixed18-20': z.object({ couple: normPairSchema, coupleWithChildren: normPairSchema }).optional()
});

export const normPeriodSchema = z.object({
	/** The date these norms start to hold (1 January or 1 July). */
	peildatum: isoDateSchema,
	/** The vakantietoeslag inside the norm as the law states it (art. 19 lid 3); else holidayPay.exclFactor. */
	holidayPayPercent: z.number().min(0).max(10).optional(),
	norms: normBandsSchema,
	/** Art. 22a lid 3: a partner of 18-20 next to kostendelers adds this amount to the other partner's norm. */
	kostendelers: z.object({ youngPartnerWithChildren: euro, youngPartnerWithoutChildren: euro }).optional(),
	sources: z.array(sourceSchema).min(1)
});

export const assetLimitSchema = z.object({
	year: z.number().int().min(2000).max(2100),
	single: euro,
	singleParentOrCouple: euro,
	/** Equity in the own home that is not counted (art. 34 lid 2 d), when the source gives it. */
	ownHomeEquity: euro.optional(),
	sources: z.array(sourceSchema).min(1)
});

const year = z.number().int().min(2000).max(2100);
const sources = z.array(sourceSchema).min(1);
const amount = z.number().nonnegative().max(1000000);
const percent = z.number().min(0).max(100);

/** Yearly parameters of the estimates (estimates.ts, income-tax.ts): one entry per year, oldest first. */
const toeslagParameters = {
	incomeTax: z.array(z.object({
		year, bracket1Limit: amount, bracket2Limit: amount, rate1: percent, rate1Aow: percent, rate2: percent, rate3: percent,
		algemeneHeffingskorting: z.object({ max: amount, phaseOutFrom: amount, phaseOutPercent: percent, maxAow: amount, phaseOutPercentAow: percent }),
		arbeidskorting: z.object({ knik1: amount, knik2: amount, knik3: amount, percent1: percent, percent2: percent, percent3: percent, phaseOutPercent: percent }),
		ouderenkorting: z.object({ max: amount, phaseOutFrom: amount, phaseOutPercent: percent, singleExtra: amount }),
		holidayPayPercent: percent,
		sources
	})).min(1),
	zorgtoeslag: z.array(z.object({ year, standaardpremie: amount, drempelinkomen: amount, percentSingle: percent, percentPartner: percent, percentAbove: percent, sources })).min(1),
	huurtoeslag: z.array(z.object({
		year, basishuurSingle: amount, basishuurMulti: amount, kwaliteitskortingsgrens: amount, aftoppingsgrensSmall: amount, aftoppingsgrensLarge: amount,
		maxHuurgrens: amount, maxHuurgrensYoung: amount, youngBelowAge: z.number().int(), percentToAftopping: percent, percentAboveAftopping: percent,
		incomePointSingle: amount, incomePointMulti: amount, taperPercentSingle: percent, taperPercentMulti: percent, sources
	})).min(1),
	kindgebondenBudget: z.array(z.object({
		year, perChild: amount, extra12to15: amount, extra16to17: amount, singleParentExtra: amount, drempelinkomen: amount, partnerThresholdExtra: amount,
		/** Afbouw percentages the law already sets for later years (art. 3 lid 5). */
		taperPercentByYear: z.record(z.string().regex(/^\d{4}$/), percent),
		sources
	})).min(1)
};

export const normsSchema = z
	.object({
		aowAge: z.object({
			years: z.number().int().min(60).max(75),
			months: z.number().int().min(0).max(11).default(0),
			/** Later steps already in the law (AOW art. 7a), oldest first. */
			later: z.array(z.object({ from: isoDateSchema, years: z.number().int().min(60).max(75), months: z.number().int().min(0).max(11) })).default([]),
			/** Filled when the age is NOT sourced: says so plainly, so the data report shows the gap. */
			gap: z.string().min(1).optional(),
			sources: z.array(sourceSchema)
		}),
		holidayPay: z.object({ exclFactor: z.number().gt(0.8).lt(1), note: z.string().min(1), sources: z.array(sourceSchema).min(1) }),
		nearLimitPercent: z.number().min(0).max(10),
		normValidityMonths: z.number().int().min(1).max(24),
		sociaalMinimumDefinition: z.object({ note: z.string().min(1), sources: z.array(sourceSchema).min(1) }),
		bijstandsnormen: z.array(normPeriodSchema).min(1),
		assetLimits: z.array(assetLimitSchema).min(1),
		kostendelersnorm: z.object({ minAge: z.number().int(), basePercent: z.number(), perPersonPercent: z.number(), note: z.string(), sources: z.array(sourceSchema).min(1) }),
		...toeslagParameters
	})
	.refine((n) => n.aowAge.sources.length > 0 || n.aowAge.gap !== undefined, {
		message: 'aowAge needs a source, or a "gap" note saying it is not sourced',
		path: ['aowAge']
	})
	.refine((n) => isStrictlyIncreasing(n.bijstandsnormen.map((p) => p.peildatum)), {
		message: 'bijstandsnormen must be sorted by peildatum, oldest first, without duplicates',
		path: ['bijstandsnormen']
	})
	.refine((n) => isStrictlyIncreasing(n.assetLimits.map((a) => String(a.year).padStart(4, '0'))), {
		message: 'assetLimits must be sorted by year, oldest first, without duplicates',
		path: ['assetLimits']
	});

function isStrictlyIncreasing(values: string[]): boolean {
	return values.every((v, i) => i === 0 || v > (values[i - 1] as string));
}

export type Norms = z.infer<typeof normsSchema>;
export type NormPeriod = z.infer<typeof normPeriodSchema>;
export type NormPair = z.infer<typeof normPairSchema>;
export type AssetLimit = z.infer<typeof assetLimitSchema>;
export type IncomeTaxYear = Norms['incomeTax'][number];
export type ZorgtoeslagYear = Norms['zorgtoeslag'][number];
export type HuurtoeslagYear = Norms['huurtoeslag'][number];
export type KindgebondenBudgetYear = Norms['kindgebondenBudget'][number];
