import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from './ProblemAlert';
import { isNotFound } from './problem';

export function useDebounced<T>(value: T, ms = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** total is null when the list was asked without its count (includeTotal=false); the pager then shows 0 pages. */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number | null | undefined; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  total ??= 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label="paging">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>{t('common.previous')}</button>
      <span>{t('common.page', { page, pages })} · {t('common.total', { total })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>{t('common.next')}</button>
    </nav>
  );
}

export function Status({ loading, error }: { loading?: boolean; error?: unknown }) {
  const { t } = useTranslation();
  if (error) return <ProblemAlert error={error} />;
  if (loading) return <p aria-live="polite">{t('app.loading')}</p>;
  return null;
}

/** A 404 (no such record, or another tenant's: the API does not tell them apart) as a page, not as an error line. */
export function NotFound({ back }: { back: string }) {
  const { t } = useTranslation();
  return (
    <section className="card not-found" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p><Link to={back}>{t('notFound.back')}</Link></p>
    </section>
  );
}

export { isNotFound };

/** A column header that sorts by its key and shows the direction; keyboard-usable as a button. */
export function SortHeader({ label, sortKey, sort, onSort, className }: { label: string; sortKey: string; sort: string; onSort: (sort: string) => void; className?: string }) {
  const active = sort.replace('-', '') === sortKey;
  const descending = sort.startsWith('-');
  return (
    <th className={className} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(active && !descending ? `-${sortKey}` : sortKey)}>
        {label}{active ? (descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
}
