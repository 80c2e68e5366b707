import type { FormEvent } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components';

interface TextInputFieldProps extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  /** A hint under the label, read out with the field. */
  description?: string;
  /** A multi-line text area instead of a one-line input. */
  multiline?: boolean;
}

/**
 * Once a field shows an error, check it again while the person types (react-aria would wait for
 * the field to lose focus). Otherwise the error vanishes on the blur of a click on "submit",
 * the button jumps up under the pointer and the click is lost.
 */
function recheckWhileTyping(event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) {
  const field = event.currentTarget;
  if (field.hasAttribute('data-invalid')) field.dispatchEvent(new Event('change'));
}

/** A labelled text field with its hint and its error (from the check in the browser or from the API). */
export function TextInputField({ label, description, multiline, ...props }: TextInputFieldProps) {
  return (
    <TextField {...props} className="field">
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      {multiline ? <TextArea className="input textarea" rows={4} onInput={recheckWhileTyping} /> : <Input className="input" onInput={recheckWhileTyping} />}
      <FieldError className="field-error" />
    </TextField>
  );
}
