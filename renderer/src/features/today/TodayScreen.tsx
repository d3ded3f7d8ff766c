/**
 * Today: the page Hearth opens on after unlock. It paints at once, from nothing but the names already in
 * the session and today's date; each part then fills itself in from the vault (tonight's appreciations,
 * this week's check-in, the plan), and the day count last of all, when the page is idle.
 * Must not: wait for data before showing the heading, show the other partner's words, or count against anyone.
 */
import { Suspense, useState } from 'react';
import { otherPartner } from '@shared/partners';
import { NextReminderLine } from '@renderer/features/reminders';
import { useVault } from '@renderer/features/vault';
import { SunIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import { AppreciationPanel, type TodayPerson } from './AppreciationPanel';
import { CardPanel } from './CardPanel';
import { CheckinPanel } from './CheckinPanel';
import { DaysShownUp } from './DaysShownUp';
import { PlanPanel } from './PlanPanel';
import { todayLead } from './todayWording';
import { useDaysShownUp, useThisWeeksCheckin, useWrittenTonight } from './useTodayData';
import styles from './TodayScreen.module.css';

function todayLabel(now: Date): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(now);
}

export function TodayScreen() {
  const { partner: slot, profiles, records } = useVault();
  // One moment for the whole visit, so every part agrees on what "today" is.
  const [now] = useState(() => new Date());
  const youSlot = slot ?? 'a';
  const you: TodayPerson = { slot: youSlot, name: profiles[youSlot]?.name ?? 'You' };
  const partnerProfile = profiles[otherPartner(youSlot)];
  const partner: TodayPerson | null = partnerProfile ? { slot: otherPartner(youSlot), name: partnerProfile.name } : null;

  const written = useWrittenTonight(records, now);
  const week = useThisWeeksCheckin(records, now);
  const days = useDaysShownUp(records);

  return (
    <Screen icon={SunIcon} eyebrow={todayLabel(now)} title="Today" lead={todayLead(now, profiles[youSlot]?.name, partner !== null)}>
      <div className={styles.parts}>
        <DaysShownUp days={days} partnerName={partner?.name} />
        <Suspense fallback={null}>
          <NextReminderLine />
        </Suspense>
        <AppreciationPanel you={you} partner={partner} written={written} />
        <CheckinPanel week={week} partnerName={partner?.name} />
        <PlanPanel />
        <CardPanel now={now} />
      </div>
    </Screen>
  );
}
