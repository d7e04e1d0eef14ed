import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DevelopmentActivityForm, type CompetencyProfileResponse, type DevelopmentPlanResponse, type PlanItemRequest } from '../../api';
import { FieldError, invalidProps, Notice, ProblemAlert } from '../../shared/ProblemAlert';
import { toProblem } from '../../shared/problem';
import { employeeKeys } from '../employees/queries';
import { planCommands, planKeys, planQueries } from './queries';

const FORMS = Object.values(DevelopmentActivityForm);

export interface PlanCompetency { competencyId: string; code: string; name: string }
/** `id`: an item of the plan being edited, kept in place (an evaluation follow-up action may name it); none for a new one. */
interface Item { id?: string; competencyId: string; needId?: string; targetLevel: number; form: DevelopmentActivityForm; activityName: string; plannedJp: number; dueDate: string }

/** Drafts an individual development plan from the profile, one item per competency gap to start with. */
export function PlanForm({ profile }: { profile: CompetencyProfileResponse }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<DevelopmentPlanResponse>();
  const gaps = profile.items.filter(i => (i.gap ?? 0) > 0);
  const initial: Item[] = gaps.length === 0
    ? [blankItem(profile.items[0].competencyId, year)]
    : gaps.map(g => ({ competencyId: g.competencyId, targetLevel: g.requiredLevel, form: DevelopmentActivityForm.Coaching, activityName: `Coaching ${g.name}`, plannedJp: 10, dueDate: `${year}-12-31` }));

  if (!open) return (
    <div className="actions wrap">
      <button type="button" className="secondary" data-testid="plan-open" onClick={() => { setSaved(undefined); setOpen(true); }}>{t('planForm.open')}</button>
      {saved && (
        <Notice testId="plan-saved">
          {t('planForm.saved', { status: t(`plans.${saved.status}`) })} <Link to={`/rencana/${saved.id}`} data-testid="plan-saved-link">{t('plans.open')}</Link>
        </Notice>
      )}
    </div>
  );
  return (
    <PlanEditor heading={t('planForm.title')} employeeId={profile.employeeId} year={year} defaultTitle={t('planForm.defaultTitle', { year })}
                competencies={profile.items} initialItems={initial} canSubmit
                onCancel={() => setOpen(false)} onSaved={plan => { setSaved(plan); setOpen(false); }} />
  );
}

/**
 * The plan's title and items, for a new plan (create, optionally submit) or a draft being edited (update with
 * If-Match). Field errors from the server land next to the input they name ("items[2].plannedJp").
 */
