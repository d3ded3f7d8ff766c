/** Planning a date night: filter the ideas (at home, going out, all), pick one, choose its day, save. */
import { useState } from 'react';
import { BUDGET_LABELS, DATE_NIGHT_IDEAS, dateNightById } from '@shared/content';
import { dayKey, filterIdeas, planDayProblem, type IdeaFilter } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import field from '@renderer/ui/field.module.css';
import { TextField } from '@renderer/ui/TextField';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import styles from './DateNight.module.css';

export function PlanDateNightForm({ repo, onChanged, initialFilter }: ViewProps & { initialFilter: IdeaFilter }) {
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
      <ChoiceCards<IdeaFilter>
        label="Show ideas for"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'in', label: 'At home' },
          { value: 'out', label: 'Going out' },
          { value: 'all', label: 'Both' },
        ]}
      />
      <ChoiceCards
        label="Pick an idea"
        isWide
        value={ideaId === '' ? null : ideaId}
        onChange={setIdeaId}
        options={ideas.map((idea) => ({
          value: idea.id,
          label: idea.title,
          description: idea.description,
          detail: idea.budget ? BUDGET_LABELS[idea.budget] : undefined,
        }))}
      />
      <TextField label="Day of the date night" type="date" min={today} value={day} onChange={setDay} />
      {problem ? (
        <p className={field.problem} role="alert">
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
