import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CompetencyKind } from '../../api';
import { Status } from '../../shared/common';
import { competencyQueries } from './queries';

// Managerial and socio-cultural first: the national dictionary comes before a tenant's technical entries.
const KINDS = [CompetencyKind.Manajerial, CompetencyKind.SosialKultural, CompetencyKind.Teknis];

export function CompetenciesPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CompetencyKind | ''>('');
  const [open, setOpen] = useState<string>();
  const list = useQuery(competencyQueries.list({ kind: kind || undefined }));
  const detail = useQuery({ ...competencyQueries.detail(open ?? ''), enabled: !!open });
  return (
    <section>
      <h1>{t('competencies.title')}</h1>
      <div className="filters">
        <label>{t('competencies.kind')}
          <select value={kind} onChange={e => setKind(e.target.value as CompetencyKind | '')}>
            <option value="">{t('common.all')}</option>
            {KINDS.map(k => <option key={k} value={k}>{t(`competencies.${k}`)}</option>)}
          </select>
        </label>
      </div>
      <Status loading={list.isLoading} error={list.error} />
      <div className="table-wrap">
        <table>
          <thead><tr><th>{t('competencies.code')}</th><th>{t('units.name')}</th><th>{t('competencies.kind')}</th><th>{t('competencies.group')}</th><th /></tr></thead>
          <tbody>
            {list.data?.items.map(c => (
              <tr key={c.id} className="clickable" tabIndex={0} onClick={() => setOpen(open === c.id ? undefined : c.id)}
                  onKeyDown={k => { if (k.key === 'Enter') setOpen(open === c.id ? undefined : c.id); }}>
                <td className="mono">{c.code}</td>
                <td>{c.name}</td>
                <td>{t(`competencies.${c.kind}`)}</td>
                <td>{c.fieldGroup ?? t('common.none')}</td>
                <td>{c.isNational ? <span className="badge neutral">{t('competencies.national')}</span> : <span className="badge">{t('competencies.own')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && detail.data && (
        <div className="card" data-testid="competency-detail">
          <h2>{detail.data.code} · {detail.data.name}</h2>
          <p>{detail.data.description}</p>
          <ol className="levels">{detail.data.levels?.map(l => <li key={l.level} value={l.level}>{l.description}</li>)}</ol>
        </div>
      )}
    </section>
  );
}
