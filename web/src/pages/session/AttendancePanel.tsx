import { useId, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { Session } from '../sessions/sessionQueries.ts';
import { useSessionMutation } from './useSessionMutation.ts';

const STATUSES = ['present', 'absent', 'excused'] as const;
type Status = (typeof STATUSES)[number];

/**
 * Who was at the session: per partner present, absent or excused, and who came. Everyone reads it;
 * the coordinator records it, choosing who came from the participants and those already recorded.
 */
export function AttendancePanel({ networkId, session, canEdit }: { networkId: string; session: Session; canEdit: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { attendance } = session;
  const [saved, setSaved] = useState(false);
  const save = useSessionMutation(networkId, (body: { partners: { partnerId: string; status: Status }[]; attendeeIds: string[] }) =>
    unwrap(api.PUT('/api/networks/{networkId}/sessions/{sessionId}/attendance', { params: { path: { networkId, sessionId: session.id } }, body })),
  );
  const people = [...new Map([...session.participants, ...attendance.attendees].map((p) => [p.id, p.name])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const came = new Set(attendance.attendees.map((a) => a.id));
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{t('sessions.attendance.heading')}</h2>
      <p className="muted">{t('sessions.attendance.intro')}</p>
      <TableRegion label={t('sessions.attendance.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('sessions.attendance.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sessions.attendance.partner')}</th>
              <th scope="col">{t('sessions.attendance.status')}</th>
              <th scope="col">{t('sessions.attendance.came')}</th>
            </tr>
          </thead>
          <tbody>
            {attendance.partners.map((p) => (
              <tr key={p.partnerId}>
                <th scope="row">{p.name}</th>
                <td>{t(`sessions.attendance.statuses.${p.status ?? 'none'}`)}</td>
                <td>{p.attendees.length > 0 ? p.attendees.map((a) => a.name).join(', ') : t('sessions.attendance.nobody')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {canEdit ? (
        <Form
          className="form form-wide no-print"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            const partners = attendance.partners.flatMap((p) => {
              const status = String(data.get(`status-${p.partnerId}`) ?? '');
              return (STATUSES as readonly string[]).includes(status) ? [{ partnerId: p.partnerId, status: status as Status }] : [];
            });
            const attendeeIds = people.filter(([personId]) => data.get(`came-${personId}`) === 'on').map(([personId]) => personId);
            setSaved(false);
            save.mutate({ partners, attendeeIds }, { onSuccess: () => setSaved(true) });
          }}
        >
          {attendance.partners.map((p) => (
            <div className="field" key={p.partnerId}>
              <label className="field-label" htmlFor={`${id}-status-${p.partnerId}`}>
                {t('sessions.attendance.statusLabel', { partner: p.name })}
              </label>
              <select id={`${id}-status-${p.partnerId}`} name={`status-${p.partnerId}`} className="input" defaultValue={p.status ?? ''}>
                <option value="">{t('sessions.attendance.statuses.none')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`sessions.attendance.statuses.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <fieldset className="fieldset">
            <legend className="field-label">{t('sessions.attendance.whoCame')}</legend>
            {people.map(([personId, name]) => (
              <div className="checkbox-field" key={personId}>
                <input type="checkbox" id={`${id}-came-${personId}`} name={`came-${personId}`} defaultChecked={came.has(personId)} />
                <label htmlFor={`${id}-came-${personId}`}>{name}</label>
              </div>
            ))}
          </fieldset>
          {save.isError ? <ErrorNotice error={save.error} /> : null}
          {saved && save.isSuccess ? <SuccessNotice>{t('sessions.attendance.saved')}</SuccessNotice> : null}
          <Button type="submit" className="button button-secondary" isPending={save.isPending}>
            {t('sessions.attendance.save')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
