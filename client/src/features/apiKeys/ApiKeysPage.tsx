import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiKeyScope, type ApiKeyResponse, type CreatedApiKeyResponse } from '../../api';
import { Pager, Status } from '../../shared/common';
import { formatDate, formatDateTime } from '../../shared/format';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { pageOf, useUrlState } from '../../shared/urlState';
import { apiKeyCommands, apiKeyKeys, apiKeyQueries } from './queries';

const SCOPES = Object.values(ApiKeyScope);
const PAGE_SIZE = 20;

/** Keys for scripts and integrations: created with scopes and an optional expiry, the secret shown once, revoked for good. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState({ page: '1' });
  const page = pageOf(state.page);
  const keys = useQuery(apiKeyQueries.list({ page, pageSize: PAGE_SIZE }));
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKeyResponse>();
  return (
    <section>
      <h1>{t('apiKeys.title')}</h1>
      <p className="muted">{t('apiKeys.hint')}</p>
      {created && <SecretOnce created={created} onDone={() => setCreated(undefined)} />}
      {!creating && !created && keys.data && (
        <p><button type="button" className="secondary" data-testid="api-key-new" onClick={() => setCreating(true)}>{t('apiKeys.create')}</button></p>
      )}
      {creating && <CreateForm onCancel={() => setCreating(false)} onCreated={c => { setCreating(false); setCreated(c); }} />}
      <Status loading={keys.isLoading} error={keys.error} />
      {keys.data && (
        <>
          {keys.data.items.length === 0 && <p className="muted">{t('apiKeys.empty')}</p>}
          {keys.data.items.length > 0 && (
            <div className="table-wrap">
              <table className="cards-on-phone" data-testid="api-keys">
                <thead><tr>
                  <th>{t('apiKeys.name')}</th><th>{t('apiKeys.prefix')}</th><th>{t('apiKeys.scopes')}</th><th>{t('apiKeys.created')}</th>
                  <th>{t('apiKeys.expires')}</th><th>{t('common.status')}</th><th><span className="sr-only">{t('plans.actions')}</span></th>
                </tr></thead>
                <tbody>{keys.data.items.map(k => <KeyRow key={k.id} apiKey={k} />)}</tbody>
              </table>
            </div>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={keys.data.total} onPage={p => setState({ page: String(p) })} />
        </>
      )}
    </section>
  );
}

function CreateForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (c: CreatedApiKeyResponse) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([ApiKeyScope.Read]);
  const [expires, setExpires] = useState('');
  const create = useMutation({
    // The expiry is the end of the chosen day where the admin is, sent as an instant.
    mutationFn: () => apiKeyCommands.create({ name, scopes, expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : undefined }),
    onSuccess: async c => { await queries.invalidateQueries({ queryKey: apiKeyKeys.lists() }); onCreated(c); },
  });
  const err = create.error;
  const submit = (e: FormEvent) => { e.preventDefault(); create.mutate(); };
  const toggle = (scope: ApiKeyScope, on: boolean) => setScopes(s => (on ? [...s, scope] : s.filter(x => x !== scope)));
  return (
    <form className="card" onSubmit={submit} data-testid="api-key-form">
      <h2>{t('apiKeys.create')}</h2>
      <div className="filters">
        <label style={{ flex: '1 1 16rem' }}>{t('apiKeys.name')}
          <input value={name} onChange={e => setName(e.target.value)} maxLength={90} data-testid="api-key-name" {...invalidProps(err, 'name')} />
          <FieldError error={err} name="name" />
        </label>
        <label>{t('apiKeys.expires')}
          <input type="date" value={expires} onChange={e => setExpires(e.target.value)} data-testid="api-key-expires" {...invalidProps(err, 'expiresAt')} />
          <FieldError error={err} name="expiresAt" />
        </label>
      </div>
      <fieldset className="scopes" {...invalidProps(err, 'scopes')}>
        <legend>{t('apiKeys.scopes')}</legend>
        {SCOPES.map(s => (
          <label key={s} className="check">
            <input type="checkbox" checked={scopes.includes(s)} onChange={e => toggle(s, e.target.checked)} data-testid={`api-key-scope-${s}`} />
            {' '}<strong>{t(`apiKeys.scope.${s}`)}</strong> <span className="small muted">{t(`apiKeys.scopeHint.${s}`)}</span>
          </label>
        ))}
        <FieldError error={err} name="scopes" />
      </fieldset>
      <ProblemAlert error={err} fields={['name', 'scopes', 'expiresAt']} />
      <p className="actions">
        <button type="submit" disabled={create.isPending} data-testid="api-key-save">{t('apiKeys.createButton')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}

/** The secret exists only in this answer: shown once, with a way to copy it, and said so plainly. */
function SecretOnce({ created, onDone }: { created: CreatedApiKeyResponse; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean>();
  const copy = async () => {
    try { await navigator.clipboard.writeText(created.secret); setCopied(true); } catch { setCopied(false); }
  };
  return (
    <div className="card secret" data-testid="api-key-secret-card">
      <h2>{t('apiKeys.createdTitle', { name: created.key.name })}</h2>
      <p role="alert" className="warning" data-testid="api-key-warning">{t('apiKeys.once')}</p>
      <label>{t('apiKeys.secret')}
        <input readOnly value={created.secret} className="mono secret-value" data-testid="api-key-secret" onFocus={e => e.target.select()} />
      </label>
      <p className="actions">
        <button type="button" onClick={copy} data-testid="api-key-copy">{t('apiKeys.copy')}</button>
        <button type="button" className="secondary" onClick={onDone} data-testid="api-key-done">{t('apiKeys.done')}</button>
      </p>
      {copied === true && <Notice testId="api-key-copied">{t('apiKeys.copied')}</Notice>}
      {copied === false && <p className="small muted">{t('apiKeys.copyFailed')}</p>}
      <p className="small muted">{t('apiKeys.usage')} <code className="mono">Authorization: ApiKey {t('apiKeys.secretPlaceholder')}</code></p>
    </div>
  );
}

function KeyRow({ apiKey: k }: { apiKey: ApiKeyResponse }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => apiKeyCommands.revoke(k.id),
    onSuccess: async () => { setConfirming(false); await queries.invalidateQueries({ queryKey: apiKeyKeys.lists() }); },
  });
  const expired = !k.revokedAt && !!k.expiresAt && new Date(k.expiresAt) <= new Date();
  const status = k.revokedAt ? 'revoked' : expired ? 'expired' : 'active';
  return (
    <tr data-testid="api-key-row">
      <td data-label={t('apiKeys.name')}><strong>{k.name}</strong></td>
      <td data-label={t('apiKeys.prefix')} className="mono">{k.prefix}…</td>
      <td data-label={t('apiKeys.scopes')}>{k.scopes.split(',').filter(Boolean).map(s => t(`apiKeys.scopeName.${s}`, { defaultValue: s })).join(', ')}</td>
      <td data-label={t('apiKeys.created')}>{formatDateTime(k.createdAt)} · {k.createdBy}</td>
      <td data-label={t('apiKeys.expires')}>{k.expiresAt ? formatDate(k.expiresAt) : t('apiKeys.never')}</td>
      <td data-label={t('common.status')}>
        <span className={`badge ${status === 'active' ? 'good' : 'neutral'}`} data-testid="api-key-status">{t(`apiKeys.status.${status}`)}</span>
        {k.revokedAt && <span className="small muted"> {formatDateTime(k.revokedAt)}</span>}
      </td>
      <td>
        {!k.revokedAt && !confirming && (
          <button type="button" className="secondary" data-testid="api-key-revoke" onClick={() => setConfirming(true)}>{t('apiKeys.revoke')}</button>
        )}
        {confirming && (
          <div className="confirm" data-testid="api-key-confirm">
            <p>{t('apiKeys.revokeConfirm', { name: k.name })}</p>
            <p className="actions">
              <button type="button" className="danger" disabled={revoke.isPending} data-testid="api-key-revoke-confirm" onClick={() => revoke.mutate()}>{t('apiKeys.revokeYes')}</button>
              <button type="button" className="secondary" onClick={() => { setConfirming(false); revoke.reset(); }}>{t('common.cancel')}</button>
            </p>
            <ProblemAlert error={revoke.error} />
          </div>
        )}
      </td>
    </tr>
  );
}
