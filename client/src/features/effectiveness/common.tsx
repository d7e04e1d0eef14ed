import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { FollowUpProgramResult, LearningFiguresResponse, ReactionAnswerRequest, ReactionFigures, ReactionItemResponse } from '../../api';
import { ProblemAlert, FieldError } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { formatNumber, formatPercent } from '../../shared/format';
import './i18n';
import './effectiveness.css';

export function EffTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs eff-tabs" aria-label={t('eff.tabs')}>
      <NavLink to="/evaluasi/efektivitas" end>{t('eff.title')}</NavLink>
      <NavLink to="/evaluasi/efektivitas/kuesioner">{t('eff.templates')}</NavLink>
    </nav>
  );
}

/** A problem, and for a 409 with a known reason what it means in the page's language. */
export function EffProblem({ error, fields, testId }: { error: unknown; fields?: string[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const reason = toProblem(error).extensions.reason;
  const known = typeof reason === 'string' && i18n.exists(`eff.reasons.${reason}`);
  return (
    <ProblemAlert error={error} fields={fields} testId={testId}>
      {known && <p className="problem-reason" data-testid="problem-reason" data-reason={reason}>{t(`eff.reasons.${reason}`)}</p>}
    </ProblemAlert>
  );
}

export function ReactionCell({ r }: { r: ReactionFigures }) {
  const { t } = useTranslation();
  if (r.mean == null) return <span className="muted">{t('eff.noData')}</span>;
  return (
    <>
      <strong>{t('eff.mean', { mean: formatNumber(r.mean, 2), band: r.bandLabel })}</strong>
      <br /><small>{t('eff.respondents', { n: r.respondents, of: r.participants, rate: formatPercent(r.responseRate) })}</small>
    </>
  );
}

export function LearningCell({ l }: { l: LearningFiguresResponse }) {
  const { t } = useTranslation();
  if (l.scored === 0) return <span className="muted">{t('eff.noData')}</span>;
  return (
    <>
      <strong>{t('eff.gain', { gain: formatNumber(l.meanGain, 1) })}</strong>
      {l.meanNormalisedGain != null && <>; {t('eff.normGain', { g: formatNumber(l.meanNormalisedGain, 2) })}</>}
      <br /><small>{t('eff.improved', { share: formatPercent(l.shareImproved) })}; {t('eff.scored', { n: l.scored })}
        {l.atMaximum > 0 && <>; {t('eff.atMax', { n: l.atMaximum })}</>}</small>
    </>
  );
}

/** Level 3 is the follow-up engineer's: until its endpoint exists, the column says so. */
/**
 * Level 3 of a program: the mean application rating of its supervisors' follow-ups (features/followUps), with how many
 * of those fallen due were filed and on time. The follow-ups are counted per program, so a partner row says so.
 */
export function Level3Cell({ result, perProgram = true }: { result?: FollowUpProgramResult; perProgram?: boolean }) {
  const { t } = useTranslation();
  if (!perProgram) return <span className="muted" title={t('eff.level3PerProgramHint')} data-testid="level3">{t('eff.level3PerProgram')}</span>;
  if (!result || result.meanApplication == null)
    return <span className="muted" data-testid="level3">{t('eff.level3None')}{result && result.fallenDue > 0 ? ` (${t('eff.level3Detail', { filed: 0, due: result.fallenDue, onTime: t('eff.noData') })})` : ''}</span>;
  return (
    <span data-testid="level3" title={t('eff.level3Hint')}>
      <strong>{formatNumber(result.meanApplication, 2)}</strong> / 5
      <br /><small className="muted">{t('eff.level3Detail', {
        filed: result.filed, due: result.fallenDue, onTime: result.onTimePercent == null ? t('eff.noData') : formatPercent(result.onTimePercent / 100, 0),
      })}</small>
    </span>
  );
}

/**
 * The questionnaire: one group of five large choices per statement (a radio group, so a keyboard and a screen reader
 * read it as one question), an optional comment, one submit. Used by staff on the effectiveness page and by the
 * participant on the public form.
 */
export function ReactionForm({ items, onSubmit, pending, error, testId = 'reaction-form' }: {
  items: ReactionItemResponse[]; onSubmit: (body: ReactionAnswerRequest) => void; pending?: boolean; error?: unknown; testId?: string;
}) {
  const { t } = useTranslation();
  const [scores, setScores] = useState<Record<number, number>>({});
  const [comment, setComment] = useState('');
  const submit = () => onSubmit({
    scores: items.filter(i => scores[i.position] != null).map(i => ({ position: i.position, score: scores[i.position] })),
    comment: comment.trim() || undefined,
  });
  return (
    <form noValidate className="reaction-form" data-testid={testId} onSubmit={e => { e.preventDefault(); submit(); }}>
      <ol className="reaction-items">
        {items.map(i => (
          <li key={i.position}>
            <fieldset>
              <legend>{i.text}</legend>
              <div className="likert" role="radiogroup" aria-label={t('eff.score', { text: i.text })}>
                {[1, 2, 3, 4, 5].map(v => (
                  <label key={v} className={scores[i.position] === v ? 'chosen' : undefined}>
                    <input type="radio" name={`item-${i.position}`} value={v} checked={scores[i.position] === v}
                           data-testid={`score-${i.position}-${v}`} onChange={() => setScores(s => ({ ...s, [i.position]: v }))} />
                    <span className="value">{v}</span>
                    <span className="word">{t(`eff.scale.${v}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <FieldError error={error} name="scores" />
      <label className="comment">{t('eff.comment')}
        <textarea rows={3} maxLength={2000} value={comment} onChange={e => setComment(e.target.value)} data-testid="reaction-comment" />
      </label>
      <FieldError error={error} name="comment" />
      <EffProblem error={error} fields={['scores', 'comment']} testId="reaction-problem" />
      <p className="actions"><button type="submit" disabled={pending} data-testid="reaction-submit">{t('eff.submit')}</button></p>
    </form>
  );
}