export function PlanEditor({ heading, employeeId, year, defaultTitle, competencies, initialItems, existing, canSubmit, onSaved, onCancel }: {
  heading: string; employeeId: string; year: number; defaultTitle: string; competencies: PlanCompetency[]; initialItems: Item[];
  existing?: DevelopmentPlanResponse; canSubmit?: boolean; onSaved: (plan: DevelopmentPlanResponse) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [title, setTitle] = useState(existing?.title ?? defaultTitle);
  const [items, setItems] = useState<Item[]>(initialItems);
  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      const body = { employeeId, year, title, items: items as PlanItemRequest[] };
      const plan = existing ? await planCommands.update(existing.id, existing.version, body) : await planCommands.create(body);
      return submit ? planCommands.submit(plan.id, plan.version) : plan;
    },
    onSuccess: async plan => {
      queries.setQueryData(planKeys.detail(plan.id), plan);
      await queries.invalidateQueries({ queryKey: planKeys.lists() });
      await queries.invalidateQueries({ queryKey: employeeKeys.detail(employeeId) });
      onSaved(plan);
    },
  });
  const update = (index: number, patch: Partial<Item>) => setItems(list => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(false); };
  const err = save.error;
  const conflict = !existing && err && toProblem(err).status === 409;
  const fields = ['title', ...items.map((_, i) => `items[${i}]`)];
  return (
    <form className="card" onSubmit={submit} data-testid="plan-form">
      <h2>{heading}</h2>
      <div className="filters">
        <label style={{ flex: 1 }}>{t('plans.titleCol')}
          <input value={title} onChange={e => setTitle(e.target.value)} required {...invalidProps(err, 'title')} />
          <FieldError error={err} name="title" />
        </label>
      </div>
      <div className="plan-items">
        {items.map((item, i) => {
          const f = (name: string) => `items[${i}].${name}`;
          return (
            <fieldset key={i} className="plan-item" data-testid="plan-item">
              <legend>{t('planForm.item', { n: i + 1 })}</legend>
              <label>{t('profile.competency')}
                <select value={item.competencyId} onChange={e => update(i, { competencyId: e.target.value })} {...invalidProps(err, f('competencyId'))}>
                  {competencies.map(c => <option key={c.competencyId} value={c.competencyId}>{c.code} {c.name}</option>)}
                </select>
                <FieldError error={err} name={f('competencyId')} />
              </label>
              <label>{t('planForm.target')}
                <select value={item.targetLevel} onChange={e => update(i, { targetLevel: Number(e.target.value) })} {...invalidProps(err, f('targetLevel'))}>
                  {[1, 2, 3, 4, 5].map(n => <option key={n} value={n}>{n}</option>)}
                </select>
                <FieldError error={err} name={f('targetLevel')} />
              </label>
              <label>{t('planForm.form')}
                <select data-testid="plan-item-form" value={item.form} onChange={e => update(i, { form: e.target.value as DevelopmentActivityForm })} {...invalidProps(err, f('form'))}>
                  {FORMS.map(form => <option key={form} value={form}>{t(`forms.${form}`)}</option>)}
                </select>
                <FieldError error={err} name={f('form')} />
              </label>
              <label className="wide">{t('planForm.activity')}
                <input data-testid="plan-item-activity" value={item.activityName} onChange={e => update(i, { activityName: e.target.value })} {...invalidProps(err, f('activityName'))} />
                <FieldError error={err} name={f('activityName')} />
              </label>
              <label>{t('plans.jp')}
                <input data-testid="plan-item-jp" type="number" value={item.plannedJp} onChange={e => update(i, { plannedJp: Number(e.target.value) })} style={{ width: '6rem' }} {...invalidProps(err, f('plannedJp'))} />
                <FieldError error={err} name={f('plannedJp')} />
              </label>
              <label>{t('planForm.due')}
                <input type="date" value={item.dueDate} onChange={e => update(i, { dueDate: e.target.value })} {...invalidProps(err, f('dueDate'))} />
                <FieldError error={err} name={f('dueDate')} />
              </label>
              <FieldError error={err} name={`items[${i}]`} />
              <button type="button" className="secondary remove" aria-label={t('planForm.removeItem', { n: i + 1 })} onClick={() => setItems(list => list.filter((_, j) => j !== i))}>{t('planForm.remove')}</button>
            </fieldset>
          );
        })}
      </div>
      <p>
        <button type="button" className="secondary" onClick={() => setItems(list => [...list, blankItem(competencies[0]?.competencyId ?? '', year)])}>{t('planForm.add')}</button>
      </p>
      <ProblemAlert error={err} fields={fields}>
        {conflict && <ExistingPlan employeeId={employeeId} year={year} />}
      </ProblemAlert>
      <p className="actions wrap">
        <button type="submit" disabled={save.isPending} data-testid="plan-save">{t('planForm.saveDraft')}</button>
        {canSubmit && <button type="button" disabled={save.isPending} data-testid="plan-submit" onClick={() => save.mutate(true)}>{t('planForm.saveSubmit')}</button>}
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}

/** On a 409 for a second plan of the same employee and year: the plan that already exists, one click away. */
function ExistingPlan({ employeeId, year }: { employeeId: string; year: number }) {
  const { t } = useTranslation();
  const existing = useQuery(planQueries.list({ employeeId, year, page: 1, pageSize: 5 }));
  const plan = existing.data?.items[0];
  if (!plan) return null;
  return <p className="problem-detail"><Link to={`/rencana/${plan.id}`} data-testid="existing-plan-link">{t('plans.openExisting', { title: plan.title, status: t(`plans.${plan.status}`) })}</Link></p>;
}

export function blankItem(competencyId: string, year: number): Item {
  return { competencyId, targetLevel: 3, form: DevelopmentActivityForm.PelatihanTeknis, activityName: '', plannedJp: 20, dueDate: `${year}-12-31` };
}

export type { Item as PlanEditorItem };
