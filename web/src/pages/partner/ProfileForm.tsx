import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, ApiError, PROFILE_FIELDS, unwrap, type Partner, type Profile } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useDateFormat } from '../../components/formatDate.ts';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { queries } from '../../queries.ts';
import { ProfileView } from './ProfileView.tsx';

const FIELDS = [...PROFILE_FIELDS, 'changeNote'] as const;
type SaveProfile = Omit<Profile, 'partnerId' | 'version' | 'author' | 'savedAt' | 'complete' | 'missing'> & { baseVersion: number };

/** The profile version a 409 answer carries: someone else's save that this form did not see. */
function newerProfile(error: unknown): Profile | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const current = (error.details as { current?: Profile } | null)?.current;
  return current && typeof current.version === 'number' ? current : null;
}

/**
 * Edits a partner's profile. Every save becomes a new version; when someone else saved in the
 * meantime the form keeps this person's text, shows the other version beside it, and the next
 * save builds on that version.
 */
export function ProfileForm({
  networkId,
  partner,
  profile,
  headingRef,
  onSaved,
  onCancel,
}: {
  networkId: string;
  partner: Partner;
  profile: Profile;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved: (version: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(profile.version);
  const [theirs, setTheirs] = useState<Profile | null>(null);
  const save = useMutation({
    mutationFn: (body: SaveProfile) =>
      unwrap(api.PUT('/api/networks/{networkId}/partners/{partnerId}/profile', { params: { path: { networkId, partnerId: partner.id } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(queries.profile(networkId, partner.id).queryKey, saved),
    onError: (error) => {
      const newer = newerProfile(error);
      if (!newer) return;
      setTheirs(newer);
      setBaseVersion(newer.version);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queries.partners(networkId).queryKey }),
  });
  const conflict = newerProfile(save.error);
  const { fieldErrors, generalError } = useFormErrors(conflict ? null : save.error, { fields: FIELDS });
  return (
    <div className="panel">
      <h3 id="profile-form-heading" ref={headingRef} tabIndex={-1}>
        {t('profile.editHeading', { name: partner.name })}
      </h3>
      {theirs ? (
        <div role="alert" className="notice notice-error">
          <p>
            <strong>{t('profile.conflictTitle')}</strong>
          </p>
          <p>{t('profile.conflictText', { author: theirs.author?.name ?? '', version: theirs.version, date: format.dateTime(theirs.savedAt ?? '') })}</p>
        </div>
      ) : null}
      {theirs ? (
        <section aria-labelledby="their-version-heading" className="their-version">
          <h4 id="their-version-heading">{t('profile.conflictTheirs', { version: theirs.version, author: theirs.author?.name ?? '' })}</h4>
          <ProfileView profile={theirs} headingLevel={4} />
        </section>
      ) : null}
      <Form
        className="form form-wide"
        aria-labelledby="profile-form-heading"
        validationErrors={fieldErrors}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const text = (name: string) => String(data.get(name) ?? '');
          const fields = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, text(field)])) as Record<(typeof PROFILE_FIELDS)[number], string>;
          save.mutate({ ...fields, changeNote: text('changeNote').trim(), baseVersion }, { onSuccess: (saved) => onSaved(saved.version) });
        }}
      >
        {save.isError && !conflict && generalError ? <ErrorNotice>{generalError}</ErrorNotice> : null}
        {PROFILE_FIELDS.map((field) => (
          <TextInputField key={field} name={field} label={t(`profile.sections.${field}`)} description={t(`profile.hints.${field}`)} defaultValue={profile[field]} multiline />
        ))}
        <TextInputField name="changeNote" label={t('profile.changeNote')} description={t('profile.changeNoteHint')} />
        <div className="form-actions">
          <Button type="submit" className="button" isPending={save.isPending}>
            {t('profile.save')}
          </Button>
          <Button className="button button-secondary" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
