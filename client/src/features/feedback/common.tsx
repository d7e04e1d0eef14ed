import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { IkmGrade } from '../../api';
import { formatNumber } from '../../shared/format';
import './i18n';
// The tabs and the editor's grid look like the training pages' (the same classes); feedback.css adds what is its own.
import '../training/training.css';
import './feedback.css';

/** The overview and the service units, one tab each; a unit's own page is reached from either. */
export function FeedbackTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('feedback.tabs')}>
      <NavLink to="/umpan-balik" end>{t('feedback.overview')}</NavLink>
      <NavLink to="/umpan-balik/unit-layanan" end>{t('feedback.units')}</NavLink>
    </nav>
  );
}

/**
 * The index rounded to two decimals half away from zero, as the API grades it (Domain/Ikm.cs, in decimal). It works on the
 * number's shortest decimal spelling, the one the JSON carried, not on the binary double: 65.035 is the double 65.03499…,
 * which toFixed(2) rounds down to 65.03 while the API shows 65,04; how Intl rounds a double is left to the engine.
 */
export function roundIkm(value: number): number {
  const text = Math.abs(value).toString();
  if (text.includes('e')) return Number(value.toFixed(2)); // not an index (25–100): nothing to be careful about
  const [whole, fraction = ''] = text.split('.');
  let cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if ((fraction[2] ?? '0') >= '5') cents += 1;
  return (value < 0 ? -cents : cents) / 100;
}

/** An index for reading: two decimals in the reader's format (76,61), or a dash without respondents. */
export function formatIkm(value: number | null | undefined): string {
  return value == null ? '—' : formatNumber(roundIkm(value), 2);
}

/** An NRR (mean score 1–4) for reading: two decimals, like the regulation's tables. */
export function formatNrr(value: number | null | undefined): string {
  return value == null ? '—' : formatNumber(value, 2);
}

const TONES: Record<IkmGrade, string> = { [IkmGrade.A]: 'grade-a', [IkmGrade.B]: 'grade-b', [IkmGrade.C]: 'grade-c', [IkmGrade.D]: 'grade-d' };

/** The grade as a coloured badge with its letter and its words, so colour is never the only signal. */
export function GradeBadge({ grade, testId = 'grade' }: { grade: IkmGrade | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!grade) return <span className="badge neutral" data-testid={testId} data-grade="">{t('feedback.noRespondents')}</span>;
  return (
    <span className={`badge grade ${TONES[grade]}`} data-testid={testId} data-grade={grade}>
      <strong>{grade}</strong> {t(`feedback.gradeLabel.${grade}`)}
    </span>
  );
}

/** Respondents against the required sample; too few is flagged, never hidden. */
export function SampleCheck({ actual, required, sufficient, population }: { actual: number; required: number; sufficient: boolean; population?: number }) {
  const { t } = useTranslation();
  return (
    <span className="sample" data-testid="sample" data-sufficient={sufficient}>
      <span className="nowrap">{t('feedback.sampleOf', { actual: formatNumber(actual), required: formatNumber(required) })}</span>
      <span className={`badge ${sufficient ? 'good' : 'warn'}`} data-testid="sample-flag">{sufficient ? t('feedback.sampleOk') : t('feedback.sampleShort')}</span>
      {population != null && <span className="small muted sample-hint">{t('feedback.sampleHint', { population: formatNumber(population) })}</span>}
    </span>
  );
}

/**
 * Today as the API counts survey and complaint days: the WIB day (UTC+7), whatever zone the browser is in. A response
 * sent just after midnight WIB belongs to the new day, and a period ending on the browser's (earlier) date would miss it.
 */
export function today(): string {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The default period: this (WIB) year up to today. */
export function thisYear(): { from: string; to: string } {
  const to = today();
  return { from: `${to.slice(0, 4)}-01-01`, to };
}
