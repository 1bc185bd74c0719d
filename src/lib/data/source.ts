import { z } from 'zod';

/** A calendar date as written in the data files: "2025-07-01". */
export const isoDateSchema = z.iso.date();

/**
 * Every fact carries where it comes from and the date it holds for (or the date the page was
 * read, when the page itself is undated), so the app can show "bron … van 1 juli 2025".
 */
export const sourceSchema = z.object({
	url: z.url(),
	/** The date the source states for its figure; null when the page itself carries no date. */
	date: isoDateSchema.nullable(),
	note: z.string().min(1).optional()
});

export type Source = z.infer<typeof sourceSchema>;
