import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { EnrollmentStatus, TrainingSessionStatus } from '../../api';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import './i18n';

/** The three parts of the training area, one tab each; the menu links the first two. */
export function TrainingTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('training.tabs')}>
      <NavLink to="/pelatihan" end>{t('training.programs')}</NavLink>
      <NavLink to="/angkatan">{t('training.sessions')}</NavLink>
      <NavLink to="/mitra-pelatihan">{t('training.partners')}</NavLink>
    </nav>
  );
}

/**
 * A problem, and for a 409 that carries a `reason` (full, alreadyEnrolled, notOpen, …) what it means for the person
 * in the page's language, so nobody has to decode the server's wording. A 412 offers to reload.
 */
export function TrainingProblem({ error, fields, onReload, testId }: { error: unknown; fields?: string[]; onReload?: () => void; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problem = toProblem(error);
  const reason = typeof problem.extensions.reason === 'string' ? problem.extensions.reason : undefined;
  const known = reason && i18n.exists(`training.reasons.${reason}`);
  return (
    <ProblemAlert error={error} fields={fields} testId={testId}>
      {known && <p className="problem-reason" data-testid="problem-reason" data-reason={reason}>{t(`training.reasons.${reason}`)}</p>}
      {problem.status === 412 && onReload && <p><button type="button" className="secondary" data-testid="reload" onClick={onReload}>{t('training.reload')}</button></p>}
    </ProblemAlert>
  );
}

/** A button that asks first: a step that cannot be undone (start, cancel, deactivate) is never one click away. */
export function ConfirmButton({ label, question, yes, onConfirm, pending, testId, className = 'secondary' }: {
  label: string; question: ReactNode; yes?: string; onConfirm: () => void; pending?: boolean; testId: string; className?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" className={className} data-testid={testId} disabled={pending} onClick={() => setAsking(true)}>{label}</button>;
  return (
    <div className="confirm" role="group" aria-label={label} data-testid={`${testId}-confirm`}>
      <p>{question}</p>
      <p className="actions">
        <button type="button" data-testid={`${testId}-yes`} disabled={pending} onClick={() => { setAsking(false); onConfirm(); }}>{yes ?? t('training.yes')}</button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>{t('common.cancel')}</button>
      </p>
    </div>
  );
}

export function sessionTone(status: TrainingSessionStatus): string {
  switch (status) {
    case TrainingSessionStatus.Open: return 'good';
    case TrainingSessionStatus.Running: return 'warn';
    case TrainingSessionStatus.Cancelled: return 'bad';
    default: return 'neutral';
  }
}

export function enrollmentTone(status: EnrollmentStatus): string {
  switch (status) {
    case EnrollmentStatus.Completed: return 'good';
    case EnrollmentStatus.Attending: return 'warn';
    case EnrollmentStatus.NotCompleted: return 'bad';
    default: return 'neutral';
  }
}

/** Taken of capacity as a bar and in words; the bar is a native progress element, so screen readers read it too. */
export function SeatsBar({ taken, capacity }: { taken: number; capacity: number }) {
  const { t } = useTranslation();
  const text = t('training.seatsOf', { taken, capacity });
  return (
    <span className="seats" data-testid="seats">
      <progress max={capacity} value={Math.min(taken, capacity)} aria-label={text} className={taken >= capacity ? 'full' : undefined} />
      <span className="small nowrap" data-testid="seats-text">{text}</span>
    </span>
  );
}
