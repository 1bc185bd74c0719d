/** Links from the balance result to the other two jobs. */
import type { NextStep, PlaceCategory } from './types';

export interface StepLinks {
	/** /{lang}/regelingen/ when the step names schemes. */
	regelingen?: string;
	/** /{lang}/hulp-in-de-buurt/{category}/ when the step names a kind of place. */
	places?: { href: string; category: PlaceCategory };
}

export function stepLinks(step: NextStep, lang: string): StepLinks {
	const links: StepLinks = {};
	if (step.regelingen.length > 0) links.regelingen = `/${lang}/regelingen/`;
	if (step.placeCategory) links.places = { href: `/${lang}/hulp-in-de-buurt/${step.placeCategory}/`, category: step.placeCategory };
	return links;
}
