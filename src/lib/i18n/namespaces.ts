/**
 * The message namespaces: each job's top-level group in messages/<lang>.json is its own chunk per
 * language; every other top-level key belongs to 'shell'. One list for the build plugin
 * (vite.config.ts) and the translator, so a new job is added in one place.
 */
export const JOB_NAMESPACES = ['balance', 'regelingen', 'places', 'summary'] as const;
export const NAMESPACES = ['shell', ...JOB_NAMESPACES] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** What each section of the app (the first path part after the language) shows. */
const BY_SECTION: Readonly<Record<string, readonly Namespace[]>> = {
	balans: ['shell', 'balance', 'places'],
	regelingen: ['shell', 'regelingen', 'places'],
	'hulp-in-de-buurt': ['shell', 'places'],
	overzicht: NAMESPACES
};

/**
 * Which message namespaces a route needs, from its route id ('/[lang=lang]/balans/uitslag').
 * A page downloads only these chunks (the service worker still precaches all of them).
 */
export function namespacesFor(routeId: string | null): readonly Namespace[] {
	const section = routeId?.split('/')[2] ?? '';
	return Object.hasOwn(BY_SECTION, section) ? (BY_SECTION[section] ?? ['shell']) : ['shell'];
}
