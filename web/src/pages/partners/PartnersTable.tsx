import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partner } from '../../api.ts';
import { sortByName } from '../../components/sortByName.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** One row per partner: name, sector in words, representatives, and whether its profile is filled. */
export function PartnersTable({ networkId, partners }: { networkId: string; partners: Partner[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="partners-table-heading">
      <h2 id="partners-table-heading">{t('partners.tableHeading')}</h2>
      <TableRegion labelledBy="partners-table-heading">
        <table className="table" aria-labelledby="partners-table-heading">
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('partnerFields.sector')}</th>
              <th scope="col">{t('partners.representatives')}</th>
              <th scope="col">{t('partners.profileFilled')}</th>
            </tr>
          </thead>
          <tbody>
            {sortByName(partners, i18n.language).map((partner) => (
              <tr key={partner.id}>
                <th scope="row">
                  <Link to={`/networks/${networkId}/partners/${partner.id}`}>{partner.name}</Link>
                </th>
                <td>{t(`sectors.${partner.sector}`)}</td>
                <td>
                  {partner.representatives.length ? (
                    partner.representatives.map((r) => r.name).join(', ')
                  ) : (
                    <span className="muted">{t('partners.nobody')}</span>
                  )}
                </td>
                <td>
                  <span className={`status ${partner.profile.complete ? 'status-accepted' : 'status-pending'}`}>
                    {partner.profile.complete ? t('partners.yes') : t('partners.no')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
