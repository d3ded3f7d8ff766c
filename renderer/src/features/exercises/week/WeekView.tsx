/**
 * "Your week": what is next from the plan, the plan itself, the last eight weeks of practice as a
 * calendar, and the balance across the five pillars. Progress is shown as a shape, never as points.
 */
import { useEffect, useState } from 'react';
import { Section } from '@renderer/ui/Section';
import type { ViewProps } from '../ExercisesView';
import { plannedPracticeUntil, reportPlannedPractice } from '../plannedPracticeReport';
import { readableSessions } from '../useExerciseData';
import { NextUp } from './NextUp';
import { PillarBalanceView } from './PillarBalanceView';
import { PlanSection } from './PlanSection';
import { PracticeCalendar } from './PracticeCalendar';
import common from '../common.module.css';

export function WeekView(props: ViewProps) {
  // The week is read once when the tab opens; a new day simply shows the next time it does.
  const [now] = useState(() => Date.now());
  const sessions = readableSessions(props.data.sessions);
  const until = plannedPracticeUntil(props.data.plan.plan, sessions, now);
  // The practice reminder follows the plan as it is edited here (main hears a moment, never which exercise).
  useEffect(() => reportPlannedPractice(until), [until]);
  return (
    <div className={common.stack}>
      <NextUp plan={props.data.plan.plan} sessions={sessions} now={now} />
      <PlanSection {...props} sessions={sessions} now={now} />
      <Section title="Your practice, week by week" note="The last eight weeks. Every day you showed up is marked; an empty day is simply an empty day.">
        <PracticeCalendar sessions={sessions} now={now} />
      </Section>
      <Section title="Balance across the pillars" note="The last four weeks of sessions, beside what your plan suggests for the same time.">
        <PillarBalanceView sessions={sessions} planItems={props.data.plan.plan?.items ?? []} now={now} />
      </Section>
    </div>
  );
}
