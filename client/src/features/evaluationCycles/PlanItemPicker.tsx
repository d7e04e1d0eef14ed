import { useState } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DevelopmentActivityForm, type DevelopmentPlanRequest } from '../../api';
import { useDebounced } from '../../shared/common';
import { formatDate, formatNip } from '../../shared/format';
import { FieldError, invalidProps } from '../../shared/ProblemAlert';
import { employeeQueries } from '../employees/queries';
import { planQueries } from '../development/queries';

/** The choice "a new item" in the item select: the action's save then drafts a plan with that one item first. */
export const NEW_ITEM = 'new';

export interface PlanItemChoice {
  employee?: { id: string; name: string };
  /** An existing item's id, or NEW_ITEM. */
  planItemId: string;
  competencyId: string;
  targetLevel: number;
  form: DevelopmentActivityForm;
  activityName: string;
  plannedJp: number;
}

export const emptyPlanItemChoice = (): PlanItemChoice => ({
  planItemId: NEW_ITEM, competencyId: '', targetLevel: 3, form: DevelopmentActivityForm.PelatihanTeknis, activityName: '', plannedJp: 20,
});

/**
 * The plan the new item goes into: a draft of the due date's year with that one item, through POST /development-plans
 * (the API allows one plan per employee and year: a second is its 409, shown with the existing plan one click away).
 */
export function newPlanBody(choice: PlanItemChoice, dueDate: string | undefined, title: string): DevelopmentPlanRequest {
  return {
    employeeId: choice.employee?.id, year: dueDate ? Number(dueDate.slice(0, 4)) : undefined, title: title.slice(0, 200),
    items: [{
      competencyId: choice.competencyId || undefined, targetLevel: choice.targetLevel, form: choice.form,
      activityName: choice.activityName, plannedJp: choice.plannedJp, dueDate: dueDate || undefined,
    }],
  };
}

/**
 * A development-plan item for an action: the employee (searched by name or NIP), then one of their plans' items or a
 * new one (competency from their profile, gaps first; target level, form, activity, JP). Errors of either call land
 * under the input they name: employeeId, planItemId, items[0].….
 */
