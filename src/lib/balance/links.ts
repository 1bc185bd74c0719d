/**
 * Links from the balance result to the other two jobs. Those pages are built on other
 * branches; the lead sets a flag to false while its pages are missing, so no link leads nowhere.
 */
import type { NextStep, PlaceCategory } from './types';

export const JOBS_READY = { regelingen: true, places: true } as const;

export interface StepLinks {
	/** /{lang}/regelingen/ when the step names schemes. */
	regelingen?: string;
	/** /{lang}/hulp-in-de-buurt/{category}/ when the step names a kind of place. */
	places?: { href: string; category: PlaceCategory };
}

export function stepLinks(step: NextStep, lang: string, ready: { regelingen: boolean; places: boolean } = JOBS_READY): StepLinks {
	const links: StepLinks = {};
	if (ready.regelingen && step.regelingen.length > 0) links.regelingen = `/${lang}/regelingen/`;
	if (ready.places && step.placeCategory) {
		links.places = { href: `/${lang}/hulp-in-de-buurt/${step.placeCategory}/`, category: step.placeCategory };
	}
	return links;
}
