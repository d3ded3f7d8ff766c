/**
 * "How full is your tank?": a 0 to 10 radio group (words at a few points, every point named for
 * assistive technology), what would help fill it, and whether to share it. Saving adds a new check; the
 * form then starts empty again.
 */
import { useRef, useState } from 'react';
import { LOVE_TANK_CHECK, TANK_MAX, TANK_MIN, tankWords } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import { Choice, ChoiceGroup } from '@renderer/ui/ChoiceGroup';
import { TextArea } from '@renderer/ui/TextArea';
import { Toggle } from '@renderer/ui/Toggle';
import type { Space } from './storeShape';
import { InvalidTankCheckError, MAX_FILL_CHARACTERS } from './tankEntry';
import styles from './TankCheck.module.css';

const POINTS = Array.from({ length: TANK_MAX - TANK_MIN + 1 }, (_, i) => TANK_MIN + i);
const ANCHORS = new Set(LOVE_TANK_CHECK.anchors.map((anchor) => anchor.value));

interface TankCheckProps {
  partnerName: string | undefined;
  onSave: (input: { value: number; fill: string; space: Space }) => Promise<void>;
}

export function TankCheck({ partnerName, onSave }: TankCheckProps) {
  const [value, setValue] = useState<number | null>(null);
  const [fill, setFill] = useState('');
  const [isPrivate, setPrivate] = useState(false);
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
      setValue(null);
      setFill('');
      setMessage('Saved. Thank you for checking in with yourself.');
    } catch (error) {
      setMessage(error instanceof InvalidTankCheckError ? error.message : 'That could not be saved just now. Please try once more.');
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
      <div className={styles.actions}>
        <Button variant="primary" type="submit">Save this check</Button>
        <p className={styles.message} role="status">{message}</p>
      </div>
    </form>
  );
}
