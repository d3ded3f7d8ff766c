/** The log: every session either partner logged, newest first, a page at a time; an inviting empty state. */
import { useState } from 'react';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import { useExercisesNavigation } from '../exercisesNavigation';
import { SessionItem } from './SessionItem';
import styles from './SessionLog.module.css';

const PAGE = 30;

export function SessionLog({ data, repo, people, onChanged }: ViewProps) {
  const [shown, setShown] = useState(PAGE);
  const [problem, setProblem] = useState<string | null>(null);
  const { goTo } = useExercisesNavigation();
  const remove = async (id: string) => {
    try {
      await repo.deleteSession(id);
      setProblem(null);
      onChanged();
    } catch {
      setProblem('That session could not be removed just now.');
    }
  };

  if (data.sessions.length === 0) {
    return (
      <div className={`${common.card} ${styles.empty}`}>
        <p>Nothing logged yet. After your first exercise together, note it here: how long, how it felt, a few words if you like.</p>
        <div className={common.actions}>
          <Button variant="primary" onPress={() => goTo({ name: 'home', tab: 'library' })}>
            Find an exercise
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className={common.stack}>
      <h2 className={common.visuallyHidden}>Sessions, newest first</h2>
      {problem ? <InlineNotice>{problem}</InlineNotice> : null}
      <ol className={styles.list}>
        {data.sessions.slice(0, shown).map((entry) => (
          <li key={entry.id}>
            <SessionItem entry={entry} people={people} onRemove={remove} />
          </li>
        ))}
      </ol>
      {data.sessions.length > shown ? (
        <div className={common.actions}>
          <Button onPress={() => setShown((n) => n + PAGE)}>Show earlier sessions</Button>
        </div>
      ) : null}
    </div>
  );
}
