import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ComplaintSettingsDto } from '../../api';
import { Status } from '../../shared/common';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { usePermissions } from '../auth/permissions';
import { complaintCommands, complaintKeys, complaintQueries } from '../complaints/queries';
import '../complaints/i18n';

const FIELDS = ['firstResponseDays', 'resolutionDays', 'fieldCheckDays', 'escalateAfterDays'] as const;
type Field = typeof FIELDS[number];

/** The complaint deadlines in working days, on the settings page; their own row and version, so their own save, 422s and 412. */
export function ComplaintDeadlines() {
  const settings = useQuery(complaintQueries.settings());
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Status loading={settings.isLoading} error={settings.error} />
      {settings.data && <DeadlinesForm key={settings.data.version} current={settings.data} saved={saved} setSaved={setSaved} />}
    </>
  );
}

function DeadlinesForm({ current, saved, setSaved }: { current: ComplaintSettingsDto; saved: boolean; setSaved: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const readOnly = !usePermissions().administer;
  const [values, setValues] = useState<Record<Field, string>>(() => Object.fromEntries(FIELDS.map(f => [f, String(current[f] ?? '')])) as Record<Field, string>);
  const save = useMutation({
    // Every field as typed (an empty box is left out and takes its default, as the API documents), for the server to judge.
    mutationFn: () => complaintCommands.updateSettings(current.version ?? 0,
      Object.fromEntries(FIELDS.map(f => [f, values[f].trim() === '' ? undefined : Number(values[f])])) as ComplaintSettingsDto),
    onMutate: () => setSaved(false),
    onSuccess: next => { setSaved(true); queries.setQueryData(complaintKeys.settings(), next); },
  });
  const err = save.error;
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  return (
    <form className="card" onSubmit={submit} noValidate data-testid="complaint-deadlines-form">
      <h2>{t('complaints.settingsTitle')}</h2>
      <p className="small muted">{t('complaints.settingsHint')}</p>
      <div className="filters fields-top">
        {FIELDS.map(field => (
          <label key={field}>{t(`complaints.${field}`)}
            <input type="number" step="1" inputMode="numeric" readOnly={readOnly} value={values[field]} data-testid={`settings-${field}`}
                   onChange={e => setValues(v => ({ ...v, [field]: e.target.value }))} {...invalidProps(err, field)} />
            <FieldError error={err} name={field} />
          </label>
        ))}
      </div>
      {saved && <Notice testId="complaint-deadlines-saved">{t('complaints.settingsSaved')}</Notice>}
      <ProblemAlert error={err} fields={[...FIELDS]}>
        {toProblem(err).status === 412 && (
          <p><button type="button" className="secondary" data-testid="complaint-deadlines-reload"
                     onClick={async () => { save.reset(); await queries.invalidateQueries({ queryKey: complaintKeys.settings() }); }}>{t('settings.reload')}</button></p>
        )}
      </ProblemAlert>
      {!readOnly && <p className="actions"><button type="submit" disabled={save.isPending} data-testid="complaint-deadlines-save">{t('common.save')}</button></p>}
    </form>
  );
}
