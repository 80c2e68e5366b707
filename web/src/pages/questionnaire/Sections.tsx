import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, DraftAnswer, PartnerItem, Questionnaire } from './draft.ts';
import { ScaleQuestion, useBilingual } from './ScaleQuestion.tsx';

interface SectionProps {
  q: Questionnaire;
  draft: Draft;
  setAnswer: (key: string, value: DraftAnswer) => void;
}

/** The five aspects of the network, two statements each. */
export function AspectsSection({ q, draft, setAnswer }: SectionProps) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <>
      <p>{t('rounds.questionnaire.aspectsIntro')}</p>
      {q.aspects.map((aspect) => (
        <section key={aspect.key} className="questionnaire-group" aria-labelledby={`aspect-${aspect.key}`}>
          <h3 id={`aspect-${aspect.key}`}>{text(aspect.title)}</h3>
          {aspect.items.map((item, i) => (
            <ScaleQuestion
              key={item.key}
              variant="agreement"
              question={text(item.text)}
              scale={q.scales.agreement}
              dontKnow={q.scales.dontKnow}
              value={draft.answers[`${aspect.key}.${i}`]}
              onChange={(v) => setAnswer(`${aspect.key}.${i}`, v)}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** Importance and adherence of every agreement in force. */
export function AgreementsSection({ q, draft, setAnswer }: SectionProps) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <>
      <p>{t('rounds.questionnaire.agreementsIntro')}</p>
      {q.agreements.map((agreement) => (
        <section key={agreement.id} className="questionnaire-group" aria-labelledby={`agreement-${agreement.id}`}>
          <h3 id={`agreement-${agreement.id}`}>{agreement.title}</h3>
          {q.agreementItems.map((item) => (
            <ScaleQuestion
              key={item.key}
              variant="agreement"
              question={text(item.text)}
              scale={q.scales.agreement}
              dontKnow={q.scales.dontKnow}
              value={draft.answers[`${agreement.id}.${item.key}`]}
              onChange={(v) => setAnswer(`${agreement.id}.${item.key}`, v)}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/**
 * Who will see the ratings of partners (DESIGN §5.3), told before the respondent rates any: the
 * round's disclosure mode and, when so, that they are their organisation's only respondent.
 */
export function DisclosureNotice({ q }: { q: Questionnaire }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const id = useId();
  if (!q.disclosure) return null;
  return (
    <section className="notice notice-info disclosure-notice" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(`rounds.questionnaire.disclosure.${q.disclosure.mode}`)}</h3>
      {q.disclosure.text.map((paragraph, i) => (
        <p key={i}>{text(paragraph)}</p>
      ))}
    </section>
  );
}

/** First the partners the respondent's organisation works with; only those are rated. */
export function ChoosePartnersSection({ q, draft, setChosen }: { q: Questionnaire; draft: Draft; setChosen: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const id = useId();
  return (
    <>
    <DisclosureNotice q={q} />
    <fieldset className="choose-partners">
      <legend className="scale-legend">{text(q.partnerQuestions.choose)}</legend>
      <p id={`${id}-hint`} className="field-description">
        {t('rounds.questionnaire.chooseNone')}
      </p>
      <div className="choose-options">
        {q.partners.map((partner) => (
          <label key={partner.id} className="scale-option choose-option">
            <input
              type="checkbox"
              className="scale-input"
              checked={draft.chosen.includes(partner.id)}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setChosen(e.target.checked ? [...draft.chosen, partner.id] : draft.chosen.filter((p) => p !== partner.id))}
            />
            <span className="scale-text">{partner.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
    </>
  );
}

/** The collaboration level, three trust and three value statements about one partner. */
export function PartnerSection({ q, draft, setAnswer, partnerId }: SectionProps & { partnerId: string }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const item = (key: PartnerItem) => ({ value: draft.answers[`${partnerId}.${key}`], onChange: (v: DraftAnswer) => setAnswer(`${partnerId}.${key}`, v) });
  const ownRatingsShown = q.disclosure?.ratingsShownAsOwn ? q.disclosure.text.at(-1) : undefined;
  return (
    <>
      {ownRatingsShown ? <p className="notice notice-info">{text(ownRatingsShown)}</p> : null}
      <ScaleQuestion variant="level" question={text(q.partnerQuestions.level)} scale={q.scales.level} dontKnow={q.scales.dontKnow} {...item('level')} />
      <section className="questionnaire-group" aria-labelledby={`trust-${partnerId}`}>
        <h3 id={`trust-${partnerId}`}>{t('rounds.questionnaire.trustHeading')}</h3>
        {q.partnerQuestions.trust.map((question) => (
          <ScaleQuestion
            key={question.key}
            variant="agreement"
            question={text(question.text)}
            scale={q.scales.agreement}
            dontKnow={q.scales.dontKnow}
            {...item(question.key as PartnerItem)}
          />
        ))}
      </section>
      <section className="questionnaire-group" aria-labelledby={`value-${partnerId}`}>
        <h3 id={`value-${partnerId}`}>{t('rounds.questionnaire.valueHeading')}</h3>
        {q.partnerQuestions.value.map((question) => (
          <ScaleQuestion
            key={question.key}
            variant="agreement"
            question={text(question.text)}
            scale={q.scales.agreement}
            dontKnow={q.scales.dontKnow}
            {...item(question.key as PartnerItem)}
          />
        ))}
      </section>
    </>
  );
}

/** The three open questions, none required. */
export function OpenQuestionsSection({ q, draft, setText }: { q: Questionnaire; draft: Draft; setText: (key: 'wentWell' | 'toDiscuss' | 'askOfPartner', value: string) => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const id = useId();
  return (
    <>
      <p>{t('rounds.questionnaire.openIntro')}</p>
      {q.openQuestions.map((question) => {
        const key = question.key as 'wentWell' | 'toDiscuss' | 'askOfPartner';
        return (
          <div key={key} className="field">
            <label htmlFor={`${id}-${key}`} className="field-label">
              {text(question.text)}
            </label>
            <textarea id={`${id}-${key}`} className="input textarea" rows={4} maxLength={4000} value={draft[key]} onChange={(e) => setText(key, e.target.value)} />
          </div>
        );
      })}
    </>
  );
}
