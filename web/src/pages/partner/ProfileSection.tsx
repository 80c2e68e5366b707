import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Partner, Profile } from '../../api.ts';
import { ErrorNotice, SuccessNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { Loading } from '../../components/Loading.tsx';
import { useToggleFocus } from '../../components/useToggleFocus.ts';
import { queries } from '../../queries.ts';
import { ProfileForm } from './ProfileForm.tsx';
import { ProfileView } from './ProfileView.tsx';

/** A partner's profile in sections ("Wat drijft ons", "Onze belangen", …), with its edit form for those who may edit it. */
export function ProfileSection({ networkId, partner, mayEdit }: { networkId: string; partner: Partner; mayEdit: boolean }) {
  const { t } = useTranslation();
  const profile = useQuery(queries.profile(networkId, partner.id));
  const { open: editing, setOpen: setEditing, openerRef: editButton, openedRef: formHeading } = useToggleFocus<HTMLButtonElement, HTMLHeadingElement>();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <p className="muted">{t('profile.intro')}</p>
      {profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <ErrorNotice error={profile.error} onRetry={() => void profile.refetch()} />
      ) : editing ? (
        <ProfileForm
          networkId={networkId}
          partner={partner}
          profile={profile.data}
          headingRef={formHeading}
          onSaved={(version) => {
            setSavedVersion(version);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {savedVersion ? <SuccessNotice>{t('profile.saved', { version: savedVersion })}</SuccessNotice> : null}
          <ProfileStatus profile={profile.data} />
          {mayEdit ? (
            <p>
              <Button ref={editButton} className="button" onPress={() => setEditing(true)}>
                {t('profile.edit')}
              </Button>
            </p>
          ) : null}
          <ProfileView profile={profile.data} headingLevel={3} />
        </>
      )}
    </section>
  );
}

/** Who saved the current version and when, and what stage 1 still misses. */
function ProfileStatus({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const missing = profile.missing.map((field) => t(`profile.sections.${field}`)).join(', ');
  return (
    <>
      <p>
        {profile.version === 0
          ? t('profile.notWritten')
          : t('profile.savedBy', { version: profile.version, author: profile.author?.name ?? '', date: format.dateTime(profile.savedAt ?? '') })}
      </p>
      <p className={`notice ${profile.complete ? 'notice-success' : 'notice-info'}`}>{profile.complete ? t('profile.complete') : t('profile.incomplete', { fields: missing })}</p>
    </>
  );
}
