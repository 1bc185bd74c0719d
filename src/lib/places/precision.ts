import type { PlacePrecision } from './constants';

/** How exactly we know where the person is. */
export type PersonPrecision = { kind: 'gps'; accuracyM: number } | { kind: 'pc4' } | { kind: 'wijk' };

/**
 * A distance as the UI may show it. km is already rounded to roundedTo (0.1, 0.5, 1, or 5 for a very rough GPS fix),
 * so the number never looks more precise than the two locations behind it.
 * - approx: "ongeveer {km} km"
 * - lessThan: closer than one rounding step, when both ends are exact ("minder dan 0,5 km")
 * - within: closer than one step when an end is a postcode middle ("binnen ongeveer 1 km")
 * - unknown: the place has no location ("afstand onbekend")
 */
export type DistanceDisplay =
	| { kind: 'approx'; km: number; roundedTo: number }
	| { kind: 'lessThan'; km: number; roundedTo: number }
	| { kind: 'within'; km: number; roundedTo: number }
	| { kind: 'unknown' };

/*
 * Uncertainty of each end in km. Neighbouring postcode centroids in Dordrecht lie 1–2 km
 * apart, so a postcode middle can be about 1 km from the real spot; an inferred postcode
 * area may be the wrong one, and a wijk's representative postcode area may lie beside the
 * wijk, hence 1.5 km. A building's own coordinates are exact to its size.
 */
const PLACE_UNCERTAINTY_KM: Record<Exclude<PlacePrecision, 'none'>, number> = {
	address: 0.05,
	pc4: 1,
	'pc4-inferred': 1.5
};

function personUncertaintyKm(person: PersonPrecision): number {
	if (person.kind === 'gps') return Math.max(person.accuracyM, 20) / 1000;
	return person.kind === 'pc4' ? 1 : 1.5;
}

/** Combined uncertainty in km (worst case: the errors add up), or null when unknowable. */
export function uncertaintyKm(person: PersonPrecision, place: PlacePrecision): number | null {
	if (place === 'none') return null;
	return personUncertaintyKm(person) + PLACE_UNCERTAINTY_KM[place];
}

/** The rounding step for an uncertainty: any postcode middle at either end gives whole km or coarser. */
export function roundingStepKm(uncertainty: number): number {
	if (uncertainty < 0.3) return 0.1;
	if (uncertainty < 1) return 0.5;
	// Two postcode middles (up to 3 km together) still round to whole km: Dordrecht is only
	// ~6 km across, so coarser steps would make every place look equally far.
	if (uncertainty < 5) return 1;
	return 5;
}

export function displayDistance(
	metres: number | null,
	person: PersonPrecision,
	place: PlacePrecision
): DistanceDisplay {
	const uncertainty = uncertaintyKm(person, place);
	if (metres === null || uncertainty === null || !Number.isFinite(metres)) return { kind: 'unknown' };
	const step = roundingStepKm(uncertainty);
	// toFixed(1) removes float noise such as 1.5000000000000002 from multiplying by 0.1.
	const km = Number((Math.round(metres / 1000 / step) * step).toFixed(1));
	if (km === 0) return { kind: step >= 1 ? 'within' : 'lessThan', km: step, roundedTo: step };
	return { kind: 'approx', km, roundedTo: step };
}
