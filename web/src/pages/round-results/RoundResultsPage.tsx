import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, type Partner } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { AspectsSection } from './AspectsSection.tsx';
import { DyadHeatmap } from './DyadHeatmap.tsx';
import { AgreementGapsSection, FlagsSection } from './FlagsSection.tsx';
import { OpenAnswersSection } from './OpenAnswersSection.tsx';
import { QualitySection } from './QualitySection.tsx';
import { ResponseProgress } from './ResponseProgress.tsx';
import { ResponseSection } from './ResponseSection.tsx';
import { hasScores, resultQueries, type RoundResults } from './resultQueries.ts';
import { HeadlineScores, ScoreValue } from './ScoreValue.tsx';
import { TieMapSection } from './TieMapSection.tsx';

function ReceivedTable({ results, partners }: { results: RoundResults; partners: Map<string, Partner> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="results-received-heading">
      <h2 id="results-received-heading">{t('results.received.heading')}</h2>
      <p>{t('results.received.intro')}</p>
      <TableRegion labelledBy="results-received-caption">
        <table>
          <caption id="results-received-caption">{t('results.received.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.received.partner')}</th>
              <th scope="col">{t('results.received.trust')}</th>
              <th scope="col">{t('results.received.value')}</th>
            </tr>
          </thead>
          <tbody>
            {results.partners.map((p) => (
              <tr key={p.partnerId}>
                <th scope="row">{partners.get(p.partnerId)?.name ?? '?'}</th>
                <td>
                  <ScoreValue score={p.receivedTrust} />
                </td>
                <td>
                  <ScoreValue score={p.receivedValue} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

/**
 * The results of one round: the headline scores, the five aspects, trust between partners as a
 * heatmap that respects anonymity, the working-tie map, the flags, the agreement gaps and, for the
 * coordinator, the open answers that can become drafts. Printable for the steering group.
 */
export function RoundResultsPage() {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const { networkId = '', roundId = '' } = useParams();
  const network = useQuery(queries.network(networkId));
  const round = useQuery(queries.round(networkId, roundId));
  const results = useQuery(resultQueries.results(networkId, roundId));
  const partnerList = useQuery(queries.partners(networkId));
  const titles = useQuery(resultQueries.agreementTitles(networkId));
  const coordinator = network.data?.myRole === 'coordinator';
  const partners = useMemo(() => new Map((partnerList.data ?? []).map((p) => [p.id, p])), [partnerList.data]);
  const ordered = useMemo(() => {
    const inRound = new Set(results.data && hasScores(results.data) ? results.data.graph.nodes.map((n) => n.partnerId) : []);
    return sortByName((partnerList.data ?? []).filter((p) => inRound.has(p.id)), i18n.language);
  }, [partnerList.data, results.data, i18n.language]);
  const title = round.data ? t('results.title', { round: round.data.title }) : t('results.heading');
  useDocumentTitle(title);

  const back = (
    <p className="no-print">
      <Link to={`/networks/${networkId}/rounds/${roundId}`}>{t('results.backToRound')}</Link>
    </p>
  );
  if (results.isPending || partnerList.isPending) {
    return (
      <>
        <h1>{t('results.heading')}</h1>
        <Loading />
      </>
    );
  }
  if (results.isError || partnerList.isError) {
    const error = results.error ?? partnerList.error;
    const closedOnly = error instanceof ApiError && error.status === 403;
    return (
      <>
        {back}
        <h1>{t('results.heading')}</h1>
        {closedOnly ? <ErrorNotice>{t('results.notYet')}</ErrorNotice> : <ErrorNotice error={error} onRetry={() => void results.refetch()} />}
      </>
    );
  }
  const r = results.data;
  if (!hasScores(r)) {
    return (
      <div className="round-results">
        {back}
        <h1>{title}</h1>
        <ResponseProgress progress={r} partners={partners} />
      </div>
    );
  }
  const name = (id: string) => partners.get(id)?.name ?? '?';
  return (
    <div className="round-results">
      {back}
      <h1>{title}</h1>
      {r.dyads.length > 0 ? (
        <p className="notice notice-info confidential">
          {r.disclosureMode === 'strict' ? t('results.confidentialStrict', { k: r.anonymityK }) : t('results.confidentialOrganisation')}
        </p>
      ) : null}
      <p className="lead">
        {t('results.intro', { k: r.anonymityK })} {r.disclosureMode === 'strict' ? t('results.disclosureStrict', { k: r.anonymityK }) : t('results.disclosureOrganisation')}
      </p>
      <p className="muted">
        {round.data?.closedAt ? t('results.closedAt', { at: format.dateTime(round.data.closedAt) }) : null} {t('results.computedAt', { at: format.dateTime(r.computedAt) })}
      </p>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('results.print')}
        </button>
      </p>
      {round.data?.lowResponse && !round.data.lowResponseIncluded ? <p className="notice notice-warning">{t('results.lowResponseLeftOut')}</p> : null}
      <HeadlineScores results={r} />
      <ResponseSection networkId={networkId} roundId={roundId} />
      <AspectsSection aspects={r.aspects} />
      <ReceivedTable results={r} partners={partners} />
      <DyadHeatmap dyads={r.dyads} partners={ordered} seesAll={coordinator} />
      <TieMapSection results={r} partners={partners} />
      <FlagsSection flags={r.flags} name={name} />
      <AgreementGapsSection gaps={r.agreementGaps} titles={titles.data ?? new Map()} />
      {r.status === 'closed' ? <QualitySection networkId={networkId} roundId={roundId} /> : null}
      {coordinator ? <OpenAnswersSection networkId={networkId} roundId={roundId} /> : null}
    </div>
  );
}
