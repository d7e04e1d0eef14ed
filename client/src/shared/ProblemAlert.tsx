import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toProblem, type Problem } from './problem';
import './components.css';

/**
 * The one way a failed call is shown: title and detail in an alert, and the field errors that no input on
 * the page shows (those named in `fields` appear next to their input through FieldError instead).
 */
export function ProblemAlert({ error, fields = [], children, testId = 'problem' }: {
  error: unknown; fields?: string[]; children?: ReactNode; testId?: string;
}) {
  useTranslation(); // re-render in the chosen language
  if (!error) return null;
  const problem = toProblem(error);
  const shown = (name: string) => fields.some(f => name === f || name.startsWith(`${f}.`) || name.startsWith(`${f}[`));
  // A field error no input shows is listed, unless it only repeats the detail (a 409 names its field and says the same).
  const rest = Object.entries(problem.fieldErrors)
    .filter(([name]) => !shown(name))
    .map(([name, messages]) => [name, messages.filter(m => m !== problem.detail)] as const)
    .filter(([, messages]) => messages.length > 0);
  return (
    <div role="alert" className="problem" data-testid={testId} data-status={problem.status}>
      <strong className="problem-title">{problem.title}</strong>
      {problem.detail && <p className="problem-detail">{problem.detail}</p>}
      <Hint problem={problem} raw={error} />
      {rest.length > 0 && <ul>{rest.map(([name, messages]) => <li key={name}>{messages.join(' ')}</li>)}</ul>}
      {children}
    </div>
  );
}

/** What to do about a stale copy, when the server's own detail does not say it in the page's language. */
function Hint({ problem, raw }: { problem: Problem; raw: unknown }) {
  const { t, i18n } = useTranslation();
  const serverSaid = !!(raw as { detail?: string } | null)?.detail;
  if (problem.status === 412 && (!serverSaid || i18n.language === 'en')) return <p className="problem-detail">{t('problem.staleHint')}</p>;
  return null;
}

/** The messages for one input, placed next to it; the input points at it with aria-describedby. */
export function FieldError({ error, name, id }: { error: unknown; name: string; id?: string }) {
  if (!error) return null;
  const messages = toProblem(error).fieldErrors[name];
  if (!messages?.length) return null;
  return <span className="field-error" id={id ?? fieldErrorId(name)} data-testid={`field-error-${name}`}>{messages.join(' ')}</span>;
}

export const fieldErrorId = (name: string) => `err-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/** Props for an input whose field may carry an error: marked invalid and described by its message. */
export function invalidProps(error: unknown, name: string) {
  const has = !!error && !!toProblem(error).fieldErrors[name]?.length;
  return has ? { 'aria-invalid': true as const, 'aria-describedby': fieldErrorId(name) } : {};
}

/** A success message: never the same box as an error. */
export function Notice({ children, testId }: { children: ReactNode; testId?: string }) {
  return <p role="status" className="notice" data-testid={testId}>{children}</p>;
}
