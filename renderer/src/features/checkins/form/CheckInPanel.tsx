/** "Check in": choose the quick or the weekly check-in, then answer it. */
import { useState } from 'react';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { answersFromEntry, emptyAnswers, type CheckinKind } from '../checkinAnswers';
import type { CheckinEntry } from '../checkinEntry';
import type { PartnerNames } from '../checkinFormat';
import type { CheckinRepo } from '../checkinRepo';
import { ownAnswerFor } from '../checkinViews';
import { CheckinForm } from './CheckinForm';
import styles from './CheckinForm.module.css';

interface CheckInPanelProps {
  entries: readonly CheckinEntry[];
  names: PartnerNames;
  repo: CheckinRepo;
  onSaved: () => void;
}

const KIND_OPTIONS = [
  { value: 'quick', label: 'Quick', description: 'Four words and a line or two. About a minute.' },
  { value: 'weekly', label: 'Weekly', description: 'A little deeper: what is in the way, and what would help.' },
] as const;

export function CheckInPanel({ entries, names, repo, onSaved }: CheckInPanelProps) {
  const [kind, setKind] = useState<CheckinKind>('quick');
  const own = ownAnswerFor(entries, names.viewer, kind, new Date());
  return (
    <div className={styles.panel}>
      <ChoiceCards label="Which check-in?" value={kind} options={KIND_OPTIONS} onChange={setKind} />
      <CheckinForm
        key={kind}
        kind={kind}
        repo={repo}
        initial={own ? answersFromEntry(own) : emptyAnswers(kind)}
        isEditing={own !== null}
        partnerName={names.partnerName}
        hasPartner={names.hasPartner}
        onSaved={onSaved}
      />
    </div>
  );
}
