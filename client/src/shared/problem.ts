import i18n from '../i18n';

/** What a person reads about a failed call: the RFC 9457 title and detail, and the field errors by the name of the input they belong to. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  /** Keys normalised to the names the dashboard gives its inputs: `items[0].targetLevel`, `name`. */
  fieldErrors: Record<string, string[]>;
  /** A 412 names the version that is current now. */
  currentVersion?: number;
  /** Extra members of the problem (for example the id of an existing plan on a 409). */
  extensions: Record<string, unknown>;
}

interface ProblemLike { status?: number; title?: string; detail?: string; errors?: Record<string, string[]>; [key: string]: unknown }

const STANDARD = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors', 'traceId']);

/**
 * The generated client throws the parsed problem itself when the response has a body, an ApiException
 * (status and raw text) when it has none or an undocumented status, and fetch throws a TypeError when the
 * server cannot be reached. All three become one Problem, so no page ever prints "[object Object]".
 */
export function toProblem(error: unknown): Problem {
  let body: ProblemLike | undefined;
  let status = 0;
  if (error && typeof error === 'object') {
    const e = error as { isApiException?: boolean; status?: number; response?: string; result?: unknown };
    if (e.isApiException === true) {
      status = e.status ?? 0;
      body = (e.result as ProblemLike | null) ?? parse(e.response);
    } else if (!(error instanceof Error)) {
      body = error as ProblemLike;
      status = typeof body.status === 'number' ? body.status : 0;
    }
  }
  if (!body && !status) {
    const offline = error instanceof TypeError;
    return { status: 0, title: i18n.t(offline ? 'problem.offline' : 'problem.unknown'), detail: offline ? undefined : message(error), fieldErrors: {}, extensions: {} };
  }
  const english = i18n.language === 'en';
  // The title of a known status is the page's own generic text (some server titles are still English, "Forbidden");
  // the detail is the server's explanation, which is what says why. Without one, a generic explanation for the status.
  const known = i18n.exists(`problem.status.${status}`);
  const title = known ? i18n.t(`problem.status.${status}`) : !english && body?.title ? body.title : i18n.t('problem.unknown');
  let detail = body?.detail || (i18n.exists(`problem.detail.${status}`) ? i18n.t(`problem.detail.${status}`) : undefined);
  if (status === 422 && english) detail = i18n.t('problem.checkFields');
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(body?.errors ?? {})) {
    const name = fieldName(key);
    fieldErrors[name] = [...(fieldErrors[name] ?? []), ...messages];
  }
  const extensions = Object.fromEntries(Object.entries(body ?? {}).filter(([k]) => !STANDARD.has(k)));
  const currentVersion = typeof body?.currentVersion === 'number' ? body.currentVersion : undefined;
  return { status, title, detail: detail && detail !== title ? detail : undefined, fieldErrors, currentVersion, extensions };
}

/** "Body.Items[0].TargetLevel" or "items[0].targetLevel" → "items[0].targetLevel". */
export function fieldName(key: string): string {
  const path = key.replace(/^body\./i, '');
  return path.split('.').map(p => (p ? p[0].toLowerCase() + p.slice(1) : p)).join('.');
}

export function isNotFound(error: unknown): boolean {
  return !!error && toProblem(error).status === 404;
}

function parse(text?: string): ProblemLike | undefined {
  if (!text) return undefined;
  try { const v = JSON.parse(text); return v && typeof v === 'object' ? v : undefined; } catch { return undefined; }
}

function message(error: unknown): string | undefined {
  if (error instanceof Error) return error.message || undefined;
  return typeof error === 'string' ? error : undefined;
}
