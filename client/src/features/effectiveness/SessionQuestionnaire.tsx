import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TrainingSessionResponse } from '../../api';
import { toProblem } from '../../shared/problem';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { usePermissions } from '../auth/permissions';
import { sessionKeys } from '../training/queries';
import { effCommands, effKeys, effQueries } from './queries';
import './i18n';

/**
 * The questionnaire a session's participants answer (level 1): the tenant's default (the built-in one while the tenant
 * has none) or one of the tenant's own. Tenant admins change it with the session's version (If-Match); once someone
 * answered, the API refuses another (409 templateInUse), and a session changed meanwhile is a 412 with a reload.
 */
export function SessionQuestionnaire({ session }: { session: TrainingSessionResponse }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const queries = useQueryClient();
  const effectiveness = useQuery(effQueries.session(session.id));
  const templates = useQuery({ ...effQueries.templates(), enabled: can.writeTenant });
  const [choice, setChoice] = useState<string>();
  const [done, setDone] = useState<string>();
  const current = effectiveness.data?.template;
  const fallback = templates.data?.find(x => x.isDefault) ?? templates.data?.find(x => x.isBuiltIn);
  // "" is the tenant's default (templateId null); a session asking with the default shows that choice.
  const currentValue = current?.id && current.id !== fallback?.id ? current.id : '';
  const value = choice ?? currentValue;
  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: sessionKeys.detail(session.id) });
    await queries.invalidateQueries({ queryKey: effKeys.session(session.id) });
  };
  const save = useMutation({
    mutationFn: () => effCommands.setSessionTemplate(session.id, session.version, value || undefined),
    onMutate: () => setDone(undefined),
    // Read again first, so the notice appears beside the questionnaire now in use.
    onSuccess: async chosen => { await refresh(); setChoice(undefined); setDone(t('eff.sessionTemplateSaved', { name: chosen.name })); },
    // Answered or changed meanwhile: read the session again, so what it asks with now shows beside the problem.
    onError: refresh,
  });
  const problem = save.error ? toProblem(save.error) : undefined;
  const reason = typeof problem?.extensions.reason === 'string' ? problem.extensions.reason : undefined;
  // A 409 names the field too, in the words of its detail: said once, in the box below the control.
  const fieldError = problem?.status === 409 ? undefined : save.error;
  return (
    <div className="card" data-testid="session-questionnaire">
      <h2>{t('eff.templates')}</h2>
      {current && (
        <p data-testid="session-questionnaire-current">
          {t('eff.sessionTemplateNow', { name: current.name, n: current.items.length })}
          {current.isBuiltIn && <span className="badge neutral">{t('eff.builtIn')}</span>}
        </p>
      )}
      {can.writeTenant && templates.data && (
        <form noValidate className="actions wrap" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
          <label htmlFor="session-template">{t('eff.sessionTemplateChoose')}</label>
          <select id="session-template" data-testid="session-template" value={value} onChange={e => { setDone(undefined); setChoice(e.target.value); }}
                  {...invalidProps(fieldError, 'templateId')}>
            <option value="">{t('eff.sessionTemplateDefault', { name: fallback?.name ?? '' })}</option>
            {templates.data.filter(x => !x.isBuiltIn && x.id !== fallback?.id).map(x => (
              <option key={x.id} value={x.id!}>{x.name} ({t('eff.sessionTemplateItems', { n: x.items.length })})</option>
            ))}
          </select>
          <button type="submit" data-testid="session-template-save" disabled={save.isPending || value === currentValue}>{t('eff.sessionTemplateSave')}</button>
          <Link to="/evaluasi/efektivitas/kuesioner">{t('eff.sessionTemplateManage')}</Link>
          <FieldError error={fieldError} name="templateId" />
        </form>
      )}
      {can.writeTenant && <p className="muted small">{t('eff.sessionTemplateHint')}</p>}
      {done && <Notice testId="session-template-done">{done}</Notice>}
      {save.error && (
        <ProblemAlert error={save.error} fields={['templateId']} testId="session-template-problem">
          {reason && i18n.exists(`eff.sessionReasons.${reason}`) &&
            <p className="problem-reason" data-testid="problem-reason" data-reason={reason}>{t(`eff.sessionReasons.${reason}`)}</p>}
          {problem?.status === 412 && (
            <p><button type="button" className="secondary" data-testid="reload" onClick={() => { save.reset(); setChoice(undefined); }}>{t('eff.reload')}</button></p>
          )}
        </ProblemAlert>
      )}
    </div>
  );
}
