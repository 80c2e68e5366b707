import { useTranslation } from 'react-i18next';
import { TextInputField } from './TextInputField.tsx';
import { MIN_PASSWORD_LENGTH, useValidators } from './useValidators.ts';

/** A new password and its repetition, checked against each other as the person types. */
export function NewPasswordFields({ label, password, onChange }: { label: string; password: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const validators = useValidators();
  return (
    <>
      <TextInputField
        name="password"
        type="password"
        label={label}
        description={t('fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        isRequired
        value={password}
        onChange={onChange}
        validate={validators.password}
      />
      <TextInputField
        name="passwordRepeat"
        type="password"
        label={t('fields.passwordRepeat')}
        autoComplete="new-password"
        isRequired
        validate={validators.repeatOf(password)}
      />
    </>
  );
}
