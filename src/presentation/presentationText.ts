import { localeOf, type Language } from '../i18n/format';

/** A caption from its parts, e.g. "Region: Sydsverige · Level: Organisation · n = 14". */
export function joinCaption(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** The time of day as hh:mm in the language's style. */
export function formatClock(lang: Language, timestamp: number): string {
  return new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit' }).format(
    timestamp,
  );
}
