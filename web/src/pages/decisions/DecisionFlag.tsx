import { useTranslation } from 'react-i18next';

/**
 * Whether a decision changes anything tomorrow, said in words with a symbol, never by colour alone:
 * "changes nothing tomorrow" until a step that serves it has an owner and a due date.
 */
export function DecisionFlag({ changesNothingTomorrow, because }: { changesNothingTomorrow: boolean; because?: 'no_step' | 'not_claimed' | 'no_date' | null }) {
  const { t } = useTranslation();
  return changesNothingTomorrow ? (
    <p className="decision-flag decision-flag-nothing">
      <span aria-hidden="true" className="decision-flag-symbol">
        !
      </span>
      <strong>{t('decisions.flag.nothing')}</strong> <span>{because ? t(`decisions.flag.because.${because}`) : t('decisions.flag.nothingHint')}</span>
    </p>
  ) : (
    <p className="decision-flag decision-flag-something">
      <span aria-hidden="true" className="decision-flag-symbol">
        ✓
      </span>
      <span>{t('decisions.flag.something')}</span>
    </p>
  );
}
