/**
 * The "hulp in de buurt" list is built in parallel by another job. While its routes are not in
 * the build, a link to /{lang}/hulp-in-de-buurt/{category}/ would be a dead end (and fail the
 * prerender), so the results page only shows it when this is true.
 */
export const PLACES_READY = true;

export const regelingenPath = {
	start: (lang: string) => `/${lang}/regelingen/`,
	question: (lang: string, field: string) => `/${lang}/regelingen/vraag/${field}/`,
	check: (lang: string) => `/${lang}/regelingen/controleer/`,
	result: (lang: string) => `/${lang}/regelingen/uitslag/`,
	places: (lang: string, category: string) => `/${lang}/hulp-in-de-buurt/${category}/`
};
