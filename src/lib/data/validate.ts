import type { ZodType } from 'zod';
import { helpLinesSchema } from './help-lines-schema';
import helpLines from './help-lines.json';

/**
 * Every data file the app ships, with the zod schema it must match. The build (vite.config.ts),
 * the unit tests and `npm run data:report` all read this one list, so a new data file is
 * checked everywhere once it is added here.
 */
export const DATA_FILES: ReadonlyArray<{ name: string; file: string; schema: ZodType; data: unknown }> = [
	{ name: 'help lines', file: 'src/lib/data/help-lines.json', schema: helpLinesSchema, data: helpLines }
];

/** Returns one readable line per problem; an empty list means all data is valid. */
export function validateAllData(): string[] {
	const problems: string[] = [];
	for (const entry of DATA_FILES) {
		const result = entry.schema.safeParse(entry.data);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push(`${entry.file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
			}
		}
	}
	return problems;
}
