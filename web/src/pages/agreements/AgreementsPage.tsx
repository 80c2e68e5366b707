import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type AgreementKind, type AgreementStatus } from '../agreement/agreementQueries.ts';
import { AgreementList } from './AgreementList.tsx';
import { CreateAgreementForm } from './CreateAgreementForm.tsx';

const ALL = 'all';

/**
 * The network's agreements: ground rules, task division, information sharing and the others, with
 * their status and review date, filtered by kind and status (kept in the address, so a link can
 * point at the ground rules). The coordinator drafts new ones here.
 */
export function AgreementsPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('agreements.heading')} – ${network.data.name}` : t('agreements.heading'));
  const [params, setParams] = useSearchParams();
  const kind = AGREEMENT_KINDS.find((k) => k === params.get('kind'));
  const status = AGREEMENT_STATUSES.find((s) => s === params.get('status'));
  const setFilter = (name: 'kind' | 'status', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (!value || value === ALL) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <h1>{t('agreements.heading')}</h1>
      <p className="lead">{t('agreements.intro')}</p>
      <section aria-labelledby="agreements-list-heading">
        <h2 id="agreements-list-heading">{t('agreements.list.heading')}</h2>
        <div className="agreement-filters">
          <SelectField
            label={t('agreements.filters.kind')}
            placeholder={t('agreements.filters.all')}
            value={kind ?? ALL}
            onChange={(value) => setFilter('kind', value)}
            options={[{ id: ALL, label: t('agreements.filters.all') }, ...AGREEMENT_KINDS.map((k: AgreementKind) => ({ id: k, label: t(`agreements.kinds.${k}`) }))]}
          />
          <SelectField
            label={t('agreements.filters.status')}
            placeholder={t('agreements.filters.all')}
            value={status ?? ALL}
            onChange={(value) => setFilter('status', value)}
            options={[{ id: ALL, label: t('agreements.filters.all') }, ...AGREEMENT_STATUSES.map((s: AgreementStatus) => ({ id: s, label: t(`agreements.statuses.${s}`) }))]}
          />
        </div>
        <AgreementList networkId={networkId} filter={{ kind, status }} />
      </section>
      {network.data?.myRole === 'coordinator' ? <CreateAgreementForm networkId={networkId} /> : null}
    </>
  );
}
