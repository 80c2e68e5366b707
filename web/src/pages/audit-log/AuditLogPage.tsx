import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AuditEvent } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';

/** The network's audit log, newest first (coordinator). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const audit = useInfiniteQuery(queries.audit(networkId));
  const format = useDateFormat();
  const title = network.data ? t('audit.heading', { network: network.data.name }) : t('audit.title');
  useDocumentTitle(title);
  const events = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/networks/${networkId}`}>{t('audit.back')}</Link>
      </p>
      <h1 id="audit-heading">{title}</h1>
      <p className="lead">{t('audit.intro')}</p>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <ErrorNotice error={audit.error} onRetry={() => void audit.refetch()} />
      ) : events.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <>
          <TableRegion labelledBy="audit-heading">
            <table className="table" aria-labelledby="audit-heading">
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id}>
                    <td className="nowrap">{format.dateTime(event.at)}</td>
                    <td>{event.actor?.name ?? <span className="muted">{t('audit.system')}</span>}</td>
                    <td>{t(`audit.actions.${event.action}` as 'audit.actions.network.create', { defaultValue: event.action })}</td>
                    <td>
                      <AuditDetails details={event.details} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {audit.hasNextPage ? (
            <Button className="button button-secondary" isPending={audit.isFetchingNextPage} onPress={() => void audit.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          ) : null}
        </>
      )}
    </>
  );
}

/** The facts an event records (an address, a role, a name), in words; dates as people write them. */
function AuditDetails({ details }: { details: AuditEvent['details'] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const shown = (key: string, value: unknown): string => {
    if (key === 'role' && typeof value === 'string') return t(`roles.${value}` as 'roles.member', { defaultValue: value });
    if (key === 'disclosureMode' && (value === 'organisation' || value === 'strict')) return t(`rounds.create.disclosure.${value}`);
    if (typeof value === 'boolean') return value ? t('partners.yes') : t('partners.no');
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.day(value);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return format.dateTime(value);
    if (typeof value === 'string') return value;
    // Lists of ids say how many; a person reads names elsewhere on the event.
    if (Array.isArray(value)) return value.every((v) => typeof v === 'string' || typeof v === 'number') && value.length <= 3 && !value.some((v) => /^[0-9a-f-]{36}$/.test(String(v))) ? value.join(', ') : String(value.length);
    return JSON.stringify(value);
  };
  const parts = Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${t(`audit.detailKeys.${key}` as 'audit.detailKeys.email', { defaultValue: key })}: ${shown(key, value)}`);
  return parts.length ? <>{parts.join(' · ')}</> : null;
}
