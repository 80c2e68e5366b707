import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_FIELDS, type Profile } from '../../api.ts';
import { ProfileFieldText } from '../../components/ProfileFieldText.tsx';

/** The profile's fields as sections with a heading each. */
export function ProfileView({ profile, headingLevel }: { profile: Profile; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const id = useId();
  return (
    <div className="profile-grid">
      {PROFILE_FIELDS.map((field) => (
        <section key={field} className="profile-field" aria-labelledby={`${id}-${field}`}>
          <Heading id={`${id}-${field}`} className="profile-field-heading">{t(`profile.sections.${field}`)}</Heading>
          <ProfileFieldText field={field} text={profile[field]} />
        </section>
      ))}
    </div>
  );
}
