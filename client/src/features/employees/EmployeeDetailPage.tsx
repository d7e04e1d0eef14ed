import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { AssessmentMethod, type AssessmentResultRequest, type CompetencyProfileResponse, JpmFitCategory } from '../../api';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { Chart } from '../../shared/Chart';
import { isNotFound, NotFound, Status } from '../../shared/common';
import { PlanForm } from '../development/PlanForm';
import { statusTone } from '../development/PlansPage';
import { planQueries } from '../development/queries';
import { usePermissions } from '../auth/permissions';
import { EmployeeTraining } from '../jpLedger/EmployeeTraining';
import { formatDate, formatNip, formatNumber } from '../../shared/format';
import { employeeCommands, employeeKeys, employeeQueries } from './queries';

export function EmployeeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = usePermissions();
  const location = useLocation();
  const employee = useQuery(employeeQueries.detail(id));
  const profile = useQuery(employeeQueries.profile(id));
  const history = useQuery(employeeQueries.assessments(id));
  const plans = useQuery(planQueries.list({ employeeId: id, page: 1, pageSize: 20, sort: '-year' }));
  const e = employee.data;
  // Back to the list as it was left (filters, sort, page), when the person came from it.
  const back = typeof (location.state as { from?: unknown } | null)?.from === 'string' ? (location.state as { from: string }).from : '/pegawai';

  // A missing employee (or another tenant's) is a page of its own, not two error lines for the employee and the profile.
  if (isNotFound(employee.error)) return <NotFound back="/pegawai" />;
  return (
    <section>
      <p><Link to={back}>← {t('common.back')}</Link></p>
      <Status loading={employee.isLoading} error={employee.error} />
      {e && (
        <div className="card" data-testid="employee-detail">
          <h1>{e.name}</h1>
          <dl className="fields">
            <dt>{t('employees.nip')}</dt><dd className="mono nowrap" data-testid="employee-detail-nip">{formatNip(e.nip)}</dd>
            <dt>{t('employees.type')}</dt><dd>{t(`employees.${e.employmentType}`)}</dd>
            <dt>{t('employees.sex')}</dt><dd>{t(`employees.${e.sex}`)}</dd>
            <dt>{t('employees.birthDate')}</dt><dd>{e.birthDate ? formatDate(e.birthDate) : <em>{t('employees.hidden')}</em>}</dd>
            <dt>{t('employees.rank')}</dt><dd>{e.rank ?? t('common.none')}</dd>
            <dt>{t('employees.position')}</dt><dd>{e.positionName ?? t('common.none')}</dd>
            <dt>{t('employees.positionType')}</dt><dd>{e.positionType ? t(`positions.types.${e.positionType}`) : t('common.none')}</dd>
            <dt>{t('employees.unit')}</dt><dd>{e.unitName}</dd>
            <dt>{t('common.status')}</dt><dd>{e.isActive ? t('common.active') : t('common.inactive')}</dd>
          </dl>
        </div>
      )}
      {!employee.error && <Status loading={profile.isLoading} error={profile.error} />}
      {profile.data && <Profile profile={profile.data} />}
      {profile.data?.hasStandard && can.writeTenant && <AssessmentForm profile={profile.data} />}
      {profile.data?.hasStandard && can.draftPlans && <PlanForm key={profile.data.lastAssessedOn ?? 'none'} profile={profile.data} />}
      {!!plans.data?.items.length && (
        <div className="card">
          <h2>{t('plans.title')}</h2>
          <ul data-testid="employee-plans">
            {plans.data.items.map(p => (
              <li key={p.id}><Link to={`/rencana/${p.id}`}>{p.year} · {p.title}</Link> <span className={`badge ${statusTone(p.status)}`}>{t(`plans.${p.status}`)}</span></li>
            ))}
          </ul>
        </div>
      )}
      {e && <EmployeeTraining employeeId={e.id} />}
      <div className="card">
        <h2>{t('profile.history')}</h2>
        {history.data?.items.length === 0 && <p>{t('profile.noHistory')}</p>}
        {!!history.data?.items.length && (
          <div className="table-wrap">
            <table data-testid="assessment-history" className="cards-on-phone">
              <thead><tr><th>{t('profile.date')}</th><th>{t('profile.method')}</th><th>{t('profile.assessor')}</th><th>{t('profile.results')}</th></tr></thead>
              <tbody>
                {history.data.items.map(a => (
                  <tr key={a.id}>
                    <td data-label={t('profile.date')}>{formatDate(a.assessedOn)}</td><td data-label={t('profile.method')}>{t(`methods.${a.method}`)}</td>
                    <td data-label={t('profile.assessor')}>{a.assessor ?? t('common.none')}</td><td data-label={t('profile.results')}>{formatNumber(a.resultCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}

/** Required minus assessed, said in words: a shortfall, on standard, or a surplus ("+2 di atas standar"), never a bare "−2". */
export function GapText({ gap }: { gap: number | undefined }) {
  const { t } = useTranslation();
  if (gap == null) return <>{t('common.none')}</>;
  if (gap > 0) return <span className="gap-below">{t('profile.below', { n: gap })}</span>;
  if (gap < 0) return <span className="gap-above">{t('profile.above', { n: -gap })}</span>;
  return <span className="gap-met">{t('profile.met')}</span>;
}

function Profile({ profile }: { profile: CompetencyProfileResponse }) {
  const { t, i18n } = useTranslation();
  const missing = profile.items.filter(i => i.assessedLevel == null);
  // Never assessed is not level 0, and a radar cannot leave a gap in its polygon: its axes are the measured
  // competencies only (as in the JPM), and the note under it names the others.
  const measured = profile.items.filter(i => i.assessedLevel != null);
  const option = useMemo(() => ({
    tooltip: {},
    legend: { bottom: 0, data: [t('profile.required'), t('profile.assessed')] },
    radar: {
      // One ring per level (1 inside, 5 outside) and the level printed at each assessed point, so levels 1–2 are read, not guessed.
      indicator: measured.map(i => ({ name: i.code, min: 0, max: 5 })),
      // 58% leaves room for the longest codes (T.ADM.01) at the sides on a 360 px phone.
      splitNumber: 5, radius: '58%', center: ['50%', '48%'],
      axisName: { color: '#1c2430', fontSize: 12 },
      splitLine: { lineStyle: { color: '#c9d2dd' } },
      splitArea: { areaStyle: { color: ['#ffffff', '#f4f6f9'] } },
    },
    series: [{
      type: 'radar', symbolSize: 7,
      data: [
        { name: t('profile.required'), value: measured.map(i => i.requiredLevel), lineStyle: { type: 'dashed', width: 2 }, itemStyle: { color: '#5b6675' } },
        { name: t('profile.assessed'), value: measured.map(i => i.assessedLevel!), areaStyle: { opacity: 0.25 }, lineStyle: { width: 2 }, itemStyle: { color: '#0b5394' },
          // Only the levels that differ from the standard are printed: where the person stands out, without a crowd of 1s at the centre.
          label: { show: true, color: '#0b5394', fontWeight: 'bold', formatter: (p: { value: number; dimensionIndex?: number }) =>
            (p.dimensionIndex != null && measured[p.dimensionIndex]?.requiredLevel === p.value ? '' : String(p.value)) } },
      ],
    }],
  }), [profile, t, i18n.language]);

  if (!profile.hasStandard) return <div className="card"><h2>{t('profile.title')}</h2><p>{t('profile.noStandard')}</p></div>;
  const fitClass = profile.fitCategory === JpmFitCategory.MemenuhiSyarat ? 'good' : profile.fitCategory === JpmFitCategory.MasihMemenuhiSyarat ? 'warn' : 'bad';
  return (
    <div className="card" data-testid="competency-profile">
      <h2>{t('profile.title')}</h2>
      <p className="jpm">
        <span>{t('profile.jpm')}: </span>
        <strong data-testid="jpm-value">{profile.jpmRounded != null ? formatNumber(profile.jpmRounded, 2) : t('profile.notAssessed')}</strong>
        {profile.jpm != null && <span className={`badge ${fitClass}`} data-testid="jpm-fit">{t(`fit.${profile.fitCategory}`)}</span>}
        {profile.jpm != null && <span className="badge neutral">{t(`mapping.${profile.mappingCategory}`)}</span>}
        {!profile.isComplete && profile.jpm != null && <span className="muted small"> {t('profile.incomplete', { count: profile.neverAssessed.length })}</span>}
        {profile.lastAssessedOn && <span className="muted small"> · {t('profile.lastAssessed')}: {formatDate(profile.lastAssessedOn)}</span>}
      </p>
      <div className="two">
        <div>
          {measured.length >= 3
            ? <><Chart option={option} label={t('profile.radar')} testId="profile-radar" /><p className="small muted">{t('profile.radarScale')}</p></>
            : <p className="muted" data-testid="radar-too-few">{t('profile.radarTooFew')}</p>}
          {missing.length > 0 && <p className="small muted" data-testid="radar-missing">{t('profile.radarMissing', { codes: missing.map(i => i.code).join(', ') })}</p>}
        </div>
        <div className="table-wrap">
          <table className="compact-on-phone">
            <thead><tr><th>{t('profile.competency')}</th><th>{t('profile.required')}</th><th>{t('profile.assessed')}</th><th>{t('profile.gap')}</th></tr></thead>
            <tbody>
              {profile.items.map(i => (
                <tr key={i.competencyId} data-testid={`profile-row-${i.code}`}>
                  <td><span className="mono">{i.code}</span> {i.name}</td>
                  <td data-label={t('profile.required')}>{i.requiredLevel}</td>
                  <td data-label={t('profile.assessed')}>{i.assessedLevel ?? <em>{t('profile.notAssessed')}</em>}</td>
                  <td data-label={t('profile.gap')} data-testid="gap"><GapText gap={i.gap} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

// A post-training evaluation is recorded from its follow-up (Evaluasi › Tindak lanjut), never entered here.
const METHODS = Object.values(AssessmentMethod).filter(m => m !== AssessmentMethod.PostTrainingEvaluation);

function AssessmentForm({ profile }: { profile: CompetencyProfileResponse }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [method, setMethod] = useState<AssessmentMethod>(AssessmentMethod.AssessmentCenter);
  const [assessor, setAssessor] = useState('');
  const [levels, setLevels] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (results: AssessmentResultRequest[]) => employeeCommands.recordAssessment({
      employeeId: profile.employeeId, assessedOn: date, method, assessor: assessor || undefined, results,
    }),
    onMutate: () => setSaved(false),
    onSuccess: async () => {
      setOpen(false);
      setLevels({});
      setSaved(true);
      await queries.invalidateQueries({ queryKey: employeeKeys.profile(profile.employeeId) });
      await queries.invalidateQueries({ queryKey: employeeKeys.assessments(profile.employeeId) });
    },
  });

  // The server names a result by its index in the list sent ("results[2].level"); this finds its row.
  const sent = save.variables ?? [];
  const levelField = (competencyId: string) => `results[${sent.findIndex(r => r.competencyId === competencyId)}].level`;
  const fields = ['assessedOn', 'method', 'assessor', ...sent.map((_, i) => `results[${i}]`)];

  if (!open) return (
    <div className="actions wrap">
      <button type="button" data-testid="assessment-open" onClick={() => { setSaved(false); setOpen(true); }}>{t('profile.addAssessment')}</button>
      {saved && <Notice testId="assessment-saved">{t('profile.saved')}</Notice>}
    </div>
  );
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(Object.entries(levels).map(([competencyId, level]) => ({ competencyId, level }))); };
  return (
    <form className="card" onSubmit={submit} data-testid="assessment-form">
      <h2>{t('profile.addAssessment')}</h2>
      <div className="filters">
        <label>{t('profile.date')}<input type="date" value={date} onChange={e => setDate(e.target.value)} required {...invalidProps(save.error, 'assessedOn')} />
          <FieldError error={save.error} name="assessedOn" /></label>
        <label>{t('profile.method')}
          <select value={method} onChange={e => setMethod(e.target.value as AssessmentMethod)} {...invalidProps(save.error, 'method')}>
            {METHODS.map(m => <option key={m} value={m}>{t(`methods.${m}`)}</option>)}
          </select>
          <FieldError error={save.error} name="method" /></label>
        <label>{t('profile.assessor')}<input value={assessor} onChange={e => setAssessor(e.target.value)} {...invalidProps(save.error, 'assessor')} />
          <FieldError error={save.error} name="assessor" /></label>
      </div>
      <table>
        <thead><tr><th>{t('profile.competency')}</th><th>{t('profile.required')}</th><th>{t('profile.level')}</th></tr></thead>
        <tbody>
          {profile.items.map(i => (
            <tr key={i.competencyId}>
              <td><label htmlFor={`lvl-${i.competencyId}`}>{i.code} {i.name}</label></td>
              <td>{i.requiredLevel}</td>
              <td>
                <select id={`lvl-${i.competencyId}`} data-testid={`level-${i.code}`} value={levels[i.competencyId] ?? ''} {...invalidProps(save.error, levelField(i.competencyId))}
                        onChange={e => setLevels(l => {
                          const next = { ...l };
                          if (e.target.value) next[i.competencyId] = Number(e.target.value); else delete next[i.competencyId];
                          return next;
                        })}>
                  <option value="">{t('common.none')}</option>
                  {[1, 2, 3, 4, 5].map(n => <option key={n} value={n}>{n}</option>)}
                </select>
                <FieldError error={save.error} name={levelField(i.competencyId)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProblemAlert error={save.error} fields={fields} />
      <p className="actions">
        <button type="submit" data-testid="assessment-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
