import type { ZodType } from 'zod';
import { helpLinesSchema } from './help-lines-schema';
import helpLines from './help-lines.json';
import { placesSchema, postcodesSchema, socialMapSchema, wijkenSchema } from '../places/schema';
import places from './places.json';
import postcodes from './postcodes.json';
import wijken from './wijken.json';
import socialMap from './social-map.json';
import { normsSchema } from '../regelingen/norms-schema';
import { schemesSchema } from '../regelingen/schemes-schema';
import { helpersSchema } from '../regelingen/helpers-schema';
import norms from './norms.json';
import schemes from './schemes.json';
import helpers from './helpers.json';

/**
 * Every data file the app ships, with the zod schema it must match. The build (vite.config.ts),
 * the unit tests and `npm run data:report` all read this one list, so a new data file is
 * checked everywhere once it is added here.
 */
export const DATA_FILES: ReadonlyArray<{ name: string; file: string; schema: ZodType; data: unknown }> = [
	{ name: 'help lines', file: 'src/lib/data/help-lines.json', schema: helpLinesSchema, data: helpLines },
	{ name: 'places', file: 'src/lib/data/places.json', schema: placesSchema, data: places },
	{ name: 'postcode centroids', file: 'src/lib/data/postcodes.json', schema: postcodesSchema, data: postcodes },
	{ name: 'wijken', file: 'src/lib/data/wijken.json', schema: wijkenSchema, data: wijken },
	{ name: 'social map keepers (feedback address)', file: 'src/lib/data/social-map.json', schema: socialMapSchema, data: socialMap },
	{ name: 'bijstandsnormen and asset limits', file: 'src/lib/data/norms.json', schema: normsSchema, data: norms },
	{ name: 'regelingen (schemes)', file: 'src/lib/data/schemes.json', schema: schemesSchema, data: schemes },
	{ name: 'organisations that help to apply', file: 'src/lib/data/helpers.json', schema: helpersSchema, data: helpers }
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
