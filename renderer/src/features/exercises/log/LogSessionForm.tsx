/**
 * Logging a session: when and how long (or the time a timer measured), who took part, how it felt, and a
 * reflection that can be shared or kept private. Saves through ExerciseLogRepo; a failed save keeps every
 * word in the form. The form is kept as a draft (slot `exercises:log:<exercise>[:<stage>]`) until it is
 * saved, so a lock or a crash loses no reflection.
 */
import { useState } from 'react';
import { useDraft, WriteFailedError } from '@renderer/data';
import { DraftProblem } from '@renderer/ui/DraftProblem';
import type { Exercise } from '@shared/content';
import { durationText, REFLECTION_MAX, type Participants } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { TextArea } from '@renderer/ui/TextArea';
import type { ExerciseLogRepo } from '../exerciseLogRepo';
import { hasPartner, nameOf, otherSlot, type People } from '../exercisePeople';
import common from '../common.module.css';
import { FeelingChoice } from './FeelingChoice';
import { WhenFields } from './WhenFields';
import { dateInputValue, logFormDraftSchema, logProblem, timeInputValue, toNewSession, type LogFormValues } from './logFormState';
import styles from './fields.module.css';

export interface LogSessionFormProps {
  exercise: Exercise;
  people: People;
  repo: ExerciseLogRepo;
  /** What a timer measured; the form then does not ask when or how long. */
  measured?: { startedAt: number; durationSeconds: number };
  /** Sensate focus sessions are always together, at a stage. */
  fixedParticipants?: Participants;
  stage?: number;
  isPrivateByDefault?: boolean;
  submitLabel?: string;
  /** Called with the logged session's id. */
  onSaved: (sessionId: string) => void;
}

export function LogSessionForm(props: LogSessionFormProps) {
  const { exercise, people, repo, measured, fixedParticipants, stage, onSaved } = props;
  const kept = useDraft(`exercises:log:${exercise.id}${stage === undefined ? '' : `:${stage}`}`, logFormDraftSchema);
  const [initial] = useState<LogFormValues>(() => initialValues(props));
  /** As changed here; until the first change, the form kept last time, or a fresh one. */
  const [changed, setChanged] = useState<LogFormValues | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const values = changed ?? kept.restored ?? initial;
  const set = <K extends keyof LogFormValues>(key: K, value: LogFormValues[K]) => {
    const next = { ...values, [key]: value };
    setChanged(next);
    kept.keep(next);
  };
  const partner = otherSlot(people.viewer);

  const save = async () => {
    const found = logProblem(values, Date.now(), measured !== undefined);
    setProblem(found);
    if (found || isSaving) return;
    setSaving(true);
    try {
      const sessionId = await repo.logSession(toNewSession(exercise.id, values, measured, stage));
      await kept.discard();
      onSaved(sessionId);
    } catch (error) {
      setProblem(
        error instanceof WriteFailedError ? error.message : 'The session could not be saved just now. Your words are still here; try again in a moment.',
      );
      setSaving(false);
    }
  };

  return (
    <form className={`${common.card} ${styles.form}`} aria-label={`Log a session of ${exercise.title}`} onSubmit={(event) => (event.preventDefault(), void save())}>
      {measured ? (
        <p className={styles.measured}>You spent {durationText(measured.durationSeconds)} together, not counting pauses.</p>
      ) : (
        <WhenFields values={values} onChange={set} />
      )}
      {fixedParticipants ? null : (
        <ChoiceCards<Participants>
          label="Who took part?"
          value={values.participants}
          onChange={(value) => set('participants', value)}
          options={[
            { value: 'both', label: 'Both of us' },
            { value: people.viewer, label: `${nameOf(people, people.viewer)} alone` },
            ...(hasPartner(people) ? [{ value: partner, label: `${nameOf(people, partner)} alone` }] : []),
          ]}
        />
      )}
      <FeelingChoice value={values.feeling} onChange={(value) => set('feeling', value)} />
      <TextArea
        label="A few words about it, if you like"
        value={values.reflection}
        onChange={(value) => set('reflection', value)}
        maxLength={REFLECTION_MAX}
      />
      <ChoiceCards
        label="Who can read your words?"
        value={values.isReflectionPrivate ? 'private' : 'us'}
        onChange={(value) => set('isReflectionPrivate', value === 'private')}
        options={[
          { value: 'us', label: hasPartner(people) ? `Shared with ${nameOf(people, partner)}` : 'Shared with your partner', description: 'You can both read it.' },
          { value: 'private', label: 'Just for me', description: 'Only you can open it. The session itself is still shared.' },
        ]}
      />
      {problem ? null : <DraftProblem draft={kept} />}
      {problem ? (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      ) : null}
      <div className={common.actions}>
        <Button variant="primary" type="submit" isDisabled={isSaving}>
          {props.submitLabel ?? 'Save to log'}
        </Button>
      </div>
    </form>
  );
}

function initialValues({ exercise, fixedParticipants, isPrivateByDefault }: LogSessionFormProps): LogFormValues {
  const now = Date.now();
  return {
    date: dateInputValue(now),
    time: timeInputValue(now),
    minutes: exercise.minutes,
    participants: fixedParticipants ?? 'both',
    feeling: null,
    reflection: '',
    isReflectionPrivate: isPrivateByDefault ?? false,
  };
}
