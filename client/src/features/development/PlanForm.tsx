import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DevelopmentActivityForm, problemMessage, type CompetencyProfileResponse, type PlanItemRequest } from '../../api';
import { planCommands, planKeys } from './queries';

const FORMS = Object.values(DevelopmentActivityForm);

interface Item { competencyId: string; targetLevel: number; form: DevelopmentActivityForm; activityName: string; plannedJp: number; dueDate: string }

/** Drafts an individual development plan, one item per competency gap to start with. */
export function PlanForm({ profile }: { profile: CompetencyProfileResponse }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const year = new Date().getFullYear();
  const gaps = profile.items.filter(i => (i.gap ?? 0) > 0);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(t('planForm.defaultTitle', { year }));
  const blank = (): Item => ({ competencyId: profile.items[0].competencyId, targetLevel: 3, form: DevelopmentActivityForm.PelatihanTeknis, activityName: '', plannedJp: 20, dueDate: `${year}-12-31` });
  const [items, setItems] = useState<Item[]>(() => gaps.length === 0 ? [blank()] : gaps.map(g => ({
    competencyId: g.competencyId, targetLevel: g.requiredLevel, form: DevelopmentActivityForm.Coaching, activityName: `Coaching ${g.name}`, plannedJp: 10, dueDate: `${year}-12-31`,
  })));
  const [message, setMessage] = useState<string>();
  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      const body = { employeeId: profile.employeeId, year, title, items: items as PlanItemRequest[] };
      const plan = await planCommands.create(body);
      return submit ? planCommands.submit(plan.id) : plan;
    },
    onSuccess: async plan => {
      setMessage(t('planForm.saved', { status: t(`plans.${plan.status}`) }));
      setOpen(false);
      await queries.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: e => setMessage(problemMessage(e)),
  });
  const update = (index: number, patch: Partial<Item>) => setItems(list => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  if (!open) return (
    <p>
      <button type="button" className="secondary" data-testid="plan-open" onClick={() => setOpen(true)}>{t('planForm.open')}</button>
      {message && <span role="status" className="notice" style={{ marginLeft: '.75rem' }}>{message}</span>}
    </p>
  );
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(false); };
  return (
    <form className="card" onSubmit={submit} data-testid="plan-form">
      <h2>{t('planForm.title')}</h2>
      <div className="filters"><label style={{ flex: 1 }}>{t('plans.titleCol')}<input value={title} onChange={e => setTitle(e.target.value)} required /></label></div>
      <div className="table-wrap">
        <table>
          <thead><tr><th>{t('profile.competency')}</th><th>{t('planForm.target')}</th><th>{t('planForm.form')}</th><th>{t('planForm.activity')}</th><th>{t('plans.jp')}</th><th>{t('planForm.due')}</th><th /></tr></thead>
          <tbody>
            {items.map((item, i) => (
              <tr key={i}>
                <td>
                  <select aria-label={t('profile.competency')} value={item.competencyId} onChange={e => update(i, { competencyId: e.target.value })}>
                    {profile.items.map(c => <option key={c.competencyId} value={c.competencyId}>{c.code} {c.name}</option>)}
                  </select>
                </td>
                <td><select aria-label={t('planForm.target')} value={item.targetLevel} onChange={e => update(i, { targetLevel: Number(e.target.value) })}>{[1, 2, 3, 4, 5].map(n => <option key={n}>{n}</option>)}</select></td>
                <td><select aria-label={t('planForm.form')} value={item.form} onChange={e => update(i, { form: e.target.value as DevelopmentActivityForm })}>{FORMS.map(f => <option key={f} value={f}>{t(`forms.${f}`)}</option>)}</select></td>
                <td><input aria-label={t('planForm.activity')} value={item.activityName} onChange={e => update(i, { activityName: e.target.value })} required /></td>
                <td><input aria-label={t('plans.jp')} type="number" min={1} max={1000} value={item.plannedJp} onChange={e => update(i, { plannedJp: Number(e.target.value) })} style={{ width: '5rem' }} /></td>
                <td><input aria-label={t('planForm.due')} type="date" value={item.dueDate} onChange={e => update(i, { dueDate: e.target.value })} /></td>
                <td><button type="button" className="secondary" onClick={() => setItems(list => list.filter((_, j) => j !== i))}>×</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" className="secondary" onClick={() => setItems(list => [...list, blank()])}>{t('planForm.add')}</button>
      </p>
      {message && <p role="alert" className="error">{message}</p>}
      <p className="actions">
        <button type="submit" disabled={save.isPending} data-testid="plan-save">{t('planForm.saveDraft')}</button>
        <button type="button" disabled={save.isPending} data-testid="plan-submit" onClick={() => save.mutate(true)}>{t('planForm.saveSubmit')}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
