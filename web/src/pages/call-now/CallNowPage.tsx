import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { availabilityQueries } from '../availability/availabilityQueries.ts';
import { useCapabilityChoice } from '../availability/useCapabilityChoice.ts';
import { ZONE } from '../availability/weekCells.ts';
import { telHref } from './telHref.ts';

/**
 * "Who can I call now?": for the professional at 03:00 on a phone. One choice (remembered), big
 * call buttons by priority, refreshed every minute, and whom to escalate to when nobody is there.
 */
export function CallNowPage() {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('callNow.heading')} – ${network.data.name}` : t('callNow.heading'));
  const { capabilities, capability, choose, isLoading, error } = useCapabilityChoice(networkId);
  const now = useQuery({ ...availabilityQueries.availableNow(networkId, capability?.id ?? ''), enabled: capability !== null });
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';

  return (
    <div className="call-now">
      <p className="call-now-back">
        <Link to={`/networks/${networkId}/availability`}>{t('callNow.toSchedule')}</Link>
      </p>
      <h1>{t('callNow.heading')}</h1>
      {isLoading ? <Loading /> : null}
      {error ? <ErrorNotice>{message(error)}</ErrorNotice> : null}
      {capabilities && capabilities.length === 0 ? <p>{t('availability.noCapabilities')}</p> : null}
      {capabilities && capability ? (
        <>
          <fieldset className="call-now-choice">
            <legend>{t('callNow.whatDoYouNeed')}</legend>
            {capabilities.map((c) => (
              <label key={c.id} className="call-now-option">
                <input type="radio" name="capability" value={c.id} checked={c.id === capability.id} onChange={() => choose(c.id)} />
                <span>{c.name}</span>
              </label>
            ))}
          </fieldset>
          <section aria-labelledby="call-now-result" aria-live="polite">
            <h2 id="call-now-result">{t('callNow.availableFor', { capability: capability.name })}</h2>
            {now.isLoading ? <Loading /> : null}
            {now.error ? <ErrorNotice>{message(now.error)}</ErrorNotice> : null}
            {now.data ? (
              <>
                <p className="muted">{t('callNow.asOf', { time: DateTime.fromISO(now.data.at, { zone: ZONE }).setLocale(locale).toFormat('cccc HH:mm') })}</p>
                {now.data.partners.length === 0 ? (
                  <div className="call-now-empty" role="alert">
                    <p className="call-now-empty-title">{t('callNow.nobody')}</p>
                    <p>{now.data.capability.escalation ? t('callNow.escalateTo', { escalation: now.data.capability.escalation }) : t('callNow.escalateCoordinator')}</p>
                    {telHref(now.data.capability.escalation) ? (
                      <a className="call-now-call" href={telHref(now.data.capability.escalation)!}>
                        {t('callNow.callEscalation')}
                      </a>
                    ) : null}
                  </div>
                ) : (
                  <ol className="call-now-list">
                    {now.data.partners.map((p) => (
                      <li key={p.partner.id} className="call-now-item">
                        <p className="call-now-partner">{p.partner.name}</p>
                        <p className="call-now-contact">{p.contact}</p>
                        {telHref(p.contact) ? (
                          <a className="call-now-call" href={telHref(p.contact)!}>
                            {t('callNow.call', { partner: p.partner.name })}
                          </a>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                )}
                <p className="muted">{t('callNow.refreshes')}</p>
              </>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
