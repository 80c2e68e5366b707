import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Role } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { DraftRequestForm } from './DraftRequestForm.tsx';
import { invalidateRequests, type Request } from './requestQueries.ts';

type Move = 'accepted' | 'declined' | 'fulfilled' | 'withdrawn';

/** What the reader may do with a request, by their partner's side of it. */
function movesFor(request: Request, role: Role | undefined, partnerId: string | null): Move[] {
  if (role !== 'representative' || !partnerId || request.draft) return [];
  const requester = request.from?.id === partnerId;
  const recipient = !requester && (request.to?.id === partnerId || (request.to === null && (request.provider === null || request.provider.id === partnerId)));
  if (request.status === 'open') return requester ? ['withdrawn'] : recipient ? (request.to ? ['accepted', 'declined'] : ['accepted']) : [];
  if (request.status === 'accepted' && requester) return ['fulfilled', 'withdrawn'];
  return [];
}

/** One request: who asks whom, its status and reason, and the buttons for the reader's side. */
export function RequestCard({ networkId, request, role, partnerId }: { networkId: string; request: Request; role: Role | undefined; partnerId: string | null }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [editing, setEditing] = useState(false);
  const move = useMutation({
    mutationFn: (body: { to: Move; reason?: string }) =>
      unwrap(api.POST('/api/networks/{networkId}/requests/{requestId}/status', { params: { path: { networkId, requestId: request.id } }, body })),
    onSuccess: () => {
      setDeclining(false);
      return invalidateRequests(queryClient, networkId);
    },
  });
  const publish = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/networks/{networkId}/requests/{requestId}', { params: { path: { networkId, requestId: request.id } }, body: { baseVersion: request.version, draft: false } })),
    onSuccess: () => invalidateRequests(queryClient, networkId),
  });
  const moves = movesFor(request, role, partnerId);
  return (
    <article className="card request-card">
      <h3 className="card-title">{request.title}</h3>
      <p className="step-facts">
        <span className={`status request-status-${request.status}`}>{t(`requests.status.${request.status}`)}</span>
        {request.unansweredLong ? <span className="step-overdue">{t('requests.unansweredLong')}</span> : null}
      </p>
      <p className="card-meta">
        {request.to
          ? t('requests.fromTo', { from: request.from?.name ?? t('requests.noAskingPartner'), to: request.to.name })
          : t('requests.fromToNetwork', { from: request.from?.name ?? t('requests.noAskingPartner') })}
        {request.provider && request.to === null ? ` · ${t('requests.providedBy', { name: request.provider.name })}` : null}
      </p>
      {request.description ? <p className="card-text profile-text">{request.description}</p> : null}
      {request.offer ? <p className="card-meta">{t('requests.fromOffer', { title: request.offer.title })}</p> : null}
      {request.status === 'declined' && request.reason ? <p className="card-text">{t('requests.reason', { reason: request.reason })}</p> : null}
      <p className="card-meta">{t('requests.askedOn', { date: format.date(request.createdAt) })}</p>
      {request.draft && role === 'coordinator' && editing ? <DraftRequestForm networkId={networkId} request={request} onDone={() => setEditing(false)} /> : null}
      {request.draft && role === 'coordinator' && !editing ? (
        <div className="step-actions">
          <Button className="button button-small" isPending={publish.isPending} onPress={() => publish.mutate()} aria-label={t('requests.publishNamed', { title: request.title })}>
            {t('requests.publish')}
          </Button>
          <Button className="button button-small button-secondary" onPress={() => setEditing(true)} aria-label={t('requests.draft.editNamed', { title: request.title })}>
            {t('requests.draft.edit')}
          </Button>
          {publish.isError ? <ErrorNotice error={publish.error} /> : null}
        </div>
      ) : null}
      {moves.length > 0 && !declining ? (
        <div className="step-actions">
          {moves.map((m) => (
            <Button
              key={m}
              className={m === 'accepted' || m === 'fulfilled' ? 'button button-small' : 'button button-small button-secondary'}
              aria-label={t(`requests.actions.${m}Named`, { title: request.title })}
              isDisabled={move.isPending}
              onPress={() => (m === 'declined' ? setDeclining(true) : move.mutate({ to: m }))}
            >
              {t(`requests.actions.${m}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {declining ? (
        <Form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ to: 'declined', reason: String(new FormData(e.currentTarget).get('reason') ?? '').trim() });
          }}
        >
          <TextInputField name="reason" label={t('requests.declineReason')} description={t('requests.declineReasonHint')} isRequired multiline />
          <div className="step-actions">
            <Button type="submit" className="button button-small" isPending={move.isPending}>
              {t('requests.actions.declined')}
            </Button>
            <Button className="button button-small button-secondary" onPress={() => setDeclining(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      ) : null}
      {move.isError ? <ErrorNotice error={move.error} /> : null}
    </article>
  );
}
