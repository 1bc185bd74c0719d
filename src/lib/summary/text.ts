/**
 * The overzicht in words. The page and the shared text both use these functions, so what is
 * printed, shown and shared says the same thing. Pure: the page hands in its translator.
 */
import { formatDate, formatList, formatSemicolonList, ltr } from '../i18n/format';
import { localeFor, type LangCode } from '../i18n/locales';
import type { Translate } from '../i18n/translator';
import { DAYS, type Day, weekdayName, weekHours, type Place, addressText, distanceText, slotsText } from '../places';
import { amountLine, formatReasonValues, verdictKey, type Helper, helperById, type Hint } from '../regelingen';
import type { NeedPlaces, Summary, SummaryPlace } from './summary';
import { personWords } from '../journey/roles';

/**
 * What a scheme is worth, with the date of its figure, as the result list and the scheme page
 * word it (amountLine, always dated here: paper outlives the day): "€ 600 per jaar (bedrag van
 * 1 januari 2023)", "Tot …", "Ongeveer … (schatting) (bedrag van …)", then whether it may be
 * different now; "Het bedrag weten we niet. Vraag het aan …"; or null for a service without an amount.
 */
export function worthText(t: Translate, hint: Hint, lang: LangCode): string | null {
	const line = amountLine(t, hint, lang, { date: 'always' });
	if (!line || !hint.amount) return line;
	if (hint.amount.outdated) return sentences([line, t('summary.worth.mayDiffer')]);
	// The amount holds, but another figure (a limit) is past its date.
	const old = oldFigureText(t, hint, lang);
	return old ? sentences([line, old]) : line;
}

/** "Bedrag of grens van 1 januari 2022. Dit kan nu anders zijn." when a figure used is past its date; else null. */
export function oldFigureText(t: Translate, hint: Hint, lang: LangCode): string | null {
	return hint.outdated && hint.figureDate ? t('regelingen.amount.outdated', { date: formatDate(hint.figureDate, lang) }) : null;
}

/** Sentences joined with a space, each ending in a full stop (unless it has its own mark). */
function sentences(parts: readonly string[]): string {
	return parts.map((p, i) => (i < parts.length - 1 && !/[.!?؟።]$/.test(p) ? `${p}.` : p)).join(' ');
}

/** "Waarde: € 600 per jaar (bedrag van 1 januari 2023). Dit bedrag kan nu anders zijn." — or null when there is nothing to say. */
export function worthLine(t: Translate, hint: Hint, lang: LangCode): string | null {
	const worth = worthText(t, hint, lang);
	const parts = worth ? [`${t('summary.schemes.worth')}: ${worth}`] : [];
	// Without an amount, an old limit still says how sure the verdict is.
	const old = hint.amount ? null : oldFigureText(t, hint, lang);
	if (old) parts.push(old);
	return parts.length > 0 ? sentences(parts) : null;
}

/** The verdict and what it is worth in one line, for the shared text. */
export function verdictLine(t: Translate, hint: Hint, lang: LangCode): string {
	const line = worthLine(t, hint, lang);
	return line ? sentences([t(verdictKey(hint).key), line]) : t(verdictKey(hint).key);
}

export function reasonTexts(t: Translate, hint: Hint, lang: LangCode): string[] {
	return hint.reasons.map((r) => t(r.key, formatReasonValues(r, lang)));
}

/** The papers to bring, in one line. */
export function papersText(t: Translate, hint: Hint, lang: LangCode): string {
	return formatSemicolonList(hint.apply.papers.map((p) => t(`regelingen.papers.${p}`)), lang);
}

/** "Online · Aan de balie" */
export function channelsText(t: Translate, hint: Hint): string {
	return hint.apply.channels.map((c) => t(`regelingen.channel.${c}`)).join(' · ');
}

/** "Hulp bij aanvragen: Dordtpas, Hulplijn Dordt" (their phone numbers are listed once, together). */
export function helpedByText(t: Translate, hint: Hint, lang: LangCode): string {
	const names = hint.helpers.flatMap((id) => helperById(id)?.name ?? []);
	return t('summary.schemes.helpedBy', { names: formatList(names, lang) });
}

/** "Geld en Werk": balance domains as a list in the language's own way (Arabic joins with "،"). */
export function domainNames(t: Translate, domains: readonly string[], lang: LangCode): string {
	return formatList(domains.map((d) => t(`balance.domain.${d}.name`)), lang);
}

/** "Hulplijn Dordt: 078-200 10 79", or that the number is not known. */
export function helperLine(t: Translate, helper: Helper): string {
	return `${helper.name}: ${helper.phone ? ltr(helper.phone) : t('regelingen.helpers.noPhone')}`;
}

/** Days from this many in a row with the same hours share one line. */
const DAYS_IN_A_ROW = 3;

/**
 * Walk-in hours, Monday first, for the days that have any. Three or more days in a row with the
 * same hours share a line ("maandag tot en met vrijdag: 09:00 – 17:00"): shorter on paper.
 */
