import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, Role } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { queries } from '../../queries.ts';
import { DeleteHistoryEntryButton } from './DeleteHistoryEntryButton.tsx';
import { useDayFormat } from './formatDay.ts';

interface Props {
  networkId: string;
  role: Role | null;
  myPartnerId: string | null;
}

/** The recorded collaborations, newest first, with who took part and how it went. */
export function HistoryEntryList({ networkId, role, myPartnerId }: Props) {
  const { t } = useTranslation();
  const history = useInfiniteQuery(queries.history(networkId));
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];
  const mayDelete = (entry: HistoryEntry) => role === 'coordinator' || (role === 'representative' && entry.partners.some((p) => p.id === myPartnerId));
  return (
    <section aria-labelledby="history-entries-heading">
      <h2 id="history-entries-heading">{t('history.entriesHeading')}</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />
      ) : entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <>
          <ul className="history-list">
            {entries.map((entry) => (
              <li key={entry.id} className="card history-entry">
                <HistoryEntryCard entry={entry} />
                {mayDelete(entry) ? <DeleteHistoryEntryButton networkId={networkId} entry={entry} /> : null}
              </li>
            ))}
          </ul>
          {history.hasNextPage ? (
            <Button className="button button-secondary" isPending={history.isFetchingNextPage} onPress={() => void history.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function HistoryEntryCard({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const format = useDateFormat();
  const period =
    entry.startedOn && entry.endedOn
      ? t('history.period', { from: day(entry.startedOn), to: day(entry.endedOn) })
      : entry.startedOn
        ? t('history.since', { from: day(entry.startedOn) })
        : entry.endedOn
          ? t('history.until', { to: day(entry.endedOn) })
          : t('history.noPeriod');
  return (
    <>
      <h3 className="card-title">{entry.title}</h3>
      <dl className="history-facts">
        <dt>{t('history.partners')}</dt>
        <dd>{entry.partners.map((p) => p.name).join(', ')}</dd>
        <dt>{t('history.when')}</dt>
        <dd>{period}</dd>
        <dt>{t('history.outcome')}</dt>
        <dd>
          <span className={`status outcome-${entry.outcome}`}>{t(`history.outcomes.${entry.outcome}`)}</span>
        </dd>
      </dl>
      {entry.note ? <p className="card-text profile-text">{entry.note}</p> : null}
      <p className="card-meta">{t('history.recordedBy', { name: entry.createdBy.name, date: format.date(entry.createdAt) })}</p>
    </>
  );
}
