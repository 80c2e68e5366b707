import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { signalQueries, type AgendaItem } from '../signals/signalQueries.ts';
import { AgendaItemView } from './AgendaItemView.tsx';

const SECTIONS = ['going_well', 'downward_spirals', 'too_good_to_be_true', 'pairs', 'agreements', 'differences', 'steps', 'requests', 'value_map'] as const;

/**
 * The agenda for the next session (DESIGN §5.7), in the order the server gives: it opens with
 * what goes well. Each item says why it is there and links to where to act. Printable.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  const agenda = useQuery(signalQueries.agenda(networkId));
  useDocumentTitle(network.data ? `${t('agenda.heading')} – ${network.data.name}` : t('agenda.heading'));
  const inSection = (items: AgendaItem[], section: string) => items.filter((i) => i.section === section);
  return (
    <>
      <h1>{t('agenda.heading')}</h1>
      {network.data ? <p className="print-only">{t('agenda.printedFor', { network: network.data.name, date: date(new Date().toISOString()) })}</p> : null}
      <p className="lead no-print">{t('agenda.intro')}</p>
      {agenda.isPending ? (
        <Loading />
      ) : agenda.isError ? (
        <ErrorNotice error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : agenda.data.items.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <>
          {inSection(agenda.data.items, 'pairs').length > 0 ? <p className="notice notice-info confidential">{t('agenda.confidential')}</p> : null}
          <p className="no-print">
            <Button className="button button-secondary" onPress={() => window.print()}>
              {t('agenda.print')}
            </Button>
          </p>
          <ol className="next-agenda">
            {SECTIONS.filter((section) => inSection(agenda.data.items, section).length > 0).map((section) => (
              <li key={section} className="next-agenda-section">
                <h2 id={`agenda-${section}`}>{t(`agenda.sections.${section}`)}</h2>
                <ul aria-labelledby={`agenda-${section}`} className="next-agenda-items">
                  {inSection(agenda.data.items, section).map((item, i) => (
                    <AgendaItemView key={`${item.kind}-${item.link ?? ''}-${i}`} item={item} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
