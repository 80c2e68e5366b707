import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/index.ts';

/** One button that turns the whole UI to the other language; its text is in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <Button className="button button-header" lang={other} onPress={() => void chooseLanguage(other)}>
      {t('header.otherLanguage')}
    </Button>
  );
}
