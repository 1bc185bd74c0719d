// Types for the dev package `hyphen` (no @types installed); only what test/support/readability.ts uses.
declare module 'hyphen/*' {
	interface HyphenOptions {
		hyphenChar?: string;
		minWordLength?: number;
		exceptions?: string[];
	}
	const hyphen: {
		hyphenateSync(text: string, options?: HyphenOptions): string;
		hyphenate(text: string, options?: HyphenOptions): Promise<string>;
	};
	export default hyphen;
}
