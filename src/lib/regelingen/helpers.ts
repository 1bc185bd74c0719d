import helpersData from '../data/helpers.json';
import type { Helper } from './helpers-schema';

/**
 * Who helps to apply (validated by helpersSchema at build and test time, see validate.ts). Its own
 * module, so a page that only names a helper (the check page, an amount's "vraag het aan …")
 * does not load the schemes and the screening rules with it.
 */
export const HELPERS = helpersData as Helper[];

export function helperById(id: Helper['id']): Helper | undefined {
	return HELPERS.find((h) => h.id === id);
}
