import { formatDate, formatList, formatMoney, formatNumber, ltr } from '../i18n/format';
import type { LangCode } from '../i18n/locales';
import type { Translate } from '../i18n/translator';
import type { Answers } from './answers';
import type { QuestionId } from './household';
import { helperById } from './helpers';
import type { Hint, Reason, Verdict } from './types';
import { PER_YEAR, reasonValueKind } from './types';

/** How the results page shows things: pure, so it is tested without a browser. */

/** A reason's values formatted for the language: money as money, ISO dates as dates. */
export function formatReasonValues(reason: Reason, lang: LangCode): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(reason.values ?? {})) {
		const kind = reasonValueKind(name);
		if (kind === 'money' && typeof value === 'number') out[name] = ltr(formatMoney(value, lang));
		else if (kind === 'date' && typeof value === 'string') out[name] = formatDate(value, lang);
		else if (kind === 'number' && typeof value === 'number') out[name] = formatNumber(value, lang);
		else out[name] = String(value);
	}
	return out;
}

/**
 * The verdict as a message key: a scheme for the person cared for says so ("… voor de persoon die
 * de zorg krijgt", the same in every role: `byRole` false); otherwise "for you", which follows
 * the role (`byRole` true: translate with tp, "for this person" in helper mode).
 */
export function verdictKey(hint: Pick<Hint, 'verdict' | 'aboutCaredFor'>): { key: string; byRole: boolean } {
	return hint.aboutCaredFor
		? { key: `regelingen.verdictCaredFor.${hint.verdict}`, byRole: false }
		: { key: `regelingen.verdict.${hint.verdict}`, byRole: true };
}

/** What a hint is worth per year when known, for sorting "most valuable first"; 0 when unknown. */
export function yearlyValue(hint: Hint): number {
	return hint.amount ? hint.amount.value * PER_YEAR[hint.amount.period] : 0;
}

/** The message for an amount: an estimate ("ongeveer … (schatting)"), an "up to" maximum or a plain amount. */
export function amountKey(amount: NonNullable<Hint['amount']>): string {
	if (amount.upTo) return 'regelingen.amount.upTo';
	return amount.estimated ? 'regelingen.amount.estimate' : 'regelingen.amount.value';
}

/** What the household already gets, apart from what is still to look at (in the order given). */
export function splitReceived(hints: readonly Hint[]): { received: Hint[]; open: Hint[] } {
	const received: Hint[] = [];
	const open: Hint[] = [];
	for (const hint of hints) (hint.alreadyReceived ? received : open).push(hint);
	return { received, open };
}

export const VERDICT_ORDER: readonly Verdict[] = ['likely', 'maybe', 'unknown', 'unlikely'];

/** Hints per verdict, each group most valuable first (ties keep the order of schemes.json). */
export function groupHints(hints: readonly Hint[]): Record<Verdict, Hint[]> {
	const groups: Record<Verdict, Hint[]> = { likely: [], maybe: [], unknown: [], unlikely: [] };
	for (const hint of hints) groups[hint.verdict].push(hint);
	for (const v of VERDICT_ORDER) groups[v] = groups[v].map((h, i) => ({ h, i })).sort((a, b) => yearlyValue(b.h) - yearlyValue(a.h) || a.i - b.i).map((x) => x.h);
	return groups;
}

/**
 * The answer as a message key and values for the check page (no formatting of its own beyond
 * money and numbers). `null` answers say which "don't know"/"not renting" it was.
 */
