import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { useDayFormat } from '../history/formatDay.ts';
import { sessionQueries } from '../sessions/sessionQueries.ts';

type Filter = 'all' | 'true' | 'false';

/** Every decision of the network across sessions, with whether it changes anything tomorrow. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('decisions.heading')} – ${network.data.name}` : t('decisions.heading'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('changesNothing');
  const filter: Filter = asked === 'true' || asked === 'false' ? asked : 'all';
  const setFilter = (f: Filter) => setParams(f === 'all' ? {} : { changesNothing: f }, { replace: true });
  const decisions = useInfiniteQuery(sessionQueries.decisions(networkId, filter === 'all' ? undefined : filter));
  const day = useDayFormat();
  const items = decisions.data?.pages.flatMap((p) => p.items) ?? [];
  const base = `/networks/${networkId}`;
  return (
    <>
      <h1>{t('decisions.heading')}</h1>
      <p className="lead">{t('decisions.intro')}</p>
      <RadioGroup className="field" value={filter} onChange={(v) => setFilter(v as Filter)} orientation="horizontal">
        <Label className="field-label">{t('decisions.filter.label')}</Label>
        <div className="radio-list radio-list-inline">
          {(['all', 'true', 'false'] as const).map((f) => (
            <Radio key={f} value={f} className="radio">
              {t(`decisions.filter.${f}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {decisions.isPending ? (
        <Loading />
      ) : decisions.isError ? (
        <ErrorNotice error={decisions.error} onRetry={() => void decisions.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('decisions.empty')}</p>
      ) : (
        <TableRegion labelledBy="decisions-caption">
          <table className="table">
            <caption id="decisions-caption">{t('decisions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.columns.title')}</th>
                <th scope="col">{t('decisions.columns.session')}</th>
                <th scope="col">{t('decisions.columns.consequences')}</th>
                <th scope="col">{t('decisions.columns.tomorrow')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.session ? <Link to={`${base}/sessions/${d.session.id}#decision-${d.id}`}>{d.title}</Link> : d.title}</th>
                  <td>{d.session ? t('decisions.sessionOn', { title: d.session.title, date: day(d.session.heldOn) }) : t('decisions.noSession')}</td>
                  <td>{t('decisions.consequenceCount', { count: d.consequences.filter((c) => c.status !== 'dropped').length })}</td>
                  <td>
                    {d.changesNothingTomorrow ? (
                      <span className="status status-nothing">
                        <span aria-hidden="true">! </span>
                        {t('decisions.flag.nothing')}
                      </span>
                    ) : (
                      <span className="status status-something">
                        <span aria-hidden="true">✓ </span>
                        {t('decisions.flag.somethingShort')}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {decisions.hasNextPage ? (
        <Button className="button button-secondary" isPending={decisions.isFetchingNextPage} onPress={() => void decisions.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
      <p>
        <Link to={`${base}/sessions`}>{t('decisions.toSessions')}</Link>
      </p>
    </>
  );
}
