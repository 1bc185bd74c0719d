/** Public API of "help nearby" for the UI. Pure TypeScript; zod stays in ./schema (build/test only). */
export * from './constants';
export type { Place, LocalizedText, OpeningSlot, Schedule, Geo } from './schema';
export { PLACES, placeById } from './data';
export { distanceMetres, type LatLon } from './distance';
export { displayDistance, uncertaintyKm, roundingStepKm, type DistanceDisplay, type PersonPrecision } from './precision';
export { parsePostcode, type PostcodeResult } from './postcode';
export { openStatus, hoursToday, weekHours, weekdayName, amsterdamClock, type OpenStatus } from './hours';
export { originFromGps, originFromPc4, originFromWijk, centroidOf, isNearDordrecht, DORDRECHT_REACH_M, WIJKEN, POSTCODE_ATTRIBUTION, type Origin, type WijkInfo } from './origin';
export { listFor, sortByDistance, filterByCategory, filterByWijk, isListed, alternativesFor, personPrecision, type PlaceWithDistance } from './nearby';
export { routeQuery, routeHref } from './route';
export {
	currentOpenStatus,
	hoursAreCurrent,
	hoursCheckedOn,
	isWithinTwelveMonths,
	twelveMonthsBefore,
	dordrechtDate,
	hasWayToReach,
	reachableToday,
	type CurrentOpenStatus,
	type CheckedOn
} from './freshness';
export { reachTodayFor, wijkteamPlace, SOCIAL_MAP, type ReachToday, type ReachKind } from './reach';
export type { SocialMap } from './schema';
export { distanceText, slotsText, openText, originText, placePrecisionText, lastCheckedText, freeText, addressText, shortUrl } from './view';
export { appointmentText, phoneCostText, movingText, feedbackHref, unknownFactsText } from './view-honest';
export {
	LIST_SLUGS,
	isListSlug,
	categoryOfSlug,
	geoErrorKey,
	EMPTY_PLACES_SESSION,
	restorePlacesSession,
	type ListSlug,
	type GeoErrorKey,
	type PlacesSession
} from './session';
