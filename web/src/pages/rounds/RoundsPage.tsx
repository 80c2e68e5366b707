import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { CreateRoundForm } from './CreateRoundForm.tsx';
import { RoundsTable } from './RoundsTable.tsx';

/** Reflection rounds: the list for everyone, and planning a new round for the coordinator. */
export function RoundsPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('rounds.heading')} – ${network.data.name}` : t('rounds.heading'));
  const coordinator = network.data?.myRole === 'coordinator';
  return (
    <>
      <h1>{t('rounds.heading')}</h1>
      <p className="lead">{t('rounds.intro')}</p>
      <RoundsTable networkId={networkId} coordinator={coordinator} />
      {coordinator ? <CreateRoundForm networkId={networkId} /> : null}
    </>
  );
}
