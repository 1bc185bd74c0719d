// The two font libraries ship no types; these are the calls we make.
declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
		/** Pins variable axes to one value, e.g. { wght: 700 }: a static instance. */
		variationAxes?: Record<string, number>;
	}
	export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
	export function convert(font: Buffer, to: 'woff2' | 'woff' | 'truetype' | 'sfnt'): Promise<Buffer>;
}
