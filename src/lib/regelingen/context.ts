import type { Source } from '../data/source';
import type { Estimate, EstimateId } from './estimates';
import type { Household } from './household';
import type { AssetLimitFigure, NormFigure } from './norms';

/** Everything a condition needs, worked out once per household and date. */
export interface ScreenContext {
	h: Household;
	/** The screening date as "YYYY-MM-DD". */
	day: string;
	/** Its calendar year. */
	year: number;
	/** AOW age in years on that day (67.25 = 67 years and 3 months). */
	aowAge: number;
	/** The sociaal minimum: the 100% norm without kostendelersnorm (minimaregelingen). */
	norm: NormFigure | null;
	/** The bijstand norm with the kostendelersnorm of Pw art. 22a (bijstand, AIO, kwijtschelding). */
	bijstandNorm: NormFigure | null;
	assetLimit: AssetLimitFigure | null;
	/** Percentage around an outdated limit inside which the verdict becomes "maybe". */
	nearBand: number;
	/** Worked out on first use: the estimated toetsingsinkomen and the toeslag estimates. */
	memo: {
		ti?: { value: number; sources: Source[] } | null;
		estimates: Partial<Record<EstimateId, (Estimate & { incomeKnown: boolean }) | null>>;
	};
}
