import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { AssessmentMethod, problemMessage, type CompetencyProfileResponse, JpmFitCategory } from '../../api';
import { Chart } from '../../shared/Chart';
import { Status } from '../../shared/common';
import { PlanForm } from '../development/PlanForm';
import { employeeCommands, employeeKeys, employeeQueries } from './queries';

export function EmployeeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const employee = useQuery(employeeQueries.detail(id));
  const profile = useQuery(employeeQueries.profile(id));
  const history = useQuery(employeeQueries.assessments(id));
  const e = employee.data;

  return (
    <section>
      <p><Link to="/pegawai">← {t('common.back')}</Link></p>
      <Status loading={employee.isLoading} error={employee.error} />
      {e && (
        <div className="card" data-testid="employee-detail">
          <h1>{e.name}</h1>
          <dl className="fields">
            <dt>{t('employees.nip')}</dt><dd className="mono" data-testid="employee-detail-nip">{e.nip}</dd>
            <dt>{t('employees.type')}</dt><dd>{t(`employees.${e.employmentType}`)}</dd>
            <dt>{t('employees.sex')}</dt><dd>{t(`employees.${e.sex}`)}</dd>
            <dt>{t('employees.birthDate')}</dt><dd>{e.birthDate ?? <em>{t('employees.hidden')}</em>}</dd>
            <dt>{t('employees.rank')}</dt><dd>{e.rank ?? t('common.none')}</dd>
            <dt>{t('employees.position')}</dt><dd>{e.positionName ?? t('common.none')}</dd>
            <dt>{t('employees.positionType')}</dt><dd>{e.positionType ?? t('common.none')}</dd>
            <dt>{t('employees.unit')}</dt><dd>{e.unitName}</dd>
            <dt>{t('common.status')}</dt><dd>{e.isActive ? t('common.active') : t('common.inactive')}</dd>
          </dl>
        </div>
      )}
      <Status loading={profile.isLoading} error={profile.error} />
      {profile.data && <Profile profile={profile.data} />}
      {profile.data?.hasStandard && <AssessmentForm profile={profile.data} />}
      {profile.data?.hasStandard && <PlanForm key={profile.data.lastAssessedOn ?? 'none'} profile={profile.data} />}
      <div className="card">
        <h2>{t('profile.history')}</h2>
        {history.data?.items.length === 0 && <p>{t('profile.noHistory')}</p>}
        {!!history.data?.items.length && (
          <table data-testid="assessment-history">
            <thead><tr><th>{t('profile.date')}</th><th>{t('profile.method')}</th><th>{t('profile.assessor')}</th><th>{t('profile.results')}</th></tr></thead>
            <tbody>
              {history.data.items.map(a => (
                <tr key={a.id}><td>{a.assessedOn}</td><td>{t(`methods.${a.method}`)}</td><td>{a.assessor ?? t('common.none')}</td><td>{a.resultCount}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

function Profile({ profile }: { profile: CompetencyProfileResponse }) {
  const { t } = useTranslation();
  const option = useMemo(() => ({
    tooltip: {},
    legend: { bottom: 0, data: [t('profile.required'), t('profile.assessed')] },
    radar: { indicator: profile.items.map(i => ({ name: i.code, max: 5 })), radius: '60%' },
    series: [{
      type: 'radar',
      data: [
        { name: t('profile.required'), value: profile.items.map(i => i.requiredLevel), lineStyle: { type: 'dashed' } },
        { name: t('profile.assessed'), value: profile.items.map(i => i.assessedLevel ?? 0), areaStyle: { opacity: 0.25 } },
      ],
    }],
  }), [profile, t]);

  if (!profile.hasStandard) return <div className="card"><h2>{t('profile.title')}</h2><p>{t('profile.noStandard')}</p></div>;
  const fitClass = profile.fitCategory === JpmFitCategory.MemenuhiSyarat ? 'good' : profile.fitCategory === JpmFitCategory.MasihMemenuhiSyarat ? 'warn' : 'bad';
  return (
    <div className="card" data-testid="competency-profile">
      <h2>{t('profile.title')}</h2>
      <p className="jpm">
        <span>{t('profile.jpm')}: </span>
        <strong data-testid="jpm-value">{profile.jpmRounded != null ? profile.jpmRounded.toFixed(2) : t('profile.notAssessed')}</strong>
        {profile.fitLabel && <span className={`badge ${fitClass}`} data-testid="jpm-fit">{profile.fitLabel}</span>}
        {profile.mappingLabel && <span className="badge neutral">{profile.mappingLabel}</span>}
        {!profile.isComplete && profile.jpm != null && <span className="muted small"> {t('profile.incomplete', { count: profile.neverAssessed.length })}</span>}
      </p>
      <div className="two">
        <Chart option={option} label={t('profile.radar')} testId="profile-radar" />
        <table>
          <thead><tr><th>{t('profile.competency')}</th><th>{t('profile.required')}</th><th>{t('profile.assessed')}</th><th>{t('profile.gap')}</th></tr></thead>
          <tbody>
            {profile.items.map(i => (
              <tr key={i.competencyId}>
                <td><span className="mono">{i.code}</span> {i.name}</td>
                <td>{i.requiredLevel}</td>
                <td>{i.assessedLevel ?? <em>{t('profile.notAssessed')}</em>}</td>
                <td className={i.gap != null && i.gap > 0 ? 'gap' : ''}>{i.gap ?? t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const METHODS = Object.values(AssessmentMethod);

function AssessmentForm({ profile }: { profile: CompetencyProfileResponse }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [method, setMethod] = useState<AssessmentMethod>(AssessmentMethod.AssessmentCenter);
  const [assessor, setAssessor] = useState('');
  const [levels, setLevels] = useState<Record<string, number>>({});
  const save = useMutation({
    mutationFn: () => employeeCommands.recordAssessment({
      employeeId: profile.employeeId, assessedOn: date, method, assessor: assessor || undefined,
      results: Object.entries(levels).map(([competencyId, level]) => ({ competencyId, level })),
    }),
    onSuccess: async () => {
      setOpen(false);
      setLevels({});
      await queries.invalidateQueries({ queryKey: employeeKeys.profile(profile.employeeId) });
      await queries.invalidateQueries({ queryKey: employeeKeys.assessments(profile.employeeId) });
    },
  });

  if (!open) return <p><button type="button" data-testid="assessment-open" onClick={() => setOpen(true)}>{t('profile.addAssessment')}</button></p>;
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  return (
    <form className="card" onSubmit={submit} data-testid="assessment-form">
      <h2>{t('profile.addAssessment')}</h2>
      <div className="filters">
        <label>{t('profile.date')}<input type="date" value={date} onChange={e => setDate(e.target.value)} required /></label>
        <label>{t('profile.method')}
          <select value={method} onChange={e => setMethod(e.target.value as AssessmentMethod)}>
            {METHODS.map(m => <option key={m} value={m}>{t(`methods.${m}`)}</option>)}
          </select>
        </label>
        <label>{t('profile.assessor')}<input value={assessor} onChange={e => setAssessor(e.target.value)} /></label>
      </div>
      <table>
        <thead><tr><th>{t('profile.competency')}</th><th>{t('profile.required')}</th><th>{t('profile.level')}</th></tr></thead>
        <tbody>
          {profile.items.map(i => (
            <tr key={i.competencyId}>
              <td><label htmlFor={`lvl-${i.competencyId}`}>{i.code} {i.name}</label></td>
              <td>{i.requiredLevel}</td>
              <td>
                <select id={`lvl-${i.competencyId}`} data-testid={`level-${i.code}`} value={levels[i.competencyId] ?? ''}
                        onChange={e => setLevels(l => {
                          const next = { ...l };
                          if (e.target.value) next[i.competencyId] = Number(e.target.value); else delete next[i.competencyId];
                          return next;
                        })}>
                  <option value="">{t('common.none')}</option>
                  {[1, 2, 3, 4, 5].map(n => <option key={n} value={n}>{n}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {save.error && <p role="alert" className="error">{problemMessage(save.error)}</p>}
      <p className="actions">
        <button type="submit" data-testid="assessment-save" disabled={save.isPending}>{t('common.save')}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
