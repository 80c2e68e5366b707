import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PROFILE_FIELDS } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProfileFieldText } from '../../components/ProfileFieldText.tsx';
import { queries } from '../../queries.ts';
import { ProfileDiff } from './ProfileDiff.tsx';

/** Every saved version of the profile, newest first; each opens to show what it said. */
export function ProfileHistory({ networkId, partnerId }: { networkId: string; partnerId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const history = useInfiniteQuery(queries.profileHistory(networkId, partnerId));
  const versions = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="profile-history-heading">
      <h2 id="profile-history-heading">{t('profile.historyHeading')}</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />
      ) : versions.length === 0 ? (
        <p className="muted">{t('profile.historyEmpty')}</p>
      ) : (
        <>
          {versions[0]!.version > 1 ? <ProfileDiff key={versions[0]!.version} networkId={networkId} partnerId={partnerId} latest={versions[0]!.version} /> : null}
          <ol className="version-list">
            {versions.map((version) => (
              <li key={version.version}>
                <details className="version">
                  <summary>
                    <span className="version-title">{t('profile.historyVersion', { version: version.version })}</span>{' '}
                    <span className="version-meta">{t('profile.historyMeta', { author: version.author?.name ?? '', date: format.dateTime(version.savedAt ?? '') })}</span>
                    {version.changeNote ? <span className="version-note">{t('profile.historyNote', { note: version.changeNote })}</span> : null}
                  </summary>
                  <dl className="version-fields">
                    {PROFILE_FIELDS.map((field) => (
                      <div key={field}>
                        <dt>{t(`profile.sections.${field}`)}</dt>
                        <dd>
                          <ProfileFieldText field={field} text={version[field]} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ol>
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
