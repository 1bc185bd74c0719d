/** "0800-2000" → "tel:08002000": what a phone dials. Kept apart from the zod schemas so pages stay light. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
