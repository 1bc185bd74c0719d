import { formatDate, ltr } from '../i18n/format';
import { localeFor, type LangCode } from '../i18n/locales';
import type { Translate } from '../i18n/translator';
import type { CheckedOn } from './freshness';
import type { Place } from './schema';

/*
 * The words that keep "help nearby" honest about what it does not know: which facts are
 * missing, how old the hours are, and how to tell the keepers. Pure, like ./view.ts.
 */

/** "13 januari 2025", "2023", or null for an undated source. */
export function checkedOnText(checked: CheckedOn, lang: LangCode): string | null {
	if (checked.date) return formatDate(checked.date, lang);
	return checked.year === null ? null : ltr(String(checked.year));
}

/** "Tijden van 11 december 2017 — bel eerst" (with a phone) or "… — kijk eerst" (without one). */
export function staleHoursText(t: Translate, checked: CheckedOn, call: boolean, lang: LangCode): string {
	const date = checkedOnText(checked, lang);
	const action = call ? 'Call' : 'Look';
	return date ? t(`places.open.stale${action}`, { date }) : t(`places.open.staleUndated${action}`);
}

type Fact = 'address' | 'phone' | 'hours';

/** The facts a person would act on that the data does not have, in reading order. */
export function unknownFacts(place: Pick<Place, 'address' | 'phone' | 'schedule'>): Fact[] {
	const facts: Fact[] = [];
	if (!place.address.street) facts.push('address');
	if (!place.phone) facts.push('phone');
	if (place.schedule.regular.length === 0) facts.push('hours');
	return facts;
}

/** "Niet bekend: adres, telefoon en tijden." or null when all three are known. */
export function unknownFactsText(t: Translate, place: Pick<Place, 'address' | 'phone' | 'schedule'>, lang: LangCode): string | null {
	const facts = unknownFacts(place);
	if (facts.length === 0) return null;
	const names = facts.map((f) => t(`places.place.fact.${f}`));
	const list = new Intl.ListFormat(localeFor(lang).intl, { type: 'conjunction' }).format(names);
	return t('places.place.unknownFacts', { facts: list });
}

/** "Ja, maak eerst een afspraak" / "Nee, loop zo binnen" / "Niet bekend". */
export function appointmentText(t: Translate, needed: boolean | null | undefined): string {
	if (needed === true) return t('places.place.appointmentYes');
	if (needed === false) return t('places.place.appointmentNo');
	return t('places.place.appointmentUnknown');
}

/** What a call costs, only when a source says so. */
export function phoneCostText(t: Translate, cost: Place['phoneCost']): string | null {
	return cost ? t(`places.place.phoneCost.${cost}`) : null;
}

/** "Deze plek gaat verhuizen naar het Dordthuis. De datum is nog niet bekend." */
export function movingText(t: Translate, moving: NonNullable<Place['moving']>, lang: LangCode): string {
	const when = moving.date ? t('places.place.movingOn', { date: formatDate(moving.date, lang) }) : t('places.place.movingDateUnknown');
	return `${t('places.place.moving', { to: moving.to })} ${when}`;
}

/**
 * A mailto: link with a short message that names the place; the person adds what is wrong and
 * sends it from their own mail app (the app itself sends nothing). Without a known address the
 * link opens an empty "to" line: the person chooses who gets it.
 */
export function feedbackHref(t: Translate, place: Pick<Place, 'id' | 'name'>, email: string | null): string {
	const subject = t('places.feedback.subject', { name: place.name });
	const body = t('places.feedback.body', { name: place.name, id: place.id });
	return `mailto:${email ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
