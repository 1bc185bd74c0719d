import { formatDate, formatList, formatNumber, formatTime, ltr } from '../i18n/format';
import { localeFor, type LangCode } from '../i18n/locales';
import type { Translate } from '../i18n/translator';
import type { CurrentOpenStatus } from './freshness';
import { weekdayName } from './hours';
import type { Origin } from './origin';
import type { DistanceDisplay } from './precision';
import type { OpeningSlot, Place } from './schema';
import { staleHoursText } from './view-honest';

/*
 * The words the "help nearby" screens show for the core's values. Pure: the page hands in
 * its translator, so these are tested without a browser and the components stay thin.
 */

/** "ongeveer 1,5 km", "binnen ongeveer 1 km", "afstand onbekend". */
export function distanceText(t: Translate, distance: DistanceDisplay, lang: LangCode): string {
	if (distance.kind === 'unknown') return t('places.distance.unknown');
	const km = formatNumber(distance.km, lang, 1);
	if (distance.kind === 'approx') return t('places.distance.approx', { count: distance.km, km });
	return t(`places.distance.${distance.kind}`, { km });
}

/** "09:00 – 12:00 en 13:00 – 16:00" (joined in the language's own way); empty when there are no slots. */
export function slotsText(t: Translate, slots: readonly OpeningSlot[], lang: LangCode): string {
	return formatList(
		slots.map((s) => ltr(t('places.open.slot', { from: formatTime(s.from, lang), to: formatTime(s.to, lang) }))),
		lang
	);
}

/** "nu open, tot 16:00", "gesloten, opent morgen om 09:00", "tijden onbekend", "Tijden van 2023 — bel eerst". */
export function openText(t: Translate, status: CurrentOpenStatus, lang: LangCode): string {
	if (status.state === 'unknown') return t('places.open.unknown');
	if (status.state === 'stale') return staleHoursText(t, status.checked, status.call, lang);
	if (status.state === 'open') {
		return `${t('places.open.now')}, ${t('places.open.until', { time: formatTime(status.closesAt, lang) })}`;
	}
	const closed = t('places.open.closed');
	const next = status.opensAt;
	if (!next) return closed;
	const time = formatTime(next.time, lang);
	if (next.inDays === 0) return `${closed}, ${t('places.open.opensAt', { time })}`;
	if (next.inDays === 1) return `${closed}, ${t('places.open.opensTomorrow', { time })}`;
	const day = weekdayName(next.day, localeFor(lang).intl);
	return `${closed}, ${t('places.open.opensOn', { day, time })}`;
}

/** Where the distances are measured from, in words, so the person knows how rough they are. */
export function originText(t: Translate, origin: Origin): string {
	if (origin.kind === 'gps') return t('places.location.usingGps');
	if (origin.kind === 'pc4') return t('places.location.usingPc4', { pc4: ltr(origin.pc4) });
	return t('places.location.usingWijk', { wijk: origin.wijk, pc4: ltr(origin.pc4) });
}

/** How exactly we know where the place is. */
export function placePrecisionText(t: Translate, geo: Place['geo']): string {
	if (geo.precision === 'none') return t('places.place.locationNone');
	if (geo.precision === 'address') return t('places.place.locationAddress');
	const pc4 = ltr(geo.pc4 ?? t('places.place.unknown'));
	return t(geo.precision === 'pc4' ? 'places.place.locationPc4' : 'places.place.locationPc4Inferred', { pc4 });
}

/** "laatst gecontroleerd op 1 juli 2025", or the year of the newest source, or that we do not know. */
export function lastCheckedText(t: Translate, lastChecked: Place['lastChecked'], lang: LangCode): string {
	if (lastChecked.date) return t('places.place.lastChecked', { date: formatDate(lastChecked.date, lang) });
	if (lastChecked.year) return t('places.place.lastCheckedYear', { year: ltr(String(lastChecked.year)) });
	return t('places.place.lastCheckedUnknown');
}

export function freeText(t: Translate, free: boolean | null): string {
	if (free === null) return t('places.place.freeUnknown');
	return t(free ? 'places.place.free' : 'places.place.notFree');
}

/** "Dudok-erf 58, 3315 KA Dordrecht", or null when no street is known. */
export function addressText(address: Place['address']): string | null {
	if (!address.street) return null;
	const line = address.housenumber ? `${address.street} ${address.housenumber}` : address.street;
	const town = [address.postcode, address.city ?? 'Dordrecht'].filter(Boolean).join(' ');
	return `${line}, ${town}`;
}

/** A website address without "https://www." and trailing slash, for the link text. */
export function shortUrl(url: string): string {
	return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}
