/** One open stage: what to do and notice, when you are ready to move on, its sessions, and the readiness marks. */
import { SENSATE_FOCUS_STAGES } from '@shared/content';
import { SENSATE_FOCUS_EXERCISE_ID, type StageProgress } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import { useExercisesNavigation } from '../exercisesNavigation';
import { SessionItem } from '../log/SessionItem';
import { ReadinessPanel } from './ReadinessPanel';
import styles from './SensateFocus.module.css';

interface StageDetailProps extends ViewProps {
  stage: number;
  progress: readonly StageProgress[];
}

export function StageDetail({ stage, progress, ...props }: StageDetailProps) {
  const { goTo } = useExercisesNavigation();
  const content = SENSATE_FOCUS_STAGES[stage - 1];
  const here = progress[stage - 1];
  if (!content || !here) return null;
  const sessions = props.data.sessions.filter((e) => e.status === 'ok' && e.session.exerciseId === SENSATE_FOCUS_EXERCISE_ID && e.session.stage === stage);
  const logHere = () => goTo({ name: 'log', exerciseId: SENSATE_FOCUS_EXERCISE_ID, stage });

  return (
    <section className={`${common.card} ${styles.detail}`} aria-labelledby="stage-title">
      <p className={common.eyebrow}>Stage {stage} · about {content.minutes} minutes for both turns</p>
      <h3 id="stage-title" className={styles.detailTitle}>
        {content.title}
      </h3>
      <p>{content.summary}</p>
      <div className={styles.columns}>
        <Part title="What to do" items={content.whatToDo} isOrdered />
        <Part title="What to notice" items={content.whatToNotice} />
      </div>
      <Part title="You are ready to move on when" items={content.readyToMoveOnWhen} />
      <div className={styles.sessions}>
        <h4 className={styles.partTitle}>Your sessions at this stage</h4>
        <p className={common.muted}>{sessionCount(here.sessions)}</p>
        <div className={common.actions}>
          <Button variant="primary" onPress={logHere}>
            Log a session at stage {stage}
          </Button>
        </div>
        {sessions.length > 0 ? (
          <ul className={styles.sessionList}>
            {sessions.map((entry) => (
              <li key={entry.id}>
                <SessionItem entry={entry} people={props.people} isCompact />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {stage < SENSATE_FOCUS_STAGES.length ? <ReadinessPanel {...props} stage={stage} progress={progress} /> : null}
    </section>
  );
}

function sessionCount(count: number): string {
  if (count === 0) return 'None yet. Take your time to find a calm evening for the first one.';
  return count === 1 ? 'One session so far.' : `${count} sessions so far.`;
}

function Part({ title, items, isOrdered }: { title: string; items: readonly string[]; isOrdered?: boolean }) {
  const List = isOrdered ? 'ol' : 'ul';
  return (
    <div className={styles.part}>
      <h4 className={styles.partTitle}>{title}</h4>
      <List className={common.list}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </List>
    </div>
  );
}
