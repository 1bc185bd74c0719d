import { z } from 'zod';
import { isoDateSchema, sourceSchema } from '../data/source';

/** A monthly net amount in euro, as quoted by a source (cents allowed). */
const euro = z.number().nonnegative().max(100000);

/** One 100% bijstandsnorm: incl. vakantietoeslag is always quoted; excl. only where a source quotes it. */
const normPairSchema = z.object({ incl: euro, excl: euro.nullable() });

export const normBandsSchema = z.object({
	'21-aow': z.object({ single: normPairSchema, singleParent: normPairSchema, couple: normPairSchema }),
	aow: z.object({ single: normPairSchema, couple: normPairSchema }),
	'18-20': z.object({ single: normPairSchema })
});

export const normPeriodSchema = z.object({
	/** The date these norms start to hold (1 January or 1 July). */
	peildatum: isoDateSchema,
	norms: normBandsSchema,
	sources: z.array(sourceSchema).min(1)
});

export const assetLimitSchema = z.object({
	year: z.number().int().min(2000).max(2100),
	single: euro,
	singleParentOrCouple: euro,
	sources: z.array(sourceSchema).min(1)
});

export const normsSchema = z
	.object({
		aowAge: z.object({
			years: z.number().int().min(60).max(75),
			/** Filled when the age is NOT sourced: says so plainly, so the data report shows the gap. */
			gap: z.string().min(1).optional(),
			sources: z.array(sourceSchema)
		}),
		holidayPay: z.object({ exclFactor: z.number().gt(0.8).lt(1), note: z.string().min(1), sources: z.array(sourceSchema).min(1) }),
		nearLimitPercent: z.number().min(0).max(10),
		normValidityMonths: z.number().int().min(1).max(24),
		sociaalMinimumDefinition: z.object({ note: z.string().min(1), sources: z.array(sourceSchema).min(1) }),
		bijstandsnormen: z.array(normPeriodSchema).min(1),
		assetLimits: z.array(assetLimitSchema).min(1)
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
