/**
 * The weekly plan: the exercises the couple chose and how often, with this week's sessions beside each.
 * It carries over from week to week until either partner changes it; nothing resets and nothing is owed.
 */
import { useState } from 'react';
import { exerciseById } from '@shared/content';
import { planProgress, type SessionFact } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Section } from '@renderer/ui/Section';
import common from '../common.module.css';
import { nameOf } from '../exercisePeople';
import type { ViewProps } from '../ExercisesView';
import { useExercisesNavigation } from '../exercisesNavigation';
import { PlanEditor } from './PlanEditor';
import { progressText } from './planWords';
import styles from './Week.module.css';

export function PlanSection({ data, repo, people, onChanged, sessions, now }: ViewProps & { sessions: readonly SessionFact[]; now: number }) {
  const [isEditing, setEditing] = useState(false);
  const { goTo } = useExercisesNavigation();
  const { plan, author, hasUnreadable } = data.plan;
  const items = plan?.items ?? [];

  return (
    <Section title="This week's plan" note="Two or three exercises is plenty. The plan stays until you change it.">
      {hasUnreadable ? <InlineNotice>A newer plan could not be opened on this computer, so the last one that could is shown.</InlineNotice> : null}
      {isEditing ? (
        <PlanEditor
          initial={items}
          onCancel={() => setEditing(false)}
          onSave={async (next) => {
            await repo.savePlan({ v: 1, items: next });
            setEditing(false);
            onChanged();
          }}
        />
      ) : (
        <div className={common.stack}>
          {items.length === 0 ? (
            <p className={common.muted}>No plan yet. Choose one or two exercises that fit the week ahead; small and kind to yourselves is best.</p>
          ) : (
            <ul className={styles.planList}>
              {planProgress(items, sessions, now).map((item) => {
                const exercise = exerciseById(item.exerciseId);
                return (
                  <li key={item.exerciseId} className={styles.planItem}>
                    <div>
                      <p className={styles.planTitle}>{exercise?.title ?? 'An exercise from a newer version of Hearth'}</p>
                      <p className={`${common.small} ${common.muted}`}>{progressText(item.timesPerWeek, item.doneThisWeek)}</p>
                    </div>
                    {exercise ? (
                      <Button aria-label={`Open ${exercise.title}`} onPress={() => goTo({ name: 'exercise', exerciseId: exercise.id })}>
                        Open
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          {author && items.length > 0 ? <p className={`${common.small} ${common.muted}`}>Last changed by {nameOf(people, author)}.</p> : null}
          <div className={common.actions}>
            <Button variant={items.length === 0 ? 'primary' : 'quiet'} onPress={() => setEditing(true)}>
              {items.length === 0 ? 'Make a plan' : 'Change the plan'}
            </Button>
          </div>
        </div>
      )}
    </Section>
  );
}