export function PlanItemPicker({ prefix, choice, onChange, dueDate, error }: {
  prefix: string; choice: PlanItemChoice; onChange: (patch: Partial<PlanItemChoice>) => void; dueDate?: string; error: unknown;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const employee = choice.employee;
  const found = useQuery({ ...employeeQueries.list({ q, subunits: true, sort: 'name', page: 1, pageSize: 8, includeTotal: false }), enabled: !employee && q.length >= 2 });
  const plans = useQuery({ ...planQueries.list({ employeeId: employee?.id, page: 1, pageSize: 10 }), enabled: !!employee });
  // A plan's items come with the single read; an employee has a plan a year, so a handful of reads.
  const details = useQueries({ queries: (employee ? plans.data?.items ?? [] : []).map(p => planQueries.detail(p.id)) });
  const profile = useQuery({ ...employeeQueries.profile(employee?.id ?? ''), enabled: !!employee && choice.planItemId === NEW_ITEM });
  const year = dueDate ? Number(dueDate.slice(0, 4)) : undefined;
  const planOfYear = plans.data?.items.find(p => p.year === year);
  const competencies = [...(profile.data?.items ?? [])].sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
  const id = (name: string) => `${prefix}-${name}`;
  const field = (name: string, testId: string) => ({ id: id(testId), 'data-testid': `plan-${testId}`, ...invalidProps(error, name) });

  return (
    <>
      <label htmlFor={id('employee')}>{t('evaluation.employee')}</label>
      <span data-testid="plan-employee">
        {employee ? (
          <span className="actions" data-testid="plan-employee-chosen">{employee.name}
            <button type="button" className="link" onClick={() => { setText(''); onChange({ ...emptyPlanItemChoice(), employee: undefined }); }}>{t('evaluation.changeEmployee')}</button></span>
        ) : (
          <>
            <input id={id('employee')} type="search" data-testid="plan-employee-search" placeholder={t('evaluation.employeeSearch')} value={text}
                   onChange={e => setText(e.target.value)} {...invalidProps(error, 'employeeId')} {...invalidProps(error, 'planItemId')} />
            {q.length >= 2 && found.data && (
              <ul className="plain" data-testid="plan-employee-results">
                {found.data.items.map(e => (
                  <li key={e.id} className="actions">
                    <span>{e.name} <span className="mono small nowrap">{formatNip(e.nip)}</span> <span className="muted small">{e.unitName}</span></span>
                    <button type="button" className="secondary" data-testid="plan-employee-choose" onClick={() => onChange({ employee: { id: e.id, name: e.name }, planItemId: NEW_ITEM, competencyId: '' })}>
                      {t('evaluation.choose')}</button>
                  </li>
                ))}
                {found.data.items.length === 0 && <li>{t('employees.empty')}</li>}
              </ul>
            )}
          </>
        )}
        <FieldError error={error} name="employeeId" />
        {/* Without an employee there is no item: the action's own 422 on planItemId is said here. */}
        {!employee && <FieldError error={error} name="planItemId" />}
      </span>
      {employee && <>
        <label htmlFor={id('item')}>{t('evaluation.planItem')}</label>
        <span>
          <select {...field('planItemId', 'item')} value={choice.planItemId} onChange={e => onChange({ planItemId: e.target.value })}>
            <option value={NEW_ITEM}>{t('evaluation.newPlanItem')}</option>
            {details.flatMap(d => d.data ? d.data.items?.map(i => (
              <option key={i.id} value={i.id}>{d.data.year} · {i.competencyName} · {i.activityName} ({t(`plans.${d.data.status}`)})</option>
            )) ?? [] : [])}
          </select>
          <FieldError error={error} name="planItemId" />
        </span>
      </>}
      {employee && choice.planItemId === NEW_ITEM && <>
        {planOfYear && (
          <p className="muted small span-all" data-testid="plan-of-year">
            {t('evaluation.planOfYear', { year, status: t(`plans.${planOfYear.status}`) })}{' '}
            <Link to={`/rencana/${planOfYear.id}`}>{t('plans.open')}</Link>
          </p>
        )}
        <label htmlFor={id('competency')}>{t('evaluation.competency')}</label>
        <span><select {...field('items[0].competencyId', 'competency')} value={choice.competencyId} onChange={e => onChange({ competencyId: e.target.value })}>
          <option value="">—</option>
          {competencies.map(c => (
            <option key={c.competencyId} value={c.competencyId}>{c.code} {c.name}{(c.gap ?? 0) > 0 ? ` (${t('evaluation.gap', { gap: c.gap })})` : ''}</option>
          ))}
        </select><FieldError error={error} name="items[0].competencyId" /></span>
        <label htmlFor={id('target')}>{t('planForm.target')}</label>
        <span><select {...field('items[0].targetLevel', 'target')} value={choice.targetLevel} onChange={e => onChange({ targetLevel: Number(e.target.value) })}>
          {[1, 2, 3, 4, 5].map(n => <option key={n} value={n}>{n}</option>)}
        </select><FieldError error={error} name="items[0].targetLevel" /></span>
        <label htmlFor={id('form')}>{t('planForm.form')}</label>
        <span><select {...field('items[0].form', 'form')} value={choice.form} onChange={e => onChange({ form: e.target.value as DevelopmentActivityForm })}>
          {Object.values(DevelopmentActivityForm).map(f => <option key={f} value={f}>{t(`forms.${f}`)}</option>)}
        </select><FieldError error={error} name="items[0].form" /></span>
        <label htmlFor={id('activity')}>{t('planForm.activity')}</label>
        <span><input {...field('items[0].activityName', 'activity')} value={choice.activityName} onChange={e => onChange({ activityName: e.target.value })} />
          <FieldError error={error} name="items[0].activityName" /></span>
        <label htmlFor={id('jp')}>{t('plans.jp')}</label>
        <span><input {...field('items[0].plannedJp', 'jp')} type="number" min={1} max={1000} value={choice.plannedJp} onChange={e => onChange({ plannedJp: Number(e.target.value) })} />
          <FieldError error={error} name="items[0].plannedJp" /></span>
        {dueDate && <p className="muted small span-all">{t('evaluation.planItemDue', { date: formatDate(dueDate) })}</p>}
      </>}
    </>
  );
}
