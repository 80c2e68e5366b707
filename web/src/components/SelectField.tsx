import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  placeholder: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** The form field name, so the choice travels with the form and API errors land beside it. */
  name?: string;
  description?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** The message when a required choice is missing (React Aria runs `validate` only once something is chosen). */
  requiredMessage?: string;
  /** A message when the choice is not acceptable, or null. */
  validate?: (value: Key) => string | null;
}

/** A labelled choice from a list (React Aria's Select), with its hint and its error. */
export function SelectField({ label, placeholder, options, value, onChange, name, description, isRequired, isDisabled, requiredMessage, validate }: SelectFieldProps) {
  return (
    <Select
      name={name}
      className="field"
      placeholder={placeholder}
      value={value}
      onChange={(key) => onChange(key === null ? null : String(key))}
      isRequired={isRequired}
      isDisabled={isDisabled}
      validate={validate}
    >
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <Button className="select-button select-button-field">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field-error">
        {(validation) => (validation.validationDetails.valueMissing && requiredMessage ? requiredMessage : validation.validationErrors.join(' '))}
      </FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
