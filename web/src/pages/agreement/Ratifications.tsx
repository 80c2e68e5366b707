import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { agreementQueries, type Agreement, type RatificationDecision } from './agreementQueries.ts';

/** One party's decision as words: consented, objected (with the reason), or still waiting. */
function DecisionText({ decision }: { decision: RatificationDecision | null }) {
  const { t } = useTranslation();
  if (!decision) return <>–</>;
  if (decision.decision === 'waiting') return <span className="decision decision-waiting">{t('agreement.ratifications.waiting')}</span>;
  if (decision.decision === 'consent') {
    return <span className="decision decision-consent">{t('agreement.ratifications.consented', { name: decision.decidedBy?.name ?? '' })}</span>;
  }
  return (
    <span className="decision decision-objection">
      <strong>{t('agreement.ratifications.objected', { name: decision.decidedBy?.name ?? '' })}</strong> {decision.reason}
    </span>
  );
}

/**
 * Per party: its decision on the proposed version and on the version in force. Objections and
 * their reasons are listed first, for everyone in the network to read.
 */
export function Ratifications({ networkId, agreement }: { networkId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const ratifications = useQuery(agreementQueries.ratifications(networkId, agreement.id));
  return (
    <section aria-labelledby="agreement-ratifications-heading" className="panel">
      <h2 id="agreement-ratifications-heading">{t('agreement.ratifications.heading')}</h2>
      {ratifications.isPending ? (
        <Loading />
      ) : ratifications.isError ? (
        <ErrorNotice error={ratifications.error} onRetry={() => void ratifications.refetch()} />
      ) : (
        <>
          {(() => {
            const objections = ratifications.data.parties.filter((p) => p.proposed?.decision === 'objection');
            if (objections.length === 0) return null;
            return (
              <div className="notice notice-warning">
                <h3>{t('agreement.ratifications.objectionsHeading', { count: objections.length, version: ratifications.data.proposedVersion ?? '' })}</h3>
                <ul>
                  {objections.map((p) => (
                    <li key={p.partner.id}>
                      <strong>{p.partner.name}</strong>: {p.proposed?.reason}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })()}
          {ratifications.data.proposedVersion === null && ratifications.data.versionInForce === null ? (
            <p className="muted">{agreement.status === 'ended' ? t('agreement.ratifications.ended') : t('agreement.ratifications.notProposed')}</p>
          ) : (
            <TableRegion labelledBy="agreement-ratifications-caption">
              <table className="table">
                <caption id="agreement-ratifications-caption">{t('agreement.ratifications.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agreement.ratifications.party')}</th>
                    {ratifications.data.proposedVersion !== null ? (
                      <th scope="col">{t('agreement.ratifications.onProposed', { version: ratifications.data.proposedVersion })}</th>
                    ) : null}
                    {ratifications.data.versionInForce !== null ? (
                      <th scope="col">{t('agreement.ratifications.onInForce', { version: ratifications.data.versionInForce })}</th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {ratifications.data.parties.map((p) => (
                    <tr key={p.partner.id}>
                      <th scope="row">{p.partner.name}</th>
                      {ratifications.data.proposedVersion !== null ? (
                        <td>
                          <DecisionText decision={p.proposed} />
                        </td>
                      ) : null}
                      {ratifications.data.versionInForce !== null ? (
                        <td>
                          <DecisionText decision={p.inForce} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>
      )}
    </section>
  );
}
