/**
 * Cards: draw conversation starters and small ideas at random, keep favourites, mark the ones done
 * together. The deck's round is this partner's (useDeck); favourites and done marks are the couple's
 * (useCardMarks, sealed in the Us space). Printing the deck belongs to export, not here.
 */
import { useCallback, useState } from 'react';
import { useVault } from '@renderer/features/vault';
import { Button } from '@renderer/ui/Button';
import { CardsIcon } from '@renderer/ui/icons';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Screen } from '@renderer/ui/Screen';
import { TabPanel, Tabs, type TabItem } from '@renderer/ui/Tabs';
import { otherPartner } from './cardsText';
import { DrawPanel } from './DrawPanel';
import { MarkedList } from './MarkedList';
import type { MarkChange } from './MarkToggles';
import { useCardMarks } from './useCardMarks';
import { useDeck } from './useDeck';
import styles from './CardsScreen.module.css';

type Part = 'draw' | 'favourites' | 'done';
const TABS: readonly TabItem<Part>[] = [
  { id: 'draw', label: 'Draw' },
  { id: 'favourites', label: 'Favourites' },
  { id: 'done', label: 'Done together' },
];

export function CardsScreen() {
  const { records, partner, profiles } = useVault();
  const deck = useDeck();
  const { state, retry, change } = useCardMarks(records);
  const [part, setPart] = useState<Part>('draw');
  const [hasFailed, setFailed] = useState(false);
  const partnerName = profiles[otherPartner(partner ?? 'a')]?.name ?? 'your partner';

  const mark = useCallback(
    async (cardId: string, patch: MarkChange) => {
      const isSaved = await change(cardId, patch);
      setFailed(!isSaved);
      return isSaved;
    },
    [change],
  );

  return (
    <Screen
      icon={CardsIcon}
      title="Cards"
      lead="Conversation starters and small ideas for closeness, for evenings when you want to talk but do not know where to begin."
    >
      {state.status === 'loading' || !deck.isReady ? <p className={styles.muted}>Shuffling the deck…</p> : null}
      {state.status === 'failed' ? (
        <InlineNotice action={<Button onPress={retry}>Try again</Button>}>Your cards could not be opened just now.</InlineNotice>
      ) : null}
      {state.status === 'ready' && deck.isReady ? (
        <Tabs label="Cards" tabs={TABS} selected={part} onSelect={setPart}>
          {hasFailed ? <InlineNotice>That change could not be saved just now. Please try once more.</InlineNotice> : null}
          <p className={styles.shared}>Favourites and done cards are shared with {partnerName}.</p>
          <TabPanel id="draw">
            <DrawPanel deck={deck} marks={state.marks} onMark={(id, patch) => void mark(id, patch)} />
          </TabPanel>
          <TabPanel id="favourites">
            <MarkedList
              sort="favourites"
              title="Your favourites"
              empty="Cards you keep as favourites will wait for you here, ready for another evening."
              marks={state.marks}
              onMark={mark}
            />
          </TabPanel>
          <TabPanel id="done">
            <MarkedList
              sort="done"
              title="Done together"
              empty="When you have talked about a card or tried an idea, mark it done and it will be remembered here."
              marks={state.marks}
              onMark={mark}
            />
          </TabPanel>
        </Tabs>
      ) : null}
    </Screen>
  );
}
