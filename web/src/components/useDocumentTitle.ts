import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title for the page on screen: "<page> – Ketenregie". */
export function useDocumentTitle(pageTitle: string) {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${product}` : product;
  }, [pageTitle, product]);
}
