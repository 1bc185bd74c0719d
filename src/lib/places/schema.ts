import { z } from 'zod';
import { isoDateSchema, sourceSchema } from '../data/source';
import { phoneSchema } from '../data/help-lines-schema';
import {
	AREAS,
	CATEGORIES,
	DAYS,
	DORDRECHT_PC4,
	PLACE_LANGS,
	PLACE_PRECISIONS,
	PHONE_COSTS,
	PLACE_STATUSES,
	WIJK_NAMES
} from './constants';

/*
 * Schemas for places.json, postcodes.json and wijken.json. Shaped after Open Referral HSDS
 * (organisation/service/location/schedule/phone) but flattened to one record per place,
 * because our data has one location and one service per row. Used at build and test time.
 */

/** A short text in all seven app languages; every language is required so no reader gets a blank. */
export const localizedTextSchema = z.object(
	Object.fromEntries(PLACE_LANGS.map((lang) => [lang, z.string().trim().min(1)])) as Record<
		(typeof PLACE_LANGS)[number],
		z.ZodString
	>
);

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM (00:00-23:59)');

export const openingSlotSchema = z
	.object({ day: z.enum(DAYS), from: timeSchema, to: timeSchema })
	.refine((slot) => slot.from < slot.to, 'a slot must close after it opens, on the same day');

export const scheduleSchema = z.object({
	/** Only hours the source states unambiguously; empty when unknown or vague. */
	regular: z.array(openingSlotSchema),
	/** The source's own words (Dutch), kept so a data keeper can check the conversion. */
	raw: z.string().min(1).nullable(),
	/** What the reader should know about these hours (age of the source, missing days). */
	note: localizedTextSchema.nullable(),
	/**
	 * When these hours were seen in a source. Optional: without it the hours count as checked on
	 * lastChecked. { date: null, year: null } says the hours' source is undated. "Nu open" is only
	 * shown for hours checked in the last 12 months.
	 */
	checked: z.object({ date: isoDateSchema.nullable(), year: z.number().int().min(1990).max(2100).nullable() }).optional()
});

const pc4Schema = z.enum(DORDRECHT_PC4);

export const geoSchema = z.discriminatedUnion('precision', [
	z.object({
		precision: z.enum(['address', 'pc4', 'pc4-inferred']),
		lat: z.number().min(51.7).max(51.9),
		lon: z.number().min(4.55).max(4.8),
		/** The postcode area whose centroid this is (pc4, pc4-inferred), or the building's postcode area. */
		pc4: pc4Schema.nullable()
	}),
	z.object({ precision: z.literal('none') })
]);

export const placeSchema = z.object({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id: lower-case words joined by hyphens'),
	/** The place's own (Dutch) name. */
	name: z.string().min(1),
	categories: z.array(z.enum(CATEGORIES)),
	description: localizedTextSchema,
	address: z.object({
		street: z.string().min(1).nullable(),
		housenumber: z.string().min(1).nullable(),
		postcode: z.string().regex(/^\d{4} [A-Z]{2}$/, 'postcode as "3311 BD"').nullable(),
		city: z.string().min(1).nullable()
	}),
	wijk: z.enum(WIJK_NAMES).nullable(),
	area: z.enum(AREAS).nullable(),
	geo: geoSchema,
	phone: phoneSchema.nullable(),
	website: z.url().nullable(),
	schedule: scheduleSchema,
	/** true: free; false: costs something; null: not known. */
	free: z.boolean().nullable(),
	status: z.enum(PLACE_STATUSES),
	sources: z.array(sourceSchema),
	/** When the facts were last seen in a source. raw: as written ("2019 (…)", "undated"). */
	lastChecked: z.object({
		raw: z.string().min(1).nullable(),
		date: isoDateSchema.nullable(),
		year: z.number().int().min(1990).max(2100).nullable()
	}),
	/** Notes for the people who keep the data (Dutch); never shown to residents. */
	keeperNotes: z.string().min(1).nullable(),
	/*
	 * Added for issue 14. All optional, so records written before them (or by other keepers)
	 * still validate; absent means "not known".
	 */
	/** true: make an appointment first; false: walk in without one; null or absent: not known. */
	appointmentNeeded: z.boolean().nullable().optional(),
	/** What calling the phone number costs: free (0800), local (normal rate, also some 0900), paid (per minute). */
	phoneCost: z.enum(PHONE_COSTS).nullable().optional(),
	/** An announced move (e.g. to the Dordthuis): where to and, when a source says so, from which day. */
	moving: z
		.object({ to: z.string().min(1), date: isoDateSchema.nullable(), sources: z.array(sourceSchema).min(1) })
		.optional(),
	/** The source for a status of closed or moved, so a keeper can see why a place is hidden. */
	statusSource: sourceSchema.optional()
});

export const placesSchema = z.array(placeSchema).min(1).superRefine((places, ctx) => {
	const seen = new Set<string>();
	places.forEach((place, index) => {
		if (seen.has(place.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${place.id}` });
		seen.add(place.id);
	});
});

export const postcodesSchema = z.object({
	attribution: z.string().min(1),
	sources: z.array(sourceSchema).min(1),
	centroids: z.array(z.object({ pc4: pc4Schema, lat: z.number(), lon: z.number() })).length(DORDRECHT_PC4.length)
});

export const wijkenSchema = z
	.array(
		z.object({
			name: z.enum(WIJK_NAMES),
			area: z.enum(AREAS),
			/** The postcode area whose centroid stands in for the wijk (no official table exists). */
			pc4: pc4Schema,
			/** Why this postcode area was chosen (Dutch, for data keepers). */
			note: z.string().min(1)
		})
	)
	.length(WIJK_NAMES.length);

/** social-map.json: who keeps the social map, and where "Klopt er iets niet?" mails go. */
export const socialMapSchema = z.object({
	/** The keepers' mail address, only from a source; null shows the wijkteam's contact instead. */
	feedbackEmail: z.email().nullable(),
	/** The place residents are sent to when the address is unknown (a places.json id). */
	fallbackPlaceId: z.string().min(1),
	/** The help line every list falls back to when a need has no place to reach today. */
	helpLinePlaceId: z.string().min(1),
	note: z.string().min(1),
	sources: z.array(sourceSchema)
});

export type Place = z.infer<typeof placeSchema>;
export type SocialMap = z.infer<typeof socialMapSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type OpeningSlot = z.infer<typeof openingSlotSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type Geo = z.infer<typeof geoSchema>;
export type PostcodesFile = z.infer<typeof postcodesSchema>;
export type WijkenFile = z.infer<typeof wijkenSchema>;
