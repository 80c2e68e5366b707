import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { CreateNetworkForm } from './CreateNetworkForm.tsx';

/**
 * The start page: the networks I hold a role in and, for who may start one, a form to start a new
 * one; after a sign-in through an organisation that waits for approval, it says so.
 */
export function MyNetworksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myNetworks.title'));
  const networks = useQuery(queries.networks());
  const me = useQuery(queries.me());
  // The single sign-on callback lands here with ?sso=pending when a coordinator still has to admit the person.
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t('myNetworks.title')}</h1>
      {params.get('sso') === 'pending' ? <p className="notice notice-info">{t('myNetworks.ssoPending')}</p> : null}
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
