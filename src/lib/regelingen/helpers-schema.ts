import { z } from 'zod';
import { sourceSchema } from '../data/source';
import { phoneSchema } from '../data/help-lines-schema';

export const HELPER_IDS = [
	'sdd', 'wijkteam', 'hulplijn-dordt', 'geldfit', 'juridisch-loket', 'belastingen', 'svb', 'belastingdienst',
	'mee-mantelzorg', 'leergeld', 'voedselbank', 'dordtpas',
	'svhw',
	'jarige-job', 'kinderhulp', 'kledingbank'
] as const;

export type HelperId = (typeof HELPER_IDS)[number];

/** An organisation that decides on a scheme or helps to apply. Unknown phone numbers stay null. */
export const helperSchema = z.object({
	id: z.enum(HELPER_IDS),
	/** Dutch name, kept in every language. */
	name: z.string().min(1),
	phone: phoneSchema.nullable(),
	/** e.g. "€0.25 per minute" as found; null when not known. */
	phoneCost: z.enum(['free', 'paid', 'unknown']),
	website: z.url().nullable(),
	email: z.email().optional(),
	address: z.string().optional(),
	hours: z.string().optional(),
	note: z.string().optional(),
	sources: z.array(sourceSchema).min(1)
});

export const helpersSchema = z
	.array(helperSchema)
	.refine((list) => new Set(list.map((h) => h.id)).size === list.length, { message: 'helper ids must be unique' })
	.refine((list) => HELPER_IDS.every((id) => list.some((h) => h.id === id)), { message: 'every helper id needs an entry' });

export type Helper = z.infer<typeof helperSchema>;
