/** Planning a date night: filter the ideas (at home, going out, all), pick one, choose its day, save. */
import { useId, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { BUDGET_LABELS, DATE_NIGHT_IDEAS, dateNightById } from '@shared/content';
import { dayKey, filterIdeas, planDayProblem, type IdeaFilter } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { RadioCards } from '@renderer/ui/RadioCards';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import fields from '../log/fields.module.css';
import styles from './DateNight.module.css';

export function PlanDateNightForm({ repo, onChanged, initialFilter }: ViewProps & { initialFilter: IdeaFilter }) {
  const dayId = useId();
  const [filter, setFilter] = useState<IdeaFilter>(initialFilter);
  const [ideaId, setIdeaId] = useState('');
  const [day, setDay] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [today] = useState(() => dayKey(Date.now()));
  const ideas = filterIdeas(DATE_NIGHT_IDEAS, filter);

  const save = async () => {
    const idea = dateNightById(ideaId);
    const found = idea ? planDayProblem(day, today) : 'Choose an idea first.';
    setProblem(found);
    setSaved(null);
    if (found || !idea || isSaving) return;
    setSaving(true);
    try {
      await repo.planDateNight(idea.id, day);
      setSaved(`${idea.title} is planned. You will both see it under “Coming up”.`);
      setIdeaId('');
      setDay('');
      onChanged();
    } catch {
      setProblem('The plan could not be saved just now. Try again in a moment.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={`${common.card} ${styles.form}`} aria-label="Plan a date night" onSubmit={(event) => (event.preventDefault(), void save())}>
      <h4 className={styles.partTitle}>Plan one</h4>
      <RadioCards<IdeaFilter>
        label="Show ideas for"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'in', label: 'At home' },
          { value: 'out', label: 'Going out' },
          { value: 'all', label: 'Both' },
        ]}
      />
      <RadioGroup className={styles.ideaGroup} value={ideaId} onChange={setIdeaId}>
        <Label className={fields.label}>Pick an idea</Label>
        <div className={styles.grid}>
          {ideas.map((idea) => (
            <Radio key={idea.id} value={idea.id} className={styles.idea}>
              <span className={styles.ideaTitle}>{idea.title}</span>
              <span className={common.small}>{idea.description}</span>
              {idea.budget ? <span className={`${common.small} ${common.muted}`}>{BUDGET_LABELS[idea.budget]}</span> : null}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <div className={fields.field}>
        <label className={fields.label} htmlFor={dayId}>
          Day of the date night
        </label>
        <input id={dayId} className={`${fields.input} ${styles.day}`} type="date" min={today} value={day} onChange={(event) => setDay(event.target.value)} />
      </div>
      {problem ? (
        <p className={fields.problem} role="alert">
          {problem}
        </p>
      ) : null}
      <p className={styles.saved} role="status">
        {saved}
      </p>
      <div className={common.actions}>
        <Button variant="primary" type="submit" isDisabled={isSaving}>
          Plan this date night
        </Button>
      </div>
    </form>
  );
}
