import { useTranslation } from 'react-i18next';
import type { Partner } from '../../api.ts';

/** A partner's details: identifiers, website, description and representatives. */
export function PartnerFacts({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const notGiven = <span className="muted">{t('partner.notGiven')}</span>;
  return (
    <section aria-labelledby="partner-details-heading">
      <h2 id="partner-details-heading" className="visually-hidden">
        {t('partner.detailsHeading')}
      </h2>
      {partner.description ? <p className="profile-text">{partner.description}</p> : null}
      <dl className="facts">
        <dt>{t('partnerFields.sector')}</dt>
        <dd>{t(`sectors.${partner.sector}`)}</dd>
        <dt>{t('partner.representatives')}</dt>
        <dd>{partner.representatives.length ? partner.representatives.map((r) => r.name).join(', ') : <span className="muted">{t('partners.nobody')}</span>}</dd>
        <dt>{t('partnerFields.kvk')}</dt>
        <dd>{partner.kvk ?? notGiven}</dd>
        <dt>{t('partnerFields.agb')}</dt>
        <dd>{partner.agb ?? notGiven}</dd>
        <dt>{t('partnerFields.ura')}</dt>
        <dd>{partner.ura ?? notGiven}</dd>
        <dt>{t('partnerFields.website')}</dt>
        <dd>
          {partner.website ? (
            <a href={partner.website} rel="noopener noreferrer" target="_blank">
              {partner.website}
            </a>
          ) : (
            notGiven
          )}
        </dd>
      </dl>
    </section>
  );
}
