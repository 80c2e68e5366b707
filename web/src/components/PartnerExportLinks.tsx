import { useTranslation } from 'react-i18next';

/** The address of an export file; the browser downloads it with the session cookie. */
function exportUrl(networkId: string, format: 'csv' | 'xlsx'): string {
  return `/api/networks/${encodeURIComponent(networkId)}/partners/export?format=${format}`;
}

/**
 * Download links for the partners with their profiles, as CSV (for Dutch Excel) and XLSX, and
 * for the partner register with the crisis route as a FHIR directory (GET …/fhir). Every role may
 * export; the links fit on any page of a network.
 */
export function PartnerExportLinks({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="form-actions export-links">
      <li>
        <a className="button button-secondary" href={exportUrl(networkId, 'xlsx')} download>
          {t('partnerExport.xlsx')}
        </a>
      </li>
      <li>
        <a className="button button-secondary" href={exportUrl(networkId, 'csv')} download>
          {t('partnerExport.csv')}
        </a>
      </li>
      <li>
        <a className="button button-secondary" href={`/api/networks/${encodeURIComponent(networkId)}/fhir`} download aria-describedby="fhir-export-note">
          {t('partnerExport.fhir')}
        </a>
        <p id="fhir-export-note" className="hint">
          {t('partnerExport.fhirNote')}
        </p>
      </li>
    </ul>
  );
}
