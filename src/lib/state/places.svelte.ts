import { EMPTY_PLACES_SESSION, restorePlacesSession, type PlacesSession } from '$lib/places';
import { SessionValue } from './session-value.svelte';

/**
 * Where the person searches from, for this visit only (sessionStorage, never sent anywhere),
 * so the list, a place page and a language switch all keep it. Assign a new object to save.
 */
export const placesSession = new SessionValue<PlacesSession>('places', EMPTY_PLACES_SESSION, restorePlacesSession);
