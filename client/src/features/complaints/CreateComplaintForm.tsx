import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ComplaintChannel, ComplaintType, type ComplaintRequest, type ComplaintResponse, type ServiceUnitResponse } from '../../api';
import { FieldError, invalidProps } from '../../shared/ProblemAlert';
import { ComplaintProblem } from './common';
import { complaintCommands, complaintKeys } from './queries';

const FIELDS = ['channel', 'type', 'serviceUnitId', 'category', 'text', 'externalReference', 'reporterName', 'reporterContact'];
// Staff record what did not come through the public form: a walk-in first, then SMS and LAPOR!.
const CHANNELS = [ComplaintChannel.WalkIn, ComplaintChannel.Sms, ComplaintChannel.SpanLapor, ComplaintChannel.PublicForum, ComplaintChannel.Web];

type Form = { [K in keyof ComplaintRequest]-?: string };

/** A complaint staff enter: a walk-in, an SMS, a LAPOR! ticket with its number. Checking is left to the API, whose messages appear under each input. */
export function CreateComplaintForm({ units, onCancel, onSaved }: { units: ServiceUnitResponse[]; onCancel: () => void; onSaved: (c: ComplaintResponse) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [body, setBody] = useState<Form>({
    channel: ComplaintChannel.WalkIn, type: ComplaintType.Pengaduan, serviceUnitId: '', category: '', text: '', externalReference: '', reporterName: '', reporterContact: '',
  });
  const set = (patch: Partial<Form>) => setBody(b => ({ ...b, ...patch }));
  const save = useMutation({
    mutationFn: () => complaintCommands.create({
      channel: body.channel as ComplaintChannel, type: body.type as ComplaintType, serviceUnitId: body.serviceUnitId || undefined,
      category: body.category || undefined, text: body.text || undefined, externalReference: body.externalReference || undefined,
      reporterName: body.reporterName || undefined, reporterContact: body.reporterContact || undefined,
    }),
    onSuccess: async c => {
      queries.setQueryData(complaintKeys.detail(c.id), c);
      await queries.invalidateQueries({ queryKey: complaintKeys.all });
      onSaved(c);
    },
  });
  const input = (name: keyof Form) => ({ id: `complaint-${name}`, 'data-testid': `complaint-${name}`, value: body[name], ...invalidProps(save.error, name) });
  const field = (name: keyof Form, control: ReactNode, label = t(`complaints.${name}`)) => (
    <>
      <label htmlFor={`complaint-${name}`}>{label}</label>
      <span>{control}<FieldError error={save.error} name={name} /></span>
    </>
  );
  return (
    <form noValidate className="card complaint-form" data-testid="complaint-form" onSubmit={e => { e.preventDefault(); save.mutate(); }}>
      <h2>{t('complaints.createTitle')}</h2>
      <p className="small muted">{t('complaints.createHint')}</p>
      <div className="form-grid">
        {field('channel', <select {...input('channel')} onChange={e => set({ channel: e.target.value })}>
          {CHANNELS.map(c => <option key={c} value={c}>{t(`complaints.channels.${c}`)}</option>)}
        </select>)}
        {field('externalReference', <input {...input('externalReference')} maxLength={100} onChange={e => set({ externalReference: e.target.value })} />)}
        {field('type', <select {...input('type')} onChange={e => set({ type: e.target.value })}>
          {Object.values(ComplaintType).map(x => <option key={x} value={x}>{t(`complaints.types.${x}`)}</option>)}
        </select>)}
        {field('serviceUnitId', <select {...input('serviceUnitId')} onChange={e => set({ serviceUnitId: e.target.value })}>
          <option value="">{t('complaints.choose')}</option>
          {units.map(u => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>, t('complaints.serviceUnit'))}
        {field('category', <input {...input('category')} maxLength={100} onChange={e => set({ category: e.target.value })} />)}
        {field('text', <textarea {...input('text')} maxLength={4000} onChange={e => set({ text: e.target.value })} />)}
        {field('reporterName', <input {...input('reporterName')} maxLength={200} autoComplete="off" onChange={e => set({ reporterName: e.target.value })} />)}
        {field('reporterContact', <input {...input('reporterContact')} maxLength={200} autoComplete="off" onChange={e => set({ reporterContact: e.target.value })} />)}
      </div>
      <ComplaintProblem error={save.error} fields={FIELDS} />
      <p className="actions">
        <button type="submit" data-testid="complaint-save" disabled={save.isPending}>{t('complaints.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </p>
    </form>
  );
}
