import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Role } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useValidators } from '../../components/useValidators.ts';
import { queries } from '../../queries.ts';
import { invalidateRequests, requestQueries, type Offer } from './requestQueries.ts';

/** What partners offer each other: a representative of another partner takes an offer up as a request. */
export function OffersSection({ networkId, role, partnerId }: { networkId: string; role: Role | undefined; partnerId: string | null }) {
  const { t } = useTranslation();
  const offers = useInfiniteQuery(requestQueries.offers(networkId));
  const items = offers.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="offers-heading" className="panel">
      <h2 id="offers-heading">{t('requests.offers.heading')}</h2>
      <p>{t('requests.offers.intro')}</p>
      {offers.isPending ? (
        <Loading />
      ) : offers.isError ? (
        <ErrorNotice error={offers.error} onRetry={() => void offers.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('requests.offers.empty')}</p>
      ) : (
        <ul className="step-list step-list-grid">
          {items.map((offer) => (
            <li key={offer.id}>
              <OfferCard networkId={networkId} offer={offer} role={role} partnerId={partnerId} />
            </li>
          ))}
        </ul>
      )}
      {offers.hasNextPage ? (
        <Button className="button button-secondary" isPending={offers.isFetchingNextPage} onPress={() => void offers.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
      {(role === 'representative' && partnerId) || role === 'coordinator' ? <AddOfferForm networkId={networkId} choosePartner={role === 'coordinator'} /> : null}
    </section>
  );
}

function OfferCard({ networkId, offer, role, partnerId }: { networkId: string; offer: Offer; role: Role | undefined; partnerId: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const takeUp = useMutation({
    mutationFn: () => unwrap(api.POST('/api/networks/{networkId}/offers/{offerId}/take-up', { params: { path: { networkId, offerId: offer.id } }, body: {} })),
    onSuccess: () => invalidateRequests(queryClient, networkId),
  });
  const deactivate = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/networks/{networkId}/offers/{offerId}', { params: { path: { networkId, offerId: offer.id } }, body: { active: false } })),
    onSuccess: () => invalidateRequests(queryClient, networkId),
  });
  const own = role === 'coordinator' || (role === 'representative' && partnerId === offer.partner.id);
  return (
    <article className="card">
      <h3 className="card-title">{offer.title}</h3>
      <p className="card-meta">{t('requests.offers.by', { name: offer.partner.name })}</p>
      {offer.description ? <p className="card-text profile-text">{offer.description}</p> : null}
      <div className="step-actions">
        {role === 'representative' && partnerId && partnerId !== offer.partner.id ? (
          <Button className="button button-small" isPending={takeUp.isPending} onPress={() => takeUp.mutate()} aria-label={t('requests.offers.takeUpNamed', { title: offer.title })}>
            {t('requests.offers.takeUp')}
          </Button>
        ) : null}
        {own ? (
          <Button className="button button-small button-secondary" isPending={deactivate.isPending} onPress={() => deactivate.mutate()} aria-label={t('requests.offers.deactivateNamed', { title: offer.title })}>
            {t('requests.offers.deactivate')}
          </Button>
        ) : null}
      </div>
      {takeUp.isSuccess ? <SuccessNotice>{t('requests.offers.takenUp')}</SuccessNotice> : null}
      {takeUp.isError ? <ErrorNotice error={takeUp.error} /> : null}
      {deactivate.isError ? <ErrorNotice error={deactivate.error} /> : null}
    </article>
  );
}

function AddOfferForm({ networkId, choosePartner }: { networkId: string; choosePartner: boolean }) {
  const { t, i18n } = useTranslation();
  const partners = useQuery({ ...queries.partners(networkId), enabled: choosePartner });
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const validators = useValidators();
  const add = useMutation({
    mutationFn: (body: { title: string; description: string; partnerId?: string }) => unwrap(api.POST('/api/networks/{networkId}/offers', { params: { path: { networkId } }, body })),
    onSuccess: () => invalidateRequests(queryClient, networkId),
  });
  return (
    <Form
      className="form form-wide step-form"
      aria-labelledby="add-offer-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        add.mutate(
          { title: String(data.get('title') ?? '').trim(), description: String(data.get('description') ?? '').trim(), ...(choosePartner && partnerId ? { partnerId } : {}) },
          { onSuccess: () => form.reset() },
        );
      }}
    >
      <h3 id="add-offer-heading">{t('requests.offers.addHeading')}</h3>
      {add.isError ? <ErrorNotice error={add.error} /> : null}
      {choosePartner ? (
        <SelectField
          name="partnerId"
          label={t('requests.offers.partner')}
          placeholder={t('requests.form.toPlaceholder')}
          options={sortByName(partners.data ?? [], i18n.language).map((p) => ({ id: p.id, label: p.name }))}
          value={partnerId}
          onChange={setPartnerId}
          isRequired
        />
      ) : null}
      <TextInputField name="title" label={t('requests.offers.title')} isRequired validate={validators.minLength(2)} />
      <TextInputField name="description" label={t('requests.offers.description')} multiline />
      <Button type="submit" className="button" isPending={add.isPending}>
        {t('requests.offers.add')}
      </Button>
    </Form>
  );
}
