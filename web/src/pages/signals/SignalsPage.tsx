import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { SignalGroups } from './SignalGroups.tsx';
import { signalQueries } from './signalQueries.ts';
import { TrendsSection } from './TrendsSection.tsx';

/**
 * Signals and trends (DESIGN §5.7): spirals, "too good to be true", unequal trust, different views
 * and agreement gaps, each with what it means and which questions open the conversation; then
 * trust and openness over the closed rounds as a chart and a table.
 */
export function SignalsPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const signals = useQuery(signalQueries.signals(networkId));
  const trends = useQuery(signalQueries.trends(networkId));
  useDocumentTitle(network.data ? `${t('signals.heading')} – ${network.data.name}` : t('signals.heading'));
  return (
    <>
      <h1>{t('signals.heading')}</h1>
      <p className="lead">{t('signals.intro')}</p>
      {signals.isPending || trends.isPending ? (
        <Loading />
      ) : signals.isError ? (
        <ErrorNotice error={signals.error} onRetry={() => void signals.refetch()} />
      ) : trends.isError ? (
        <ErrorNotice error={trends.error} onRetry={() => void trends.refetch()} />
      ) : signals.data.round === null ? (
        <p>{t('signals.noRounds')}</p>
      ) : (
        <>
          <p>{t('signals.basedOn', { title: signals.data.round.title })}</p>
          <p className="hint">{t('signals.anonymity', { k: trends.data.anonymityK })}</p>
          <SignalGroups signals={signals.data.signals} />
          <TrendsSection trends={trends.data} />
        </>
      )}
    </>
  );
}
