import { useTranslation } from 'react-i18next';
import type { ProfileField } from '../api.ts';

/**
 * The text of one profile field: offer and need as a list (one item per line), the others as
 * paragraphs, and a muted "not filled in yet" when empty.
 */
export function ProfileFieldText({ field, text }: { field: ProfileField; text: string }) {
  const { t } = useTranslation();
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return <p className="muted">{t('profile.notFilled')}</p>;
  if (field === 'offer' || field === 'need') {
    return (
      <ul className="profile-items">
        {lines.map((line, i) => (
          <li key={i}>{line.replace(/^(?:[-*•·–—]|\d{1,3}[.)])\s+/u, '')}</li>
        ))}
      </ul>
    );
  }
  return <p className="profile-text">{text.trim()}</p>;
}
