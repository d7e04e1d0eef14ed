import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TrainingSettingsDto } from '../../api';
import { Status } from '../../shared/common';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { usePermissions } from '../auth/permissions';
import { followUpKeys } from '../followUps/queries';
import { jpLedgerKeys } from '../jpLedger/queries';
import { settingsCommands, settingsKeys, settingsQueries } from './queries';

const FIELDS = ['jpTargetPns', 'jpTargetPppk', 'followUpMonths'] as const;
type Field = typeof FIELDS[number];

/** The yearly JP targets per employment type and the months before a post-training follow-up, on the settings page beside the competency settings. */
export function TrainingTargets() {
  const settings = useQuery(settingsQueries.training());
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Status loading={settings.isLoading} error={settings.error} />
      {settings.data && <TargetsForm key={settings.data.version} current={settings.data} saved={saved} setSaved={setSaved} />}
    </>
  );
}

function TargetsForm({ current, saved, setSaved }: { current: TrainingSettingsDto; saved: boolean; setSaved: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const readOnly = !usePermissions().administer;
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    jpTargetPns: String(current.jpTargetPns ?? ''), jpTargetPppk: String(current.jpTargetPppk ?? ''), followUpMonths: String(current.followUpMonths ?? ''),
  }));
  const save = useMutation({
    mutationFn: () => settingsCommands.updateTraining(current.version ?? 0, {
      // What was typed, even 0, for the server to judge; an empty box is left out and takes the default (20), as the API documents.
      jpTargetPns: values.jpTargetPns.trim() === '' ? undefined : Number(values.jpTargetPns),
      jpTargetPppk: values.jpTargetPppk.trim() === '' ? undefined : Number(values.jpTargetPppk),
      followUpMonths: values.followUpMonths.trim() === '' ? undefined : Number(values.followUpMonths),
    }),
    onMutate: () => setSaved(false),
    onSuccess: async next => {
      setSaved(true);
      queries.setQueryData(settingsKeys.training(), next);
      // One settings row, one version: the competency form's copy is stale now, and every ledger figure has new targets.
      await queries.invalidateQueries({ queryKey: settingsKeys.competency() });
      await queries.invalidateQueries({ queryKey: jpLedgerKeys.all });
      await queries.invalidateQueries({ queryKey: followUpKeys.all });
    },
  });
  const err = save.error;
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  return (
    <form className="card" onSubmit={submit} noValidate data-testid="jp-targets-form">
      <h2>{t('jpLedger.targetsTitle')}</h2>
      <p className="small muted">{t('jpLedger.targetsHint')}</p>
      <div className="filters fields-top">
        {FIELDS.map(field => (
          <label key={field}>{t(`jpLedger.${field}`)}
            <input type="number" step="1" inputMode="numeric" readOnly={readOnly} value={values[field]} data-testid={`settings-${field}`}
                   onChange={e => setValues(v => ({ ...v, [field]: e.target.value }))} {...invalidProps(err, field)} />
            <FieldError error={err} name={field} />
          </label>
        ))}
      </div>
      {saved && <Notice testId="jp-targets-saved">{t('jpLedger.targetsSaved')}</Notice>}
      <ProblemAlert error={err} fields={[...FIELDS]}>
        {toProblem(err).status === 412 && (
          <p><button type="button" className="secondary" data-testid="jp-targets-reload"
                     onClick={async () => { save.reset(); await queries.invalidateQueries({ queryKey: settingsKeys.all }); }}>{t('settings.reload')}</button></p>
        )}
      </ProblemAlert>
      {!readOnly && <p className="actions"><button type="submit" disabled={save.isPending} data-testid="jp-targets-save">{t('common.save')}</button></p>}
    </form>
  );
}
