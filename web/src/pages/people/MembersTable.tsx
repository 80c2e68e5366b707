import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { queries } from '../../queries.ts';

/** The people of the network with their role and partner organisation. */
export function MembersTable({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const members = useQuery(queries.members(networkId));
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ErrorNotice error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <TableRegion labelledBy="members-heading">
          <table className="table" aria-labelledby="members-heading">
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.partner')}</th>
                <th scope="col">{t('members.since')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  <td>{member.email}</td>
                  <td>{t(`roles.${member.role}`)}</td>
                  <td>{member.partner?.name ?? <span className="muted">{t('members.noPartner')}</span>}</td>
                  <td>{format.date(member.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
