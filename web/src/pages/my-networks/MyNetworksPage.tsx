import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { CreateNetworkForm } from './CreateNetworkForm.tsx';

/** The start page: the networks I hold a role in and, for who may start one, a form to start a new one. */
export function MyNetworksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myNetworks.title'));
  const networks = useQuery(queries.networks());
  const me = useQuery(queries.me());
  return (
    <>
      <h1>{t('myNetworks.title')}</h1>
      {networks.isPending ? (
        <Loading />
      ) : networks.isError ? (
        <ErrorNotice error={networks.error} onRetry={() => void networks.refetch()} />
      ) : networks.data.items.length === 0 ? (
        <p className="notice notice-info">{t('myNetworks.empty')}</p>
      ) : (
        <ul className="card-list">
          {networks.data.items.map((network) => (
            <li key={network.id} className="card">
              <Link to={`/networks/${network.id}`} className="card-title">
                {network.name}
              </Link>
              {network.description ? <p className="card-text">{network.description}</p> : null}
              <p className="card-meta">{t('myNetworks.yourRole', { role: t(`roles.${network.myRole}`) })}</p>
            </li>
          ))}
        </ul>
      )}
      {me.data?.mayCreateNetwork ? <CreateNetworkForm /> : null}
    </>
  );
}
