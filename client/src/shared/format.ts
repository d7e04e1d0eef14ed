import i18n from '../i18n';

// Dates, numbers and NIPs in the reader's language: id-ID writes 25 Nov 2026 and 78,5; en-GB 25 Nov 2026 and 78.5.
const locale = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');

/** A calendar date from the API ("2026-11-25", or an ISO instant) in the reader's format; dates stay dates (no time-zone shift). */
export function formatDate(value: string | undefined | null): string {
  if (!value) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = day ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', ...(day ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** An instant (submitted, decided) with its local time. */
export function formatDateTime(value: string | undefined | null): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatNumber(value: number | undefined | null, fractionDigits = 0): string {
  if (value == null) return '';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** A share (0.1) as a percent (10 %, 10%) in the reader's format. */
export function formatPercent(share: number | undefined | null, fractionDigits = 0): string {
  if (share == null) return '';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: fractionDigits }).format(share);
}

/**
 * A NIP as people write it: birth date, appointment month, sex digit, serial (19860926 201505 1 001).
 * A masked NIP from the API ("********201505 1 001", with or without spaces) is grouped the same way;
 * anything that is not 18 characters once spaces are removed is shown as it came.
 */
export function formatNip(nip: string | undefined | null): string {
  if (!nip) return '';
  const bare = nip.replace(/\s+/g, '');
  if (bare.length !== 18) return nip;
  return `${bare.slice(0, 8)} ${bare.slice(8, 14)} ${bare.slice(14, 15)} ${bare.slice(15)}`;
}
