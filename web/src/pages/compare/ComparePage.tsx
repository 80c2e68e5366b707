import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PROFILE_FIELDS, type ProfileComparison } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProfileFieldText } from '../../components/ProfileFieldText.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { comparePair, ownFirst } from './comparePair.ts';

/**
 * Two partners' profiles side by side: what matters to them, what matters to us. The choice
 * lives in the address (`?a=` us, `?b=` them), so a comparison can be shared as a link; "us"
 * starts as the caller's own partner organisation.
 */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const [params, setParams] = useSearchParams();
  const partners = useQuery(queries.partners(networkId));
  const me = useQuery(queries.me());
  useDocumentTitle(t('compare.heading'));
  const myPartnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  const sorted = sortByName(partners.data ?? [], i18n.language);
  const { us, them } = comparePair({ a: params.get('a'), b: params.get('b'), mine: myPartnerId, partnerIds: sorted.map((p) => p.id) });
  const ready = Boolean(us && them && us !== them);
  const comparison = useQuery({ ...queries.profileComparison(networkId, us ?? '', them ?? ''), enabled: ready });
  const choose = (key: 'a' | 'b', value: string | null) => {
    // The pair on screen goes into the address as a whole, so changing one side keeps the other.
    const next = new URLSearchParams(params);
    if (us) next.set('a', us);
    if (them) next.set('b', them);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const options = ownFirst(sorted, myPartnerId).map((p) => ({ id: p.id, label: p.name }));

  return (
    <>
      <h1>{t('compare.heading')}</h1>
      <p className="lead">{t('compare.intro')}</p>
      {partners.isPending ? (
        <Loading />
      ) : partners.isError ? (
        <ErrorNotice error={partners.error} onRetry={() => void partners.refetch()} />
      ) : partners.data.length < 2 ? (
        <p className="notice notice-info">{t('compare.tooFew')}</p>
      ) : (
        <>
          <div className="compare-choice">
            <SelectField label={t('compare.us')} placeholder={t('compare.placeholder')} options={options} value={us} onChange={(v) => choose('a', v)} />
            <SelectField label={t('compare.them')} placeholder={t('compare.placeholder')} options={options} value={them} onChange={(v) => choose('b', v)} />
          </div>
          {!us || !them ? (
            <p className="muted">{t('compare.choose')}</p>
          ) : us === them ? (
            <p className="notice notice-info">{t('compare.same')}</p>
          ) : comparison.isPending ? (
            <Loading />
          ) : comparison.isError ? (
            <ErrorNotice error={comparison.error} onRetry={() => void comparison.refetch()} />
          ) : (
            <ComparisonTable comparison={comparison.data} />
          )}
        </>
      )}
    </>
  );
}

/** One row per profile field; on a phone every row becomes a block with the column names inline. */
function ComparisonTable({ comparison }: { comparison: ProfileComparison }) {
  const { t } = useTranslation();
  const forThem = t('compare.forThem', { name: comparison.b.partner.name });
  const forUs = t('compare.forUs', { name: comparison.a.partner.name });
  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('compare.tableHeading', { them: comparison.b.partner.name, us: comparison.a.partner.name })}</h2>
      <table className="table compare-table" aria-labelledby="comparison-heading">
        <thead>
          <tr>
            <th scope="col">{t('compare.field')}</th>
            <th scope="col">{forUs}</th>
            <th scope="col">{forThem}</th>
          </tr>
        </thead>
        <tbody>
          {PROFILE_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`profile.names.${field}`)}</th>
              <td data-label={forUs}>
                <ProfileFieldText field={field} text={comparison.a.profile[field]} />
              </td>
              <td data-label={forThem}>
                <ProfileFieldText field={field} text={comparison.b.profile[field]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
