import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Status } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { isNotFound } from '../../shared/problem';
import { EffProblem, ReactionForm } from './common';
import { effCommands } from './queries';

/**
 * The participant's questionnaire behind a one-time link, outside sign-in: made for a phone (five large choices per
 * statement). An unknown or expired link says so; a used one says thank you.
 */
export function PublicReactionPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const form = useQuery({ queryKey: ['public-reaction', token], queryFn: () => effCommands.publicForm(token), retry: false });
  const send = useMutation({ mutationFn: (body: Parameters<typeof effCommands.publicSubmit>[1]) => effCommands.publicSubmit(token, body) });
  return (
    <main id="main" className="public-reaction">
      <h1>{t('eff.public.title')}</h1>
      {form.isLoading && <Status loading />}
      {form.error && (isNotFound(form.error) ? <p role="alert" data-testid="reaction-invalid">{t('eff.public.invalid')}</p> : <EffProblem error={form.error} testId="reaction-problem" />)}
      {send.isSuccess && <p role="status" className="notice" data-testid="reaction-thanks">{t('eff.public.thanks')}</p>}
      {form.data && !send.isSuccess && (
        <>
          <p><strong>{form.data.tenantName}</strong></p>
          <p>{t('eff.public.intro', { program: form.data.programTitle, session: form.data.sessionName, from: formatDate(form.data.startDate), to: formatDate(form.data.endDate) })}</p>
          <ReactionForm items={form.data.items} pending={send.isPending} error={send.error} onSubmit={body => send.mutate(body)} />
        </>
      )}
    </main>
  );
}
