/** The regelingen pages, in every language. */
export const regelingenPath = {
	start: (lang: string) => `/${lang}/regelingen/`,
	question: (lang: string, field: string) => `/${lang}/regelingen/vraag/${field}/`,
	check: (lang: string) => `/${lang}/regelingen/controleer/`,
	result: (lang: string) => `/${lang}/regelingen/uitslag/`,
	scheme: (lang: string, id: string) => `/${lang}/regelingen/uitslag/${id}/`,
	places: (lang: string, category: string) => `/${lang}/hulp-in-de-buurt/${category}/`
};
