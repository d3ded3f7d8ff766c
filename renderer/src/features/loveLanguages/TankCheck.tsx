/**
 * "How full is your tank?": a 0 to 10 radio group (words at a few points, every point named for
 * assistive technology), what would help fill it, and whether to share it. Saving adds a new check; the
 * form then starts empty again. The form is kept as a draft (slot `loveLanguages:tank`) until it is saved.
 */
import { useRef, useState } from 'react';
import { z } from 'zod';
import { useDraft, WriteFailedError } from '@renderer/data';
import { DraftProblem } from '@renderer/ui/DraftProblem';
import { LOVE_TANK_CHECK, TANK_MAX, TANK_MIN, tankWords } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import { Choice, ChoiceGroup } from '@renderer/ui/ChoiceGroup';
import { TextArea } from '@renderer/ui/TextArea';
import { Toggle } from '@renderer/ui/Toggle';
import type { Space } from '@shared/partners';
import { InvalidTankCheckError, MAX_FILL_CHARACTERS } from './tankEntry';
import styles from './TankCheck.module.css';

const POINTS = Array.from({ length: TANK_MAX - TANK_MIN + 1 }, (_, i) => TANK_MIN + i);
const ANCHORS = new Set(LOVE_TANK_CHECK.anchors.map((anchor) => anchor.value));

interface TankCheckProps {
  partnerName: string | undefined;
  onSave: (input: { value: number; fill: string; space: Space }) => Promise<void>;
}

const tankDraftSchema = z.object({
  value: z.number().int().min(TANK_MIN).max(TANK_MAX).nullable(),
  fill: z.string(),
  isPrivate: z.boolean(),
});
type TankDraft = z.infer<typeof tankDraftSchema>;

const EMPTY: TankDraft = { value: null, fill: '', isPrivate: false };
const isBlank = (draft: TankDraft) => draft.value === null && draft.fill.trim() === '';

export function TankCheck({ partnerName, onSave }: TankCheckProps) {
  const kept = useDraft('loveLanguages:tank', tankDraftSchema, { isBlank });
  /** As changed here; until the first change, the form kept last time, or an empty one. */
  const [changed, setChanged] = useState<TankDraft | null>(null);
  const { value, fill, isPrivate } = changed ?? kept.restored ?? EMPTY;
  const change = (patch: Partial<TankDraft>) => {
    const next = { value, fill, isPrivate, ...patch };
    setChanged(next);
    kept.keep(next);
  };
  const setValue = (next: number | null) => change({ value: next });
  const setFill = (next: string) => change({ fill: next });
  const setPrivate = (next: boolean) => change({ isPrivate: next });
  const [isMissing, setMissing] = useState(false);
  const [message, setMessage] = useState('');
  const groupRef = useRef<HTMLDivElement>(null);

  const save = async () => {
    if (value === null) {
      setMissing(true);
      setMessage('');
      groupRef.current?.querySelector('input')?.focus();
      return;
    }
    try {
      await onSave({ value, fill, space: isPrivate ? 'private' : 'us' });
      await kept.discard();
      setChanged({ ...EMPTY, isPrivate });
      setMessage('Saved. Thank you for checking in with yourself.');
    } catch (error) {
      const isExplained = error instanceof InvalidTankCheckError || error instanceof WriteFailedError;
      setMessage(isExplained ? error.message : 'That could not be saved just now. Please try once more.');
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <ChoiceGroup
        groupRef={groupRef}
        label={LOVE_TANK_CHECK.question}
        description={LOVE_TANK_CHECK.hint}
        value={value === null ? null : String(value)}
        isInvalid={isMissing && value === null}
        error="Choose a number first. Any number is fine."
        onChange={(next) => { setValue(Number(next)); setMissing(false); setMessage(''); }}
      >
        <div className={styles.points}>
          {POINTS.map((point) => (
            <Choice key={point} value={String(point)} className={styles.point ?? ''}>
              <span className={styles.number}>{point}</span>{' '}
              <span className={ANCHORS.has(point) ? styles.words : styles.hidden}>{tankWords(point)}</span>
            </Choice>
          ))}
        </div>
      </ChoiceGroup>
      <TextArea
        label={LOVE_TANK_CHECK.fillPrompt}
        description={`If you like. For example: “${LOVE_TANK_CHECK.fillExamples[0]}” or “${LOVE_TANK_CHECK.fillExamples[2]}”`}
        value={fill}
        onChange={setFill}
        maxLength={MAX_FILL_CHARACTERS}
      />
      <Toggle
        label="Keep this one to myself"
        description={`Otherwise ${partnerName ?? 'your partner'} can see it too, which can be a gentle way to ask.`}
        isSelected={isPrivate}
        onChange={setPrivate}
      />
      <DraftProblem draft={kept} />
      <div className={styles.actions}>
        <Button variant="primary" type="submit">Save this check</Button>
        <p className={styles.message} role="status">{message}</p>
      </div>
    </form>
  );
}
