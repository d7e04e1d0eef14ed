import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StandardCopyOutcome, type CopyStandardResponse, type PositionResponse, type PositionStandardResponse } from '../../api';
import { useDebounced } from '../../shared/common';
import { FieldError, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { positionCommands, positionKeys, positionQueries } from './queries';

type Step = 'pick' | 'confirm' | 'done';

/**
 * Copies the open standard onto other positions (every Kepala Seksi, say): search and tick the targets, confirm
 * (their standards are replaced), then read what happened to each: copied, or skipped because it already had this
 * very standard. The API copies all or none, so a target it refuses is named next to that position and nothing was copied.
 */
export function CopyStandard({ source }: { source: PositionStandardResponse }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>('pick');
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim());
  const [targets, setTargets] = useState<PositionResponse[]>([]);
  const [result, setResult] = useState<CopyStandardResponse>();
  const matches = useQuery({ ...positionQueries.list({ q: search, page: 1, pageSize: 10 }), enabled: open && step === 'pick' });
  const copy = useMutation({
    mutationFn: (sent: PositionResponse[]) => positionCommands.copyStandard(source.positionId, { targetPositionIds: sent.map(p => p.id) }),
    onSuccess: async (response, sent) => {
      setResult(response);
      setStep('done');
      setTargets([]);
      await Promise.all(sent.map(p => queries.invalidateQueries({ queryKey: positionKeys.standard(p.id) })));
    },
    onError: () => setStep('pick'),
  });
  const chosen = (id: string) => targets.some(p => p.id === id);
  const toggle = (p: PositionResponse) => setTargets(list => (chosen(p.id) ? list.filter(x => x.id !== p.id) : [...list, p]));
  // The server names a refused target by its index in the list sent.
  const sent = copy.variables ?? [];
  const fieldOf = (id: string) => `targetPositionIds[${sent.findIndex(p => p.id === id)}]`;
  if (!open) {
    return <p className="actions"><button type="button" className="secondary" data-testid="copy-open" onClick={() => setOpen(true)}>{t('copy.open')}</button></p>;
  }
  const close = () => { setOpen(false); setStep('pick'); setTargets([]); setResult(undefined); copy.reset(); };
  return (
    <div className="card copy-standard" data-testid="copy-standard" role="group" aria-labelledby="copy-title">
      <h3 id="copy-title">{t('copy.title', { name: source.positionName })}</h3>
      {source.items.length === 0 && <p className="muted">{t('copy.noItems')}</p>}
      {step === 'pick' && (
        <>
          <label>{t('copy.search')}
            <input type="search" value={q} onChange={e => setQ(e.target.value)} data-testid="copy-search" />
          </label>
          <ul className="pick-list" data-testid="copy-matches" aria-live="polite">
            {matches.data?.items.filter(p => p.id !== source.positionId).map(p => (
              <li key={p.id}>
                <label className="check">
                  <input type="checkbox" checked={chosen(p.id)} onChange={() => toggle(p)} data-testid="copy-match" />
                  {' '}<span className="mono">{p.code}</span> {p.name} <span className="small muted">· {p.unitName}</span>
                </label>
              </li>
            ))}
          </ul>
          {search && matches.data && !matches.isPlaceholderData && matches.data.items.every(p => p.id === source.positionId) && <p className="small muted" data-testid="copy-none">{t('copy.none')}</p>}
          {(matches.data?.total ?? 0) > 10 && <p className="small muted">{t('copy.more', { total: matches.data?.total })}</p>}
          <h4>{t('copy.chosen', { count: targets.length })}</h4>
          <ul className="chosen" data-testid="copy-chosen">
            {targets.map(p => (
              <li key={p.id}>
                <span className="mono">{p.code}</span> {p.name}{' '}
                <button type="button" className="link" onClick={() => toggle(p)} aria-label={t('copy.remove', { name: p.name })}>{t('planForm.remove')}</button>
                <FieldError error={copy.error} name={fieldOf(p.id)} />
              </li>
            ))}
          </ul>
          <ProblemAlert error={copy.error} fields={sent.map((_, i) => `targetPositionIds[${i}]`)} />
          <p className="actions">
            <button type="button" disabled={targets.length === 0} data-testid="copy-next" onClick={() => { copy.reset(); setStep('confirm'); }}>{t('copy.next')}</button>
            <button type="button" className="secondary" onClick={close}>{t('common.cancel')}</button>
          </p>
        </>
      )}
      {step === 'confirm' && (
        <div className="confirm" data-testid="copy-confirm">
          <p>{t('copy.confirm', { count: targets.length, items: source.items.length, name: source.positionName })}</p>
          <ul>{targets.map(p => <li key={p.id}><span className="mono">{p.code}</span> {p.name}</li>)}</ul>
          <p className="actions">
            <button type="button" className="danger" disabled={copy.isPending} data-testid="copy-yes" onClick={() => copy.mutate(targets)}>{t('copy.yes')}</button>
            <button type="button" className="secondary" onClick={() => setStep('pick')}>{t('common.back')}</button>
          </p>
        </div>
      )}
      {step === 'done' && result && (
        <>
          <Notice testId="copy-done">
            {[result.positionsUpdated > 0 && t('copy.done', { count: result.positionsUpdated, items: result.itemsPerPosition }),
              result.positionsUnchanged > 0 && t('copy.skipped', { count: result.positionsUnchanged })].filter(Boolean).join(' ')}
          </Notice>
          <div className="table-wrap">
            <table className="cards-on-phone" data-testid="copy-result">
              <thead><tr><th>{t('copy.position')}</th><th>{t('common.status')}</th></tr></thead>
              <tbody>
                {result.targets.map(p => (
                  <tr key={p.positionId} data-testid="copy-result-row">
                    <td data-label={t('copy.position')}><span className="mono">{p.code}</span> {p.name}</td>
                    <td data-label={t('common.status')}>
                      {p.outcome === StandardCopyOutcome.Copied
                        ? <span className="badge good">{t('copy.copied', { items: result.itemsPerPosition })}</span>
                        : <span className="badge neutral">{t('copy.unchanged')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="actions">
            <button type="button" className="secondary" onClick={() => { setResult(undefined); setStep('pick'); }}>{t('copy.again')}</button>
            <button type="button" className="secondary" onClick={close}>{t('common.close')}</button>
          </p>
        </>
      )}
    </div>
  );
}
