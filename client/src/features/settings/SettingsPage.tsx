import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CompetencySettingsDto } from '../../api';
import { Status } from '../../shared/common';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { usePermissions } from '../auth/permissions';
import { settingsCommands, settingsKeys, settingsQueries } from './queries';
import { TrainingTargets } from './TrainingTargets';
import { ComplaintDeadlines } from './ComplaintDeadlines';

const THRESHOLDS = ['jpmMemenuhiSyarat', 'jpmMasihMemenuhiSyarat', 'jpmOptimal', 'jpmCukupOptimal'] as const;
type Field = typeof THRESHOLDS[number] | 'heatmapMinimumCount';

/** The tenant's competency settings: the JPM category thresholds, the heatmap's minimum count and separation of duties. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueries.competency());
  // Kept here: saving gives a new version, which starts a new form.
  const [saved, setSaved] = useState(false);
  return (
    <section>
      <h1>{t('settings.title')}</h1>
      <p className="muted">{t('settings.hint')}</p>
      <Status loading={settings.isLoading} error={settings.error} />
      {/* A new version (after saving or reloading) starts the form again from what the server holds. */}
      {settings.data && <SettingsForm key={settings.data.version} current={settings.data} saved={saved} setSaved={setSaved} />}
      <TrainingTargets />
      <ComplaintDeadlines />
    </section>
  );
}

function SettingsForm({ current, saved, setSaved }: { current: CompetencySettingsDto; saved: boolean; setSaved: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const readOnly = !usePermissions().administer;
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    jpmMemenuhiSyarat: String(current.jpmMemenuhiSyarat ?? ''), jpmMasihMemenuhiSyarat: String(current.jpmMasihMemenuhiSyarat ?? ''),
    jpmOptimal: String(current.jpmOptimal ?? ''), jpmCukupOptimal: String(current.jpmCukupOptimal ?? ''),
    heatmapMinimumCount: String(current.heatmapMinimumCount ?? ''),
  }));
  const [allowSelfApproval, setAllowSelfApproval] = useState(current.allowSelfApproval ?? false);
  const save = useMutation({
    // Everything read is sent back with the changes: a field left out of the PUT would fall back to its default.
    mutationFn: () => settingsCommands.updateCompetency(current.version ?? 0, {
      ...current,
      jpmMemenuhiSyarat: Number(values.jpmMemenuhiSyarat), jpmMasihMemenuhiSyarat: Number(values.jpmMasihMemenuhiSyarat),
      jpmOptimal: Number(values.jpmOptimal), jpmCukupOptimal: Number(values.jpmCukupOptimal),
      heatmapMinimumCount: Number(values.heatmapMinimumCount), allowSelfApproval,
    }),
    onMutate: () => setSaved(false),
    onSuccess: async next => {
      setSaved(true);
      queries.setQueryData(settingsKeys.competency(), next);
      // The JP targets share the settings row and its version: their copy is stale now.
      await queries.invalidateQueries({ queryKey: settingsKeys.training() });
    },
  });
  const err = save.error;
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  const input = (field: Field, step: string) => (
    <label key={field}>{t(`settings.${field}`)}
      <input type="number" step={step} inputMode="decimal" required readOnly={readOnly} value={values[field]} data-testid={`settings-${field}`}
             onChange={e => setValues(v => ({ ...v, [field]: e.target.value }))} {...invalidProps(err, field)} />
      <FieldError error={err} name={field} />
    </label>
  );
  return (
    <form className="card" onSubmit={submit} data-testid="settings-form">
      <h2>{t('settings.thresholds')}</h2>
      <p className="small muted">{t('settings.thresholdsHint')}</p>
      <div className="filters fields-top">{THRESHOLDS.map(f => input(f, 'any'))}</div>
      <h2>{t('settings.heatmap')}</h2>
      <div className="filters fields-top">{input('heatmapMinimumCount', '1')}</div>
      <h2>{t('settings.duties')}</h2>
      <label className="check">
        <input type="checkbox" checked={allowSelfApproval} disabled={readOnly} onChange={e => setAllowSelfApproval(e.target.checked)} data-testid="settings-allowSelfApproval" />
        {' '}{t('settings.allowSelfApproval')}
      </label>
      <p className="small muted">{t('settings.allowSelfApprovalHint')}</p>
      {saved && <Notice testId="settings-saved">{t('settings.saved')}</Notice>}
      <ProblemAlert error={err} fields={[...THRESHOLDS, 'heatmapMinimumCount']}>
        {toProblem(err).status === 412 && (
          <p><button type="button" className="secondary" data-testid="settings-reload"
                     onClick={async () => { save.reset(); await queries.invalidateQueries({ queryKey: settingsKeys.competency() }); }}>{t('settings.reload')}</button></p>
        )}
      </ProblemAlert>
      {!readOnly && <p className="actions"><button type="submit" disabled={save.isPending} data-testid="settings-save">{t('common.save')}</button></p>}
    </form>
  );
}
