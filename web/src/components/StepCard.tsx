import { useTranslation } from 'react-i18next';
import type { Role } from '../api.ts';
import { useDayFormat } from '../pages/history/formatDay.ts';
import { StepActions } from './StepActions.tsx';
import type { Step } from './stepQueries.ts';

/** One step: title, status, due day (marked when late), who took it on, and the buttons for the reader. */
export function StepCard({
  networkId,
  step,
  role,
  headingLevel = 3,
  showServes = true,
  mayClaim = true,
}: {
  networkId: string;
  step: Step;
  role: Role | undefined;
  headingLevel?: 3 | 4;
  showServes?: boolean;
  /** False where the reader may not take steps on (the page says why). */
  mayClaim?: boolean;
}) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card step-card">
      <Heading className="card-title">{step.title}</Heading>
      <p className="step-facts">
        <span className={`status step-status-${step.status}`}>{t(`steps.status.${step.status}`)}</span>
        {step.dueOn ? <span className={step.overdue ? 'step-due step-overdue' : 'step-due'}>{t(step.overdue ? 'steps.dueLate' : 'steps.due', { day: day(step.dueOn) })}</span> : null}
      </p>
      {step.description ? <p className="card-text profile-text">{step.description}</p> : null}
      <p className="card-meta">
        {step.claimedBy ? t('steps.claimedBy', { name: step.claimedBy.name }) : t('steps.unclaimed')} · {t('steps.proposedBy', { name: step.createdBy.name })}
      </p>
      {showServes && step.servesKind && step.servesTitle ? <p className="card-meta">{t('steps.serves', { kind: t(`steps.servesKinds.${step.servesKind}`), title: step.servesTitle })}</p> : null}
      <StepActions networkId={networkId} step={step} role={role} mayClaim={mayClaim} />
    </article>
  );
}
