import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RequestCard } from './RequestCard.tsx';
import { requestQueries, type RequestFilter } from './requestQueries.ts';

interface Props {
  networkId: string;
  filter: RequestFilter;
  heading: string;
  empty: string;
  id: string;
  role: Role | undefined;
  partnerId: string | null;
}

/** One list of requests under its own heading, newest first, a page at a time. */
export function RequestList({ networkId, filter, heading, empty, id, role, partnerId }: Props) {
  const { t } = useTranslation();
  const requests = useInfiniteQuery(requestQueries.list(networkId, filter));
  const items = requests.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby={id} className="request-section">
      <h2 id={id}>{heading}</h2>
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <ErrorNotice error={requests.error} onRetry={() => void requests.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="step-list step-list-grid">
          {items.map((request) => (
            <li key={request.id}>
              <RequestCard networkId={networkId} request={request} role={role} partnerId={partnerId} />
            </li>
          ))}
        </ul>
      )}
      {requests.hasNextPage ? (
        <Button className="button button-secondary" isPending={requests.isFetchingNextPage} onPress={() => void requests.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