export function answerSummary(field: QuestionId, a: Answers, lang: LangCode): { key: string; values?: Record<string, string | number> }[] {
	const v = a[field];
	const yesNo = (b: boolean | null | undefined) => [{ key: b === null ? 'regelingen.answer.dontKnow' : b ? 'regelingen.answer.yes' : 'regelingen.answer.no' }];
	const money = (n: number) => ({ key: 'regelingen.summary.perMonth', values: { amount: ltr(formatMoney(n, lang)) } });
	switch (field) {
		case 'age':
		case 'partnerAge':
			return v === null ? [{ key: 'regelingen.answer.dontKnow' }] : [{ key: 'regelingen.summary.years', values: { count: v as number } }];
		case 'alreadyReceives': {
			const ids = (v as string[]) ?? [];
			return ids.length === 0 ? [{ key: 'regelingen.answer.none' }] : ids.map((id) => ({ key: `regelingen.scheme.${id}.name` }));
		}
		case 'children':
		case 'otherAdults': {
			const ages = (v as number[]) ?? [];
			return ages.length === 0 ? [{ key: 'regelingen.answer.none' }] : [{ key: 'regelingen.summary.childAges', values: { ages: formatList(ages.map((x) => formatNumber(x, lang)), lang) } }];
		}
		case 'netMonthlyIncome':
			return v === null ? [{ key: 'regelingen.answer.dontKnow' }] : [money(v as number)];
		case 'rentPerMonth':
			return v === null ? [{ key: 'regelingen.answer.notRenting' }] : [money(v as number)];
		case 'care': {
			const c = v as Answers['care'];
			if (!c) return [{ key: 'regelingen.answer.no' }];
			const lines: { key: string; values?: Record<string, string | number> }[] = [
				{ key: 'regelingen.summary.hoursPerWeek', values: { hours: formatNumber(c.hoursPerWeek, lang) } },
				{ key: c.longerThan3Months ? 'regelingen.summary.longerThan3Months' : 'regelingen.summary.shorterThan3Months' },
				{ key: c.caredForInDordrecht === null ? 'regelingen.summary.caredForPlaceUnknown' : c.caredForInDordrecht ? 'regelingen.summary.caredForInDordrecht' : 'regelingen.summary.caredForElsewhere' }
			];
			// The care details only when answered yes or no ("weet ik niet" and skipped say nothing new).
			if (typeof c.dementia === 'boolean') lines.push({ key: c.dementia ? 'regelingen.summary.dementiaYes' : 'regelingen.summary.dementiaNo' });
			if (typeof c.helpAtHome === 'boolean') lines.push({ key: c.helpAtHome ? 'regelingen.summary.helpAtHomeYes' : 'regelingen.summary.helpAtHomeNo' });
			return lines;
		}
		case 'volunteering': {
			const c = v as Answers['volunteering'];
			if (!c) return [{ key: 'regelingen.answer.no' }];
			return [{ key: 'regelingen.summary.hoursPerWeek', values: { hours: formatNumber(c.hoursPerWeek, lang) } }, { key: 'regelingen.summary.months', values: { months: formatNumber(c.months, lang) } }];
		}
		default:
			return yesNo(v as boolean | null);
	}
}

/**
 * The start of a text for a short place (a row of the result list, a first step): the first
 * sentence, and the next ones while the whole stays within `maxChars`; the scheme's page shows
 * it all. A sentence ends at . ! ? and the Arabic ؟ or Ethiopic ። followed by a space or the end.
 */
export function leadSentences(text: string, maxChars = 0): string {
	const ends = [...text.matchAll(/[.!?؟።](?=\s|$)/gu)].map((m) => m.index + 1);
	let cut = ends[0] ?? text.length;
	for (const end of ends) if (end <= maxChars) cut = end;
	return text.slice(0, cut);
}

/**
 * What a hint is worth, in one line, the same everywhere (result list, scheme page, overzicht):
 * "Ongeveer € 310 per maand (schatting)", "Tot € 800 per jaar", and the date of an amount when it
 * is old — "(bedrag van 1 januari 2023)" — or always (`date: 'always'`, on paper). A money scheme without a
 * known amount says who to ask; a service or discount gives null.
 */
export function amountLine(t: Translate, hint: Pick<Hint, 'amount' | 'askWho'>, lang: LangCode, options: { date?: 'whenOld' | 'always' } = {}): string | null {
	const amount = hint.amount;
	if (!amount) return hint.askWho ? t('regelingen.amount.unknown', { who: helperById(hint.askWho)?.name ?? hint.askWho }) : null;
	const values = { amount: ltr(formatMoney(amount.value, lang)), period: t(`regelingen.period.${amount.period}`) };
	if (options.date !== 'always' && !amount.outdated) return t(amountKey(amount), values);
	const date = formatDate(amount.asOf, lang);
	const key = amountKey(amount);
	// An estimate already ends in brackets: its date goes inside them, "(schatting, bedrag van …)".
	if (key === 'regelingen.amount.estimate') return t('regelingen.amount.estimateOn', { ...values, date });
	return `${t(key, values)} ${t('regelingen.amount.figureDate', { date })}`;
}
