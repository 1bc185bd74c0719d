import { isMantelzorger, type Role } from './roles';

/**
 * A mantelzorger sees mantelzorg support first, in every job. Stable: the rest keeps its order.
 */
function firstWhen<T>(items: readonly T[], first: (item: T) => boolean): T[] {
	return [...items.filter(first), ...items.filter((i) => !first(i))];
}

/** Balance next steps that are about caring for someone. */
export const MANTELZORG_STEP_IDS: readonly string[] = ['mantelzorg-support', 'mantelzorgwaardering', 'respite', 'share-care'];

export function orderSteps<T extends { id: string }>(steps: readonly T[], role: Role): T[] {
	return isMantelzorger(role) ? firstWhen(steps, (s) => MANTELZORG_STEP_IDS.includes(s.id)) : [...steps];
}

/** Schemes for carers and the person they care for, in the order a mantelzorger sees them first. */
export const MANTELZORG_SCHEME_IDS: readonly string[] = ['respijtzorg', 'mantelzorgondersteuning', 'mantelzorgwaardering', 'casemanager-dementie', 'wmo-ondersteuning'];

/** Within one verdict group of the regelingen results: the carer schemes first, in that order. */
export function orderHints<T extends { id: string }>(hints: readonly T[], role: Role): T[] {
	if (!isMantelzorger(role)) return [...hints];
	const rank = (h: T) => MANTELZORG_SCHEME_IDS.indexOf(h.id);
	const carers = hints.filter((h) => rank(h) >= 0).sort((a, b) => rank(a) - rank(b));
	return [...carers, ...hints.filter((h) => rank(h) < 0)];
}

/** The needs on the help-nearby start page: mantelzorg first. */
export function orderNeeds<T extends string>(slugs: readonly T[], role: Role): T[] {
	return isMantelzorger(role) ? firstWhen(slugs, (s) => s === 'mantelzorg') : [...slugs];
}
