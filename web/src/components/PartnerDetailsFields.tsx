import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, SECTORS, type Partner, type Sector } from '../api.ts';
import { SelectField } from './SelectField.tsx';
import { TextInputField } from './TextInputField.tsx';
import { useFormErrors } from './useFormErrors.ts';
import { useValidators } from './useValidators.ts';

const FIELDS = ['name', 'sector', 'kvk', 'agb', 'ura', 'website', 'description'] as const;
export const MIN_PARTNER_NAME_LENGTH = 2;
const IDENTIFIER = /^\d{8}$/;
const URL = /^https?:\/\/\S+\.\S+$/i;

/** What the partner forms send: every field, an empty one clears it. */
export interface PartnerDetails {
  name: string;
  sector: Sector;
  kvk: string;
  agb: string;
  ura: string;
  website: string;
  description: string;
}

/** Reads the partner fields of a submitted form. */
export function readPartnerDetails(form: HTMLFormElement, sector: Sector): PartnerDetails {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  return { name: text('name'), sector, kvk: text('kvk'), agb: text('agb'), ura: text('ura'), website: text('website'), description: text('description') };
}

/**
 * The errors of a failed partner save, beside the fields: the API's field issues, and its 409 for
 * a name that is already taken.
 */
export function usePartnerFormErrors(error: unknown) {
  const { t } = useTranslation();
  const byField = useMemo(
    () => ({
      name: t('validation.minLength', { count: MIN_PARTNER_NAME_LENGTH }),
      kvk: t('validation.eightDigits'),
      agb: t('validation.eightDigits'),
      ura: t('validation.eightDigits'),
      website: t('validation.url'),
    }),
    [t],
  );
  const { fieldErrors, generalError } = useFormErrors(error, { fields: FIELDS, byField });
  const nameTaken = error instanceof ApiError && error.code === 'conflict' && (error.details as { field?: unknown } | null)?.field === 'name';
  if (nameTaken) return { fieldErrors: { ...fieldErrors, name: t('partners.nameTaken') }, generalError: t('errors.validation_failed') };
  return { fieldErrors, generalError };
}

/** The fields that describe a partner: name, sector, the optional KvK/AGB/URA numbers, website and description. */
export function PartnerDetailsFields({ partner, sector, onSectorChange }: { partner?: Partner; sector: Sector | null; onSectorChange: (sector: Sector | null) => void }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const sectors = SECTORS.map((s) => ({ id: s, label: t(`sectors.${s}`) }));
  const identifier = (value: string) => {
    const digits = value.replace(/[\s.]/g, '');
    return digits === '' || IDENTIFIER.test(digits) ? null : t('validation.eightDigits');
  };
  const website = (value: string) => (value.trim() === '' || URL.test(value.trim()) ? null : t('validation.url'));
  return (
    <>
      <TextInputField name="name" label={t('partnerFields.name')} defaultValue={partner?.name} isRequired validate={validators.minLength(MIN_PARTNER_NAME_LENGTH)} />
      <SelectField
        name="sector"
        label={t('partnerFields.sector')}
        placeholder={t('partnerFields.sectorPlaceholder')}
        options={sectors}
        value={sector}
        onChange={(value) => onSectorChange(value as Sector | null)}
        isRequired
        requiredMessage={t('validation.chooseSector')}
      />
      <div className="field-row">
        <TextInputField name="kvk" label={t('partnerFields.kvk')} description={t('partnerFields.identifierHint')} defaultValue={partner?.kvk ?? ''} inputMode="numeric" validate={identifier} />
        <TextInputField name="agb" label={t('partnerFields.agb')} description={t('partnerFields.identifierHint')} defaultValue={partner?.agb ?? ''} inputMode="numeric" validate={identifier} />
        <TextInputField name="ura" label={t('partnerFields.ura')} description={t('partnerFields.identifierHint')} defaultValue={partner?.ura ?? ''} inputMode="numeric" validate={identifier} />
      </div>
      <TextInputField name="website" type="url" label={t('partnerFields.website')} description={t('partnerFields.websiteHint')} defaultValue={partner?.website ?? ''} validate={website} />
      <TextInputField name="description" label={t('partnerFields.description')} description={t('partnerFields.descriptionHint')} defaultValue={partner?.description ?? ''} multiline />
    </>
  );
}
