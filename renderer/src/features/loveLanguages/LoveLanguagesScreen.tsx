/**
 * Love languages: the partner who is here takes the assessment (or sees their result), both results side
 * by side once both have one, ideas for speaking the partner's language, and the quick tank check with
 * its history. Results and shared tank checks are sealed in the Us space; answers in progress are this
 * partner's private draft.
 */
import { useVault } from '@renderer/features/vault';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Screen } from '@renderer/ui/Screen';
import { Section } from '@renderer/ui/Section';
import { LOVE_TANK_CHECK } from '@shared/content';
import type { AssessmentProgress } from './assessmentDraft';
import { FiveLanguages } from './FiveLanguages';
import { HeartsIcon } from '@renderer/ui/icons';
import { possessive } from './loveText';
import { PartnerIdeas } from './PartnerIdeas';
import { ResultCard } from './ResultCard';
import { otherPartner } from '@shared/partners';
import { TankCheck } from './TankCheck';
import { TankHistory } from './TankHistory';
import { useAssessmentDraft } from './useAssessmentDraft';
import { DraftProblem } from '@renderer/ui/DraftProblem';
import { useLoveResults } from './useLoveResults';
import { useTankChecks } from './useTankChecks';
import { YourLanguages } from './YourLanguages';
import styles from './LoveLanguagesScreen.module.css';

export function LoveLanguagesScreen() {
  const { records, partner, profiles } = useVault();
  const me = partner ?? 'a';
  const other = otherPartner(me);
  const myName = profiles[me]?.name ?? 'You';
  const partnerName = profiles[other]?.name;
  const results = useLoveResults(records);
  const draft = useAssessmentDraft();
  const tank = useTankChecks(records);

  const finish = async (progress: AssessmentProgress) => {
    const isSaved = await results.save(progress.answers);
    if (isSaved) draft.clear();
    return isSaved;
  };

  const ready = results.state.status === 'ready' && draft.progress !== undefined ? results.state.results : null;
  const mine = ready?.[me];
  const theirs = ready?.[other];

  return (
    <Screen
      icon={HeartsIcon}
      title="Love languages"
      lead="Each of us feels loved most easily in our own ways. Find yours, learn your partner's, and try speaking it."
    >
      {results.state.status === 'failed' ? (
        <InlineNotice action={<Button onPress={results.retry}>Try again</Button>}>Your results could not be opened just now.</InlineNotice>
      ) : null}
      <DraftProblem draft={draft.draft} />
      {results.state.status === 'loading' || draft.progress === undefined ? <p className={styles.muted}>Opening your love languages…</p> : null}
      {ready ? (
        <>
          <Section title="Your love languages">
            <YourLanguages
              result={mine}
              myName={myName}
              partnerName={partnerName}
              progress={draft.progress ?? null}
              onProgress={draft.keep}
              onFinish={finish}
            />
          </Section>
          {mine && theirs ? (
            <Section title="Side by side" note="What helps each of you feel loved. Different is normal, and useful to know.">
              <div className={styles.sideBySide}>
                <ResultCard result={mine} name={myName} isYou />
                <ResultCard result={theirs} name={partnerName ?? 'Your partner'} isYou={false} />
              </div>
            </Section>
          ) : null}
          <Section title={`Ideas for speaking ${possessive(partnerName)} language`}>
            <PartnerIdeas result={theirs} partnerName={partnerName} />
          </Section>
        </>
      ) : null}
      <Section title={LOVE_TANK_CHECK.title} note="A quick check, as often as you like.">
        <TankCheck partnerName={partnerName} onSave={tank.save} />
        {tank.state.status === 'ready' ? (
          <TankHistory entries={tank.state.entries} viewer={me} names={{ [me]: myName, ...(partnerName ? { [other]: partnerName } : {}) }} />
        ) : null}
        {tank.state.status === 'failed' ? (
          <InlineNotice action={<Button onPress={tank.reload}>Try again</Button>}>Earlier checks could not be opened just now.</InlineNotice>
        ) : null}
      </Section>
      <Section title="The five languages">
        <FiveLanguages />
      </Section>
    </Screen>
  );
}
