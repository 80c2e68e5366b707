import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftAnswer, Questionnaire } from './draft.ts';

type Bilingual = { nl: string; en: string };

/** The text in the UI's language. */
export function useBilingual() {
  const { i18n } = useTranslation();
  return (text: Bilingual) => (i18n.language === 'en' ? text.en : text.nl);
}

interface ScaleQuestionProps {
  question: string;
  scale: Questionnaire['scales']['agreement'];
  dontKnow: Bilingual;
  value: DraftAnswer | undefined;
  onChange: (value: DraftAnswer) => void;
  /** 'agreement': five numbered tiles with their meaning at both ends; 'level': one row per labelled option. */
  variant: 'agreement' | 'level';
}

/**
 * One closed question as a group of native radio buttons with large targets; "don't know" is
 * always there. On the agreement scale the tiles show the number and carry the full meaning in
 * their accessible name.
 */
export function ScaleQuestion({ question, scale, dontKnow, value, onChange, variant }: ScaleQuestionProps) {
  const text = useBilingual();
  const name = useId();
  const first = scale[0];
  const last = scale[scale.length - 1];
  return (
    <fieldset className={`scale-question scale-${variant}`}>
      <legend className="scale-legend">{question}</legend>
      <div className="scale-options">
        {scale.map((point) => (
          <label key={point.value} className="scale-option">
            <input type="radio" className="scale-input" name={name} value={point.value} checked={value === point.value} onChange={() => onChange(point.value)} />
            {variant === 'agreement' ? (
              <span className="scale-text">
                {point.value}
                <span className="visually-hidden"> {text(point.text)}</span>
              </span>
            ) : (
              <span className="scale-text">
                {point.value} – {text(point.text)}
              </span>
            )}
          </label>
        ))}
        <label className="scale-option scale-dont-know">
          <input type="radio" className="scale-input" name={name} value="dk" checked={value === 'dk'} onChange={() => onChange('dk')} />
          <span className="scale-text">{text(dontKnow)}</span>
        </label>
      </div>
      {variant === 'agreement' && first && last ? (
        <p className="scale-ends" aria-hidden="true">
          <span>
            {first.value} = {text(first.text)}
          </span>
          <span>
            {last.value} = {text(last.text)}
          </span>
        </p>
      ) : null}
    </fieldset>
  );
}
