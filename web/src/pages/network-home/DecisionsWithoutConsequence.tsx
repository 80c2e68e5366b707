import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { sessionQueries } from '../sessions/sessionQueries.ts';

const SHOWN = 5;

/**
 * On the network's home: the decisions that change nothing tomorrow (no step with an owner and a
 * date yet), with links to them. Shows nothing when every decision has a consequence.
 */
export function DecisionsWithoutConsequence({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const decisions = useInfiniteQuery(sessionQueries.decisions(networkId, 'true', SHOWN));
  if (decisions.isPending) return null;
  if (decisions.isError) return <ErrorNotice error={decisions.error} onRetry={() => void decisions.refetch()} />;
  const items = decisions.data.pages[0]?.items ?? [];
  if (items.length === 0) return null;
  const base = `/networks/${networkId}`;
  return (
    <section aria-labelledby="nothing-tomorrow-heading" className="panel decisions-nothing">
      <h2 id="nothing-tomorrow-heading">
        <span aria-hidden="true" className="decision-flag-symbol">
          !
        </span>{' '}
        {t('decisions.home.heading')}
      </h2>
      <p>{t('decisions.home.intro')}</p>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            <Link to={d.session ? `${base}/sessions/${d.session.id}#decision-${d.id}` : `${base}/decisions`}>{d.title}</Link>
            {d.session ? <span className="muted"> – {d.session.title}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to={`${base}/decisions?changesNothing=true`}>{decisions.data.pages[0]?.nextCursor ? t('decisions.home.more') : t('decisions.home.all')}</Link>
      </p>
    </section>
  );
}
