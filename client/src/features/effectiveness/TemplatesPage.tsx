import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReactionTemplateResponse } from '../../api';
import { Status } from '../../shared/common';
import { FieldError, invalidProps, Notice } from '../../shared/ProblemAlert';
import { usePermissions } from '../auth/permissions';
import { EffProblem, EffTabs } from './common';
import { effCommands, effKeys, effQueries } from './queries';

/**
 * The reaction questionnaires: the built-in one (read-only, copied to start one's own) and the tenant's. A
 * questionnaire with answers keeps its statements (the API answers 409 templateInUse); its name and the default flag
 * can still change.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const templates = useQuery(effQueries.templates());
  const [editing, setEditing] = useState<{ key: string; base?: ReactionTemplateResponse; copy: boolean }>();
  const [notice, setNotice] = useState<string>();
  return (
    <section>
      <h1>{t('eff.templateList')}</h1>
      <EffTabs />
      <Status loading={templates.isLoading} error={templates.error} />
      {notice && <Notice testId="template-saved">{notice}</Notice>}
      {templates.data && (
        <ul className="template-list" data-testid="templates">
          {templates.data.map(tp => (
            <li key={tp.id ?? 'builtin'} className="card" data-testid="template">
              <h2>{tp.name} {tp.isBuiltIn && <span className="badge neutral">{t('eff.builtIn')}</span>} {tp.isDefault && <span className="badge good">{t('eff.isDefault')}</span>}</h2>
              <ol>{tp.items.map(i => <li key={i.position}>{i.text}</li>)}</ol>
              {!tp.isBuiltIn && <p className="muted">{t('eff.answers', { n: tp.answerCount })}</p>}
              {tp.isBuiltIn && <p className="muted">{t('eff.builtInReadOnly')}</p>}
              {can.writeTenant && (
                <p className="actions">
                  <button type="button" className="secondary" data-testid="template-copy"
                          onClick={() => { setNotice(undefined); setEditing({ key: `copy-${tp.id ?? 'b'}`, base: tp, copy: true }); }}>{t('eff.copyTemplate')}</button>
                  {!tp.isBuiltIn && <button type="button" className="secondary" data-testid="template-edit"
                                            onClick={() => { setNotice(undefined); setEditing({ key: `edit-${tp.id}-${tp.version}`, base: tp, copy: false }); }}>{t('eff.editTemplate')}</button>}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {can.writeTenant && !editing && <p><button type="button" data-testid="template-new" onClick={() => setEditing({ key: 'new', copy: true })}>{t('eff.newTemplate')}</button></p>}
      {editing && <TemplateEditor key={editing.key} base={editing.base} copy={editing.copy} onDone={text => { setEditing(undefined); setNotice(text); }} onCancel={() => setEditing(undefined)} />}
    </section>
  );
}

function TemplateEditor({ base, copy, onDone, onCancel }: { base?: ReactionTemplateResponse; copy: boolean; onDone: (text: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [name, setName] = useState(base ? (copy ? t('eff.copyOf', { name: base.name }) : base.name) : '');
  const [items, setItems] = useState<string[]>(base ? base.items.map(i => i.text) : ['']);
  const [isDefault, setDefault] = useState(!copy && !!base?.isDefault);
  const save = useMutation({
    mutationFn: () => {
      const body = { name, items, isDefault };
      return copy || !base?.id ? effCommands.createTemplate(body) : effCommands.updateTemplate(base.id, base.version, body);
    },
    onSuccess: async tp => { await queries.invalidateQueries({ queryKey: effKeys.templates }); onDone(t('eff.templateSaved', { name: tp.name })); },
  });
  return (
    <form noValidate className="card editor" data-testid="template-editor" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h2>{copy ? t('eff.newTemplate') : t('eff.editTemplate')}</h2>
      <label htmlFor="template-name">{t('eff.templateName')}</label>
      <input id="template-name" data-testid="template-name" value={name} onChange={e => setName(e.target.value)} {...invalidProps(save.error, 'name')} />
      <FieldError error={save.error} name="name" />
      <fieldset>
        <legend>{t('eff.items')}</legend>
        <ol>
          {items.map((text, k) => (
            <li key={k}>
              <input aria-label={`${t('eff.item')} ${k + 1}`} data-testid={`template-item-${k}`} value={text} {...invalidProps(save.error, `items[${k}]`)}
                     onChange={e => setItems(list => list.map((x, j) => (j === k ? e.target.value : x)))} />
              <button type="button" className="secondary" onClick={() => setItems(list => list.filter((_, j) => j !== k))}>{t('eff.removeItem')}</button>
              <FieldError error={save.error} name={`items[${k}]`} />
            </li>
          ))}
        </ol>
        <button type="button" className="secondary" data-testid="template-add" onClick={() => setItems(list => [...list, ''])}>{t('eff.addItem')}</button>
        <FieldError error={save.error} name="items" />
      </fieldset>
      <label><input type="checkbox" checked={isDefault} onChange={e => setDefault(e.target.checked)} data-testid="template-default" /> {t('eff.makeDefault')}</label>
      <EffProblem error={save.error} fields={['name', 'items', ...items.map((_, k) => `items[${k}]`)]} testId="template-problem" />
      <p className="actions">
        <button type="submit" data-testid="template-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
