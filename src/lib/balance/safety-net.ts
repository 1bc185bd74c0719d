/**
 * The help lines the result opens with when `safetyNet` is true (rule: needsSafetyNet in
 * score.ts). Text: balance.safetyNet.lines.<id>.text with a {{phone}} placeholder; the numbers
 * themselves live only in src/lib/data/help-lines.json, so they are corrected in one place.
 * The huisarts has no number: the text says "je huisarts".
 */
export interface SafetyNetLine {
	/** Message key part: balance.safetyNet.lines.<id>.text */
	id: 'suicide-prevention' | 'veilig-thuis' | 'huisarts' | 'hulplijn-dordt';
	/** Id in help-lines.json, or null when there is no number to call. */
	helpLineId: 'suicide-prevention' | 'veilig-thuis' | 'hulplijn-dordt' | null;
}

export const SAFETY_NET_LINES: readonly SafetyNetLine[] = [
	{ id: 'suicide-prevention', helpLineId: 'suicide-prevention' },
	{ id: 'veilig-thuis', helpLineId: 'veilig-thuis' },
	{ id: 'huisarts', helpLineId: null },
	{ id: 'hulplijn-dordt', helpLineId: 'hulplijn-dordt' }
];
