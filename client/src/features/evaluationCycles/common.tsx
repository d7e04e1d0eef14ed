import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EvaluationCycleStatus, FollowUpActionStatus, type EvaluationIndicator } from '../../api';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { formatNumber } from '../../shared/format';
import './i18n';
import './evaluationCycles.css';

/** A problem, and for a 409 with a known `reason` (closed, transition, limit) what it means in the page's language; a 412 offers to reload. */
export function EvaluationProblem({ error, fields, onReload, testId }: { error: unknown; fields?: string[]; onReload?: () => void; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problem = toProblem(error);
  const reason = typeof problem.extensions.reason === 'string' ? problem.extensions.reason : undefined;
  const known = reason && i18n.exists(`evaluation.reasons.${reason}`);
  return (
    <ProblemAlert error={error} fields={fields} testId={testId}>
      {known && <p className="problem-reason" data-testid="problem-reason" data-reason={reason}>{t(`evaluation.reasons.${reason}`)}</p>}
      {problem.status === 412 && onReload && <p><button type="button" className="secondary" data-testid="reload" onClick={onReload}>{t('evaluation.reload')}</button></p>}
    </ProblemAlert>
  );
}

export const cycleTone = (s: EvaluationCycleStatus) => s === EvaluationCycleStatus.Open ? 'warn' : 'neutral';

export function actionTone(s: FollowUpActionStatus, overdue: boolean): string {
  if (overdue) return 'bad';
  switch (s) {
    case FollowUpActionStatus.Done: return 'good';
    case FollowUpActionStatus.InProgress: return 'warn';
    default: return 'neutral';
  }
}

/** An indicator's figure in its unit: shares and indices with one decimal, the dash when there is nothing to measure. */
export function figure(value: number | null | undefined, unit: string, t: (k: string) => string): string {
  if (value == null) return t('evaluation.noValue');
  return unit === '%' ? `${formatNumber(value, 1)} %` : formatNumber(value, unit === 'indeks' ? 2 : 0);
}

export function IndicatorCard({ indicator }: { indicator: EvaluationIndicator }) {
  const { t } = useTranslation();
  const dashboard = indicator.link.startsWith('/api/') ? undefined : indicator.link;
  return (
    <article className="indicator" data-testid="indicator" data-code={indicator.code}>
      <h3>{indicator.label}</h3>
      <p className="figure" data-testid="indicator-value">{figure(indicator.value, indicator.unit, t)}</p>
      <ul>
        {indicator.details.map(d => (
          <li key={d.key}><span className="muted">{d.label}</span>
            {/* A yes/no part (the IKM's sample check) is stored as 1 or 0 like every other figure. */}
            <span>{d.key.endsWith('Sufficient') ? t(d.value ? 'evaluation.yes' : 'evaluation.no') : formatNumber(d.value)}</span></li>
        ))}
      </ul>
      {dashboard && <Link to={dashboard}>{t('evaluation.seeFigure')}</Link>}
    </article>
  );
}
