import { westernDigits } from '../i18n/digits';
import { DORDRECHT_PC4, type DordrechtPc4 } from './constants';

export type PostcodeResult = { ok: true; pc4: DordrechtPc4 } | { ok: false; reason: 'invalid' | 'outsideDordrecht' };

/**
 * Reads what a person types as a postcode: "3317", "3317 KX", "3317kx", " 3317 kx ".
 * Only the four digits are used (the letters would make the location more exact than we
 * need, and we never store it). A well-formed Dutch postcode outside Dordrecht gets its own
 * reason, so the screen can say "not in Dordrecht" instead of "not a postcode".
 * Arabic-Indic (٣٣١٧) and Persian (۳۳۱۷) digits are read as Western digits, as people with
 * an Arabic keyboard type them.
 */
export function parsePostcode(input: string): PostcodeResult {
	const match = /^([1-9]\d{3})\s*([a-z]{2})?$/i.exec(westernDigits(input).trim());
	if (!match) return { ok: false, reason: 'invalid' };
	const pc4 = match[1] as string;
	return (DORDRECHT_PC4 as readonly string[]).includes(pc4)
		? { ok: true, pc4: pc4 as DordrechtPc4 }
		: { ok: false, reason: 'outsideDordrecht' };
}
