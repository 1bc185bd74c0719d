import { z } from 'zod';
import { sourceSchema } from './source';

/** A phone number as dialled in the Netherlands: digits, with spaces or hyphens for reading. */
export const phoneSchema = z.string().regex(/^(\d[\d -]{1,13}\d|\d{3})$/, 'phone number: digits with spaces or hyphens');

export const helpLineSchema = z.object({
	id: z.enum(['emergency', 'suicide-prevention', 'veilig-thuis', 'kindertelefoon', 'hulplijn-dordt']),
	phone: phoneSchema,
	alternativePhone: phoneSchema.optional(),
	website: z.url().optional(),
	/** null: not known whether calling costs money. */
	free: z.boolean().nullable(),
	hours: z.enum(['24/7', 'unknown']),
	sources: z.array(sourceSchema).min(1)
});

export const helpLinesSchema = z.array(helpLineSchema).min(1);

export type HelpLine = z.infer<typeof helpLineSchema>;
