/** Changing the plan: add exercises from the library, set how many times a week (1 to 14), remove, save. */
import { useState } from 'react';
import { EXERCISES, exerciseById, PILLARS } from '@shared/content';
import { PLAN_ITEMS_MAX, TIMES_PER_WEEK, type PlanItem } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import field from '@renderer/ui/field.module.css';
import { NumberField } from '@renderer/ui/NumberField';
import { SelectField } from '@renderer/ui/SelectField';
import common from '../common.module.css';
import { suggestedTimesPerWeek } from './planWords';
import styles from './Week.module.css';

interface PlanEditorProps {
  initial: readonly PlanItem[];
  onSave: (items: PlanItem[]) => Promise<void>;
  onCancel: () => void;
}

export function PlanEditor({ initial, onSave, onCancel }: PlanEditorProps) {
  const [items, setItems] = useState<PlanItem[]>([...initial]);
  const [toAdd, setToAdd] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const available = EXERCISES.filter((e) => !items.some((item) => item.exerciseId === e.id));

  const add = () => {
    const exercise = exerciseById(toAdd);
    if (!exercise || items.length >= PLAN_ITEMS_MAX) return;
    setItems((current) => [...current, { exerciseId: exercise.id, timesPerWeek: suggestedTimesPerWeek(exercise) }]);
    setToAdd('');
  };
  const setTimes = (exerciseId: string, times: number) =>
    setItems((current) => current.map((item) => (item.exerciseId === exerciseId && Number.isFinite(times) ? { ...item, timesPerWeek: times } : item)));
  const save = async () => {
    try {
      await onSave(items);
    } catch {
      setProblem('The plan could not be saved just now. Try again in a moment.');
    }
  };

  return (
    <div className={`${common.card} ${styles.editor}`}>
      {items.length === 0 ? <p className={common.muted}>Nothing in the plan yet. Add an exercise below.</p> : null}
      <ul className={styles.planList}>
        {items.map((item) => {
          const title = exerciseById(item.exerciseId)?.title ?? 'An exercise from a newer version of Hearth';
          return (
            <li key={item.exerciseId} className={styles.planItem}>
              <p className={styles.planTitle}>{title}</p>
              <NumberField
                label="Times a week"
                aria-label={`Times a week for ${title}`}
                isLabelQuiet
                value={item.timesPerWeek}
                onChange={(n) => setTimes(item.exerciseId, n)}
                minValue={TIMES_PER_WEEK.min}
                maxValue={TIMES_PER_WEEK.max}
              />
              <Button aria-label={`Remove ${title} from the plan`} onPress={() => setItems((current) => current.filter((i) => i.exerciseId !== item.exerciseId))}>
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      <div className={styles.addRow}>
        <SelectField
          label="Add an exercise"
          emptyLabel="Choose one…"
          value={toAdd}
          onChange={setToAdd}
          groups={PILLARS.map((pillar) => ({
            label: pillar.name,
            options: available.filter((e) => e.pillar === pillar.id).map((e) => ({ value: e.id, label: e.title })),
          }))}
        />
        <Button onPress={add} isDisabled={toAdd === ''}>
          Add to the plan
        </Button>
      </div>
      {problem ? <p className={field.problem} role="alert">{problem}</p> : null}
      <div className={common.actions}>
        <Button variant="primary" onPress={() => void save()}>
          Save the plan
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
