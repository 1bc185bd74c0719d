/**
 * The overzicht in words. The page and the shared text both use these functions, so what is
 * printed, shown and shared says the same thing. Pure: the page hands in its translator.
 */
import { formatDate, formatMoney, ltr } from '../i18n/format';
import { localeFor, type LangCode } from '../i18n/locales';
import type { Translate } from '../i18n/translator';
import { weekdayName, weekHours } from '../places/hours';
import type { Place } from '../places/schema';
import { addressText, distanceText, slotsText } from '../places/view';
import { formatReasonValues, verdictKey } from '../regelingen/present';
import type { Helper } from '../regelingen/helpers-schema';
import { helperById } from '../regelingen/screen';
import type { Hint } from '../regelingen/types';
import type { NeedPlaces, Summary, SummaryPlace } from './summary';

/** "Tot € 300 per jaar", "Het bedrag weten we niet. Vraag het aan …", or null for a service without an amount. */
export function worthText(t: Translate, hint: Hint, lang: LangCode): string | null {
	const amount = hint.amount;
	if (amount) {
		const values = { amount: ltr(formatMoney(amount.value, lang)), period: t(`regelingen.period.${amount.period}`) };
		return t(amount.upTo ? 'regelingen.amount.upTo' : 'regelingen.amount.value', values);
	}
	if (hint.askWho) return t('regelingen.amount.unknown', { who: helperById(hint.askWho)?.name ?? hint.askWho });
	return null;
}

export function reasonTexts(t: Translate, hint: Hint, lang: LangCode): string[] {
	return hint.reasons.map((r) => t(r.key, formatReasonValues(r, lang)));
}

/** "Online · Aan de balie" */
export function channelsText(t: Translate, hint: Hint): string {
	return hint.apply.channels.map((c) => t(`regelingen.channel.${c}`)).join(' · ');
}

/** "Hulp bij aanvragen: Dordtpas, Hulplijn Dordt" (their phone numbers are listed once, together). */
export function helpedByText(t: Translate, hint: Hint): string {
	const names = hint.helpers.flatMap((id) => helperById(id)?.name ?? []);
	return t('summary.schemes.helpedBy', { names: names.join(', ') });
}

/** "Hulplijn Dordt: 078-200 10 79", or that the number is not known. */
export function helperLine(t: Translate, helper: Helper): string {
	return `${helper.name}: ${helper.phone ? ltr(helper.phone) : t('regelingen.helpers.noPhone')}`;
}

/** Walk-in hours per day that has any, Monday first: "maandag: 09:00 – 12:00". */
export function walkInLines(t: Translate, place: Place, lang: LangCode): string[] {
	const intl = localeFor(lang).intl;
	return weekHours(place)
		.filter((d) => d.slots.length > 0)
		.map((d) => `${weekdayName(d.day, intl)}: ${slotsText(t, d.slots, lang)}`);
}

function placeText(t: Translate, item: SummaryPlace, lang: LangCode, located: boolean): string[] {
	const { place } = item;
	const head = located ? `* ${place.name} (${distanceText(t, item.distance, lang)})` : `* ${place.name}`;
	const lines = [head, `  ${place.description[lang]}`];
	lines.push(`  ${t('places.place.address')}: ${addressText(place.address) ?? t('places.place.noAddress')}`);
	lines.push(`  ${t('places.place.phone')}: ${place.phone ? ltr(place.phone) : t('places.place.unknown')}`);
	const hours = walkInLines(t, place, lang);
	lines.push(`  ${t('places.place.walkIn')}: ${hours.length > 0 ? hours.join('; ') : t('places.open.unknown')}`);
	if (place.website) lines.push(`  ${t('places.place.website')}: ${place.website}`);
	return lines;
}

function needText(t: Translate, need: NeedPlaces, lang: LangCode, located: boolean): string[] {
	return [`${t(`places.categories.${need.category}.name`)}:`, ...need.places.flatMap((p) => placeText(t, p, lang, located))];
}

function hintText(t: Translate, hint: Hint, lang: LangCode): string[] {
	const name = `regelingen.scheme.${hint.id}`;
	const lines = [`* ${t(`${name}.name`)} (${t(verdictKey(hint).key)})`, `  ${t(`${name}.explain`)}`];
	lines.push(`  ${t('regelingen.why')} ${reasonTexts(t, hint, lang).join(' ')}`);
	const worth = worthText(t, hint, lang);
	if (worth) lines.push(`  ${t('summary.schemes.worth')}: ${worth}`);
	lines.push(`  ${t('regelingen.howToApply')}: ${channelsText(t, hint)}. ${t(`${name}.howToApply`)}`);
	if (hint.apply.papers.length > 0) {
		lines.push(`  ${t('regelingen.papers.title')}: ${hint.apply.papers.map((p) => t(`regelingen.papers.${p}`)).join('; ')}`);
	}
	if (hint.helpers.length > 0) lines.push(`  ${helpedByText(t, hint)}`);
	return lines;
}

const heading = (text: string, lang: LangCode) => `${text.toLocaleUpperCase(localeFor(lang).code)}`;

/** The whole overzicht as plain text, for the phone's share sheet or the clipboard. */
export function summaryText(summary: Summary, t: Translate, lang: LangCode): string {
	const blocks: string[][] = [[`${t('app.name')} – ${t('summary.title')}`, t('summary.madeOn', { date: formatDate(summary.on, lang) })]];

	const balance = [heading(t('summary.balance.title'), lang)];
	if (!summary.balance) balance.push(t('summary.balance.empty'));
	else {
		const { result, steps } = summary.balance;
		balance.push(t(`balance.result.state.${result.state}.title`), t(`balance.result.state.${result.state}.text`));
		if (result.weighsMost.length > 0) balance.push(`${t('balance.result.weighsMost')}: ${result.weighsMost.map((d) => t(`balance.domain.${d}.name`)).join(', ')}`);
		if (result.helpsMost.length > 0) balance.push(`${t('balance.result.helpsMost')}: ${result.helpsMost.map((d) => t(`balance.domain.${d}.name`)).join(', ')}`);
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
	if (summary.needs.length === 0) places.push(t('summary.places.none'));
	else {
		places.push(summary.origin ? t('summary.places.nearest') : t('summary.places.noOrigin'));
		places.push(...summary.needs.flatMap((n) => needText(t, n, lang, summary.origin !== null)));
	}
	blocks.push(places);

	blocks.push([t('summary.privacy')]);
	return blocks.map((b) => b.join('\n')).join('\n\n');
}
