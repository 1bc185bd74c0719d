import type { Household } from './household';
import type { AssetLimitFigure, NormFigure } from './norms';

/** Everything a condition needs, worked out once per household and date. */
export interface ScreenContext {
	h: Household;
	/** The screening date as "YYYY-MM-DD". */
	day: string;
	aowAge: number;
	norm: NormFigure | null;
	assetLimit: AssetLimitFigure | null;
	/** Percentage around an outdated limit inside which the verdict becomes "maybe". */
	nearBand: number;
}
