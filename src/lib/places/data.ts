import placesJson from '../data/places.json';
import type { Place } from './schema';

/**
 * The shipped places. The JSON is checked against placesSchema at build and in the unit
 * tests, so the UI can trust the type without loading zod on the phone.
 */
export const PLACES = placesJson as unknown as readonly Place[];

export function placeById(id: string): Place | undefined {
	return PLACES.find((p) => p.id === id);
}
