/**
 * The check-in form for one kind: four scales, "How are you doing?", "Is something bothering you?" and, for
 * the weekly one, what is in the way and what would help. Opens with the draft if there is one, else with
 * the answer already given today or this week (to edit), else empty.
 */
import { useRef, useState, type FormEvent } from 'react';
import { CHECKIN_TEXT_MAX, SCALES, scaleById } from '@shared/checkins';
import { Button } from '@renderer/ui/Button';
import { TextArea } from '@renderer/ui/TextArea';
import { isComplete, missingScales, type CheckinAnswers, type CheckinKind } from '../checkinAnswers';
import type { CheckinRepo } from '../checkinRepo';
import { BotheringField } from './BotheringField';
import styles from './CheckinForm.module.css';
import { ScaleField } from './ScaleField';
import { useCheckinDraft } from './useCheckinDraft';
import { DraftProblem } from '@renderer/ui/DraftProblem';
import { WriteFailedError } from '@renderer/data';
import { WeeklyFields } from './WeeklyFields';

interface CheckinFormProps {
  kind: CheckinKind;
  repo: CheckinRepo;
  /** The answers to start from when there is no draft: today's or this week's, or empty. */
  initial: CheckinAnswers;
  isEditing: boolean;
  partnerName: string;
  /** False while the second partner has not joined: nothing waits to be revealed. */
  hasPartner: boolean;
  onSaved: (kind: CheckinKind) => void;
}

type Outcome = { kind: 'none' } | { kind: 'missing'; labels: string[] } | { kind: 'failed'; message?: string } | { kind: 'saved' };

export function CheckinForm({ kind, repo, initial, isEditing, partnerName, hasPartner, onSaved }: CheckinFormProps) {
  const { answers, wasRestored, update, clear, draft } = useCheckinDraft(kind, initial);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [isSaving, setIsSaving] = useState(false);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const scaleRefs = useRef(new Map<string, HTMLDivElement | null>());

  if (!answers) return <p className={styles.loading}>Opening your check-in…</p>;

  const change = (patch: Partial<CheckinAnswers>) => {
    update(patch);
    if (outcome.kind === 'saved') setOutcome({ kind: 'none' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!isComplete(answers)) {
      const missing = missingScales(answers);
      setOutcome({ kind: 'missing', labels: missing.map((id) => scaleById(id).label) });
      scaleRefs.current.get(missing[0]!)?.querySelector('input')?.focus();
      return;
    }
    setIsSaving(true);
    try {
      await repo.save(answers);
      await clear().catch(() => undefined);
      setOutcome({ kind: 'saved' });
      onSaved(kind);
    } catch (error) {
      setOutcome(error instanceof WriteFailedError ? { kind: 'failed', message: error.message } : { kind: 'failed' });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label={kind === 'weekly' ? 'Weekly check-in' : 'Quick check-in'}>
      {wasRestored ? <p className={styles.note}>We kept what you were writing last time.</p> : null}
      {isEditing && !wasRestored ? <p className={styles.note}>You have already checked in. Saving again updates your answers.</p> : null}
      <fieldset className={styles.scales}>
        <legend className={styles.legend}>How things have been</legend>
        {SCALES.map((scale) => (
          <ScaleField
            key={scale.id}
            ref={(element) => void scaleRefs.current.set(scale.id, element)}
            scale={scale}
            value={answers.scales[scale.id]}
            isInvalid={isSubmitted && answers.scales[scale.id] === undefined}
            onChange={(value) => change({ scales: { ...answers.scales, [scale.id]: value } })}
          />
        ))}
      </fieldset>
      <TextArea
        label="How are you doing?"
        description="In your own words. Optional."
        value={answers.howAreYou}
        onChange={(howAreYou) => change({ howAreYou })}
        maxLength={CHECKIN_TEXT_MAX}
      />
      <BotheringField answers={answers} partnerName={partnerName} onChange={change} />
      {kind === 'weekly' ? <WeeklyFields answers={answers} onChange={change} /> : null}
      {outcome.kind === 'failed' ? null : <DraftProblem draft={draft} />}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isEditing ? 'Save changes' : 'Save check-in'}
        </Button>
        <OutcomeNotice outcome={outcome} kind={kind} partnerName={hasPartner ? partnerName : null} />
      </div>
    </form>
  );
}

/** One polite live region that stays in the page, so each new message is announced. */
function OutcomeNotice({ outcome, kind, partnerName }: { outcome: Outcome; kind: CheckinKind; partnerName: string | null }) {
  const message = outcomeMessage(outcome, kind, partnerName);
  return (
    <div role="status" className={styles.live}>
      {message ? <p className={outcome.kind === 'saved' ? styles.saved : styles.notice}>{message}</p> : null}
    </div>
  );
}

function outcomeMessage(outcome: Outcome, kind: CheckinKind, partnerName: string | null): string | null {
  switch (outcome.kind) {
    case 'none':
      return null;
    case 'missing':
      return `Choose a word for ${joinWords(outcome.labels)}, then save again.`;
    case 'failed':
      return outcome.message ?? 'That did not save. What you wrote is kept as a draft; please try again.';
    case 'saved':
      if (kind === 'quick') return 'Saved for today. Thank you for checking in.';
      return partnerName ? `Saved. Your answers open for ${partnerName} once they have answered too.` : 'Saved for this week.';
  }
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