export function walkInLines(t: Translate, place: Place, lang: LangCode): string[] {
	const intl = localeFor(lang).intl;
	const runs: { days: Day[]; hours: string }[] = [];
	weekHours(place).forEach(({ day, slots }, i) => {
		if (slots.length === 0) return;
		const hours = slotsText(t, slots, lang);
		const run = runs.at(-1);
		const last = run?.days.at(-1);
		if (run && run.hours === hours && last && DAYS.indexOf(last) === i - 1) run.days.push(day);
		else runs.push({ days: [day], hours });
	});
	return runs.flatMap(({ days, hours }) => {
		const first = days[0] as Day;
		const last = days.at(-1) as Day;
		if (days.length >= DAYS_IN_A_ROW) return [`${t('summary.days', { from: weekdayName(first, intl), to: weekdayName(last, intl) })}: ${hours}`];
		return days.map((day) => `${weekdayName(day, intl)}: ${hours}`);
	});
}

function placeText(t: Translate, item: SummaryPlace, lang: LangCode, located: boolean): string[] {
	const { place } = item;
	const head = located ? `* ${place.name} (${distanceText(t, item.distance, lang)})` : `* ${place.name}`;
	const lines = [head, `  ${place.description[lang]}`];
	lines.push(`  ${t('places.place.address')}: ${addressText(place.address) ?? t('places.place.noAddress')}`);
	lines.push(`  ${t('places.place.phone')}: ${place.phone ? ltr(place.phone) : t('places.place.unknown')}`);
	const hours = walkInLines(t, place, lang);
	lines.push(`  ${t('places.place.walkIn')}: ${hours.length > 0 ? formatSemicolonList(hours, lang) : t('places.open.unknown')}`);
	if (place.website) lines.push(`  ${t('places.place.website')}: ${place.website}`);
	return lines;
}

function needText(t: Translate, need: NeedPlaces, lang: LangCode, located: boolean): string[] {
	return [`${t(`places.categories.${need.category}.name`)}:`, ...need.places.flatMap((p) => placeText(t, p, lang, located))];
}

function hintText(t: Translate, hint: Hint, lang: LangCode): string[] {
	const name = `regelingen.scheme.${hint.id}`;
	const lines = [`* ${t(`${name}.name`)}`, `  ${t(`${name}.explain`)}`, `  ${verdictLine(t, hint, lang)}`];
	lines.push(`  ${t('regelingen.why')} ${reasonTexts(t, hint, lang).join(' ')}`);
	lines.push(`  ${t('regelingen.howToApply')}: ${channelsText(t, hint)}. ${t(`${name}.howToApply`)}`);
	if (hint.apply.papers.length > 0) {
		lines.push(`  ${t('regelingen.papers.title')}: ${papersText(t, hint, lang)}`);
	}
	if (hint.helpers.length > 0) lines.push(`  ${helpedByText(t, hint, lang)}`);
	return lines;
}

const heading = (text: string, lang: LangCode) => `${text.toLocaleUpperCase(localeFor(lang).code)}`;

/** The whole overzicht as plain text, for the phone's share sheet or the clipboard. */
export function summaryText(summary: Summary, t: Translate, lang: LangCode): string {
	const blocks: string[][] = [[`${t('app.name')} – ${t('summary.title')}`, t('summary.madeOn', { date: formatDate(summary.on, lang) })]];

	// A helper's copy speaks about the person helped, as the pages did.
	const tp = personWords(t, summary.role);
	const balance = [heading(tp('summary.balance.title'), lang)];
	if (!summary.balance) balance.push(tp('summary.balance.empty'));
	else {
		const { result, steps } = summary.balance;
		balance.push(tp(`balance.result.state.${result.state}.title`), tp(`balance.result.state.${result.state}.text`));
		if (result.weighsMost.length > 0) balance.push(`${t('balance.result.weighsMost')}: ${domainNames(t, result.weighsMost, lang)}`);
		if (result.helpsMost.length > 0) balance.push(`${t('balance.result.helpsMost')}: ${domainNames(t, result.helpsMost, lang)}`);
		if (steps.length > 0) balance.push(`${t('summary.balance.steps')}:`, ...steps.map((s) => `* ${t(s.titleKey)}: ${t(s.textKey)}`));
	}
	blocks.push(balance);

	const schemes = [heading(t('summary.schemes.title'), lang)];
	if (!summary.schemes) schemes.push(t('summary.schemes.empty'));
	else if (summary.schemes.length === 0) schemes.push(t('summary.schemes.none'));
	else schemes.push(...summary.schemes.flatMap((h) => hintText(t, h, lang)));
	blocks.push(schemes);

	if (summary.helpers.length > 0) {
		blocks.push([heading(t('summary.helpers.title'), lang), ...summary.helpers.map((h) => `* ${helperLine(t, h)}`)]);
	}
	if (summary.papers.length > 0) {
		blocks.push([heading(t('summary.bring.title'), lang), ...summary.papers.map((p) => `* ${t(`regelingen.papers.${p}`)}`)]);
	}

	const places = [heading(t('summary.places.title'), lang)];
	const located = summary.origin !== null;
	if (summary.needs.length > 0) {
		places.push(located ? t('summary.places.nearest') : t('summary.places.noOrigin'));
		places.push(...summary.needs.flatMap((n) => needText(t, n, lang, located)));
	} else if (summary.anyQuestion.length > 0) {
		places.push(t('summary.places.anyQuestion'), ...summary.anyQuestion.flatMap((p) => placeText(t, p, lang, located)));
	} else places.push(t('summary.places.none'));
	blocks.push(places);

	blocks.push([t('summary.privacy')]);
	return blocks.map((b) => b.join('\n')).join('\n\n');
}
