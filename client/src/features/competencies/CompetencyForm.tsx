import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CompetencyLevelDto, CompetencyResponse } from '../../api';
import { FieldError, invalidProps, ProblemAlert } from '../../shared/ProblemAlert';
import { competencyCommands, competencyKeys } from './queries';

const LEVELS = [1, 2, 3, 4, 5];

/**
 * A tenant's own technical competency: code, name, bidang, description and the five level descriptors.
 * New when `existing` is absent; otherwise an update sent with the version that was read (If-Match).
 */
export function CompetencyForm({ existing, onSaved, onCancel }: { existing?: CompetencyResponse; onSaved: (c: CompetencyResponse) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [fieldGroup, setFieldGroup] = useState(existing?.fieldGroup ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [levels, setLevels] = useState<Record<number, string>>(() => Object.fromEntries((existing?.levels ?? []).map(l => [l.level ?? 0, l.description ?? ''])));
  const save = useMutation({
    mutationFn: (sent: CompetencyLevelDto[]) => {
      const body = { code, name, fieldGroup: fieldGroup || undefined, description: description || undefined, levels: sent };
      return existing ? competencyCommands.update(existing.id, existing.version, body) : competencyCommands.create(body);
    },
    onSuccess: async c => {
      queries.setQueryData(competencyKeys.detail(c.id), c);
      await queries.invalidateQueries({ queryKey: competencyKeys.lists() });
      onSaved(c);
    },
  });
  // Levels left empty are not sent; the server names the others by their index in what was sent ("levels[1].description").
  const sent = save.variables ?? [];
  const levelField = (level: number) => `levels[${sent.findIndex(l => l.level === level)}].description`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(LEVELS.filter(l => levels[l]?.trim()).map(level => ({ level, description: levels[level] })));
  };
  const err = save.error;
  return (
    <form className="card" onSubmit={submit} data-testid="competency-form">
      <h2>{existing ? t('competencies.edit', { code: existing.code }) : t('competencies.create')}</h2>
      <div className="filters">
        <label>{t('competencies.code')}
          <input value={code} onChange={e => setCode(e.target.value)} data-testid="competency-code" {...invalidProps(err, 'code')} />
          <FieldError error={err} name="code" />
        </label>
        <label style={{ flex: '1 1 16rem' }}>{t('units.name')}
          <input value={name} onChange={e => setName(e.target.value)} data-testid="competency-name" {...invalidProps(err, 'name')} />
          <FieldError error={err} name="name" />
        </label>
        <label>{t('competencies.group')}
          <input value={fieldGroup} onChange={e => setFieldGroup(e.target.value)} {...invalidProps(err, 'fieldGroup')} />
          <FieldError error={err} name="fieldGroup" />
        </label>
      </div>
      <div className="decision">
        <label>{t('competencies.description')}
          <textarea value={description} onChange={e => setDescription(e.target.value)} {...invalidProps(err, 'description')} />
          <FieldError error={err} name="description" />
        </label>
        {LEVELS.map(level => (
          <label key={level}>{t('competencies.levelN', { level })}
            <textarea value={levels[level] ?? ''} onChange={e => setLevels(l => ({ ...l, [level]: e.target.value }))} data-testid={`competency-level-${level}`}
                      {...invalidProps(err, levelField(level))} />
            <FieldError error={err} name={levelField(level)} />
          </label>
        ))}
      </div>
      <ProblemAlert error={err} fields={['code', 'name', 'fieldGroup', 'description', ...sent.map((_, i) => `levels[${i}]`)]} />
      <p className="actions">
        <button type="submit" disabled={save.isPending} data-testid="competency-save">{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
