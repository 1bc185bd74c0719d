const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/**
 * ٣٣١٧ / ۳۳۱۷ → 3317; other characters unchanged. Every number a person types (postcode, age,
 * amount) goes through this one function, so an Arabic or Persian keyboard works everywhere.
 */
export function westernDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
		const code = d.charCodeAt(0);
		return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
	});
}
