/**
 * Fixed lists for "help nearby". Plain constants (no zod) so the code the UI runs stays light;
 * the zod schema in ./schema.ts builds its enums from these same lists.
 */

/** The needs a person can filter on, plus the sociaal wijkteam walk-in (one desk for every need). */
export const CATEGORIES = [
	'money',
	'mantelzorg',
	'meeting',
	'language-digital',
	'family-youth',
	'food-clothing',
	'legal',
	'safety',
	'wijkteam'
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Dordrecht's three areas; the sociaal wijkteam works with the same three. */
export const AREAS = ['West', 'Centrum', 'Oost'] as const;
export type Area = (typeof AREAS)[number];

/** The eleven wijken. Names stay Dutch in every language: they are names on signs and letters. */
export const WIJK_NAMES = [
	'Oud Krispijn',
	'Nieuw Krispijn',
	'Crabbehof',
	'Wielwijk',
	'Binnenstad',
	'Noordflank',
	'Reeland',
	'Staart',
	'Sterrenburg',
	'Dubbeldam',
	'Stadspolders'
] as const;
export type WijkName = (typeof WIJK_NAMES)[number];

/** Dordrecht's four-digit postcode areas (GeoNames has a centroid for each). */
export const DORDRECHT_PC4 = ['3311', '3312', '3313', '3314', '3315', '3316', '3317', '3318', '3319', '3328', '3329'] as const;
export type DordrechtPc4 = (typeof DORDRECHT_PC4)[number];

/** Days in the order of a Dutch week (Monday first), as used in the opening hours. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** What calling a place costs, as its source says. */
export const PHONE_COSTS = ['free', 'local', 'paid'] as const;
export type PhoneCost = (typeof PHONE_COSTS)[number];

export const PLACE_STATUSES = ['active', 'unknown', 'moved', 'closed'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

/** address: the building itself (OSM); pc4: centroid of its verified postcode area; pc4-inferred: centroid of a postcode area inferred from the street's neighbourhood. */
export const PLACE_PRECISIONS = ['address', 'pc4', 'pc4-inferred', 'none'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const PLACE_LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti'] as const;
