import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import type { Session } from '../sessions/sessionQueries.ts';
import { signalQueries } from '../signals/signalQueries.ts';
import { useSessionMutation } from './useSessionMutation.ts';

type Generated = { kind: string; title: string; link: string | null; reason: { code: string } };
const keyOf = (g: { kind: string; title: string; link: string | null }, reason: string) => `${g.kind}|${g.title}|${g.link ?? ''}|${reason}`;

/**
 * The coordinator chooses items of the generated agenda, gives each its minutes, and takes them
 * over in the generated order; items the session already has are not offered again.
 */
export function AgendaPicker({ networkId, session }: { networkId: string; session: Session }) {
  const { t } = useTranslation();
  const id = useId();
  // Only what every reader may see: the session's agenda is read by all its participants.
  const generated = useQuery(signalQueries.agendaForEveryone(networkId));
  const [nothing, setNothing] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const takeOver = useSessionMutation(networkId, (picks: { kind: string; title: string; link: string | null; reason: string; timeBoxMinutes: number | null }[]) =>
    unwrap(api.POST('/api/networks/{networkId}/sessions/{sessionId}/agenda', { params: { path: { networkId, sessionId: session.id } }, body: { fromGenerated: true, picks } })),
  );
  const taken = new Set(session.agenda.map((i) => keyOf(i, i.reason?.code ?? '')));
  const offered = ((generated.data?.items ?? []) as Generated[]).filter((g) => !taken.has(keyOf(g, g.reason.code)));
  return (
    <section aria-labelledby={`${id}-heading`} className="agenda-picker">
      <h3 id={`${id}-heading`}>{t('sessions.agenda.pickHeading')}</h3>
      <p>{t('sessions.agenda.pickIntro')}</p>
      {generated.isError ? <ErrorNotice error={generated.error} onRetry={() => void generated.refetch()} /> : null}
      {generated.isSuccess && offered.length === 0 ? <p className="muted">{t('sessions.agenda.pickNone')}</p> : null}
      {added !== null && takeOver.isSuccess ? <SuccessNotice>{t('sessions.agenda.takenOver', { count: added })}</SuccessNotice> : null}
      {offered.length > 0 ? (
        <Form
          className="form form-wide"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            const picks = offered.flatMap((g, index) => {
              if (data.get(`pick-${index}`) !== 'on') return [];
              const minutes = String(data.get(`minutes-${index}`) ?? '').trim();
              return [{ kind: g.kind, title: g.title, link: g.link, reason: g.reason.code, timeBoxMinutes: minutes ? Number(minutes) : null }];
            });
            setNothing(picks.length === 0);
            if (picks.length > 0) takeOver.mutate(picks, { onSuccess: () => setAdded(picks.length) });
          }}
        >
          <ul className="agenda-pick-list">
            {offered.map((g, index) => (
              <li key={keyOf(g, g.reason.code)} className="agenda-pick">
                <div className="checkbox-field">
                  <input type="checkbox" id={`${id}-pick-${index}`} name={`pick-${index}`} />
                  <label htmlFor={`${id}-pick-${index}`} className="field-label">
                    {g.title}
                  </label>
                </div>
                <div className="field field-narrow">
                  <label htmlFor={`${id}-minutes-${index}`} className="field-label">
                    {t('sessions.agenda.pickMinutes', { title: g.title })}
                  </label>
                  <input id={`${id}-minutes-${index}`} name={`minutes-${index}`} type="number" inputMode="numeric" min={1} max={480} className="input" />
                </div>
              </li>
            ))}
          </ul>
          {nothing ? <ErrorNotice>{t('sessions.agenda.pickNothing')}</ErrorNotice> : null}
          {takeOver.isError ? <ErrorNotice error={takeOver.error} /> : null}
          <Button type="submit" className="button" isPending={takeOver.isPending}>
            {t('sessions.agenda.pickSubmit')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
