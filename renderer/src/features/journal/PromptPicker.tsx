/**
 * "Need a start?": one prompt for the evening (the same all day), another on request, and a way to start
 * from it. The chosen prompt shows above the words and is kept with the entry; the words stay the writer's.
 */
import { useId, useState } from 'react';
import { APPRECIATION_PROMPTS, promptById, promptForDay } from '@shared/content/prompts';
import { Button } from '@renderer/ui/Button';
import styles from './PromptPicker.module.css';

const DAY_MS = 86_400_000;

function localDayNumber(now: Date): number {
  return Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / DAY_MS);
}

interface PromptPickerProps {
  promptId: string | undefined;
  /** The id of the chosen prompt's text, so the words field can be described by it. */
  chosenTextId: string;
  onChoose: (promptId: string | undefined) => void;
}

export function PromptPicker({ promptId, chosenTextId, onChoose }: PromptPickerProps) {
  const panelId = useId();
  const [isOpen, setOpen] = useState(false);
  const [skip, setSkip] = useState(0);
  const suggestion = promptForDay(localDayNumber(new Date()), skip);
  const chosen = promptId ? promptById(promptId) : undefined;

  if (chosen) {
    return (
      <div className={styles.chosen}>
        <p className={styles.chosenLabel}>Starting from</p>
        <p id={chosenTextId} className={styles.chosenText}>
          {chosen.text}
        </p>
        <Button onPress={() => onChoose(undefined)}>Set the prompt aside</Button>
      </div>
    );
  }

  return (
    <div className={styles.picker}>
      <Button aria-expanded={isOpen} aria-controls={isOpen ? panelId : undefined} onPress={() => setOpen((open) => !open)}>
        {isOpen ? 'Hide the prompt' : 'Need a start?'}
      </Button>
      {isOpen ? (
        <div id={panelId} className={styles.panel}>
          <p className={styles.suggestion} aria-live="polite">
            {suggestion.text}
          </p>
          <div className={styles.actions}>
            <Button
              variant="primary"
              onPress={() => {
                onChoose(suggestion.id);
                setOpen(false);
              }}
            >
              Start from this
            </Button>
            <Button onPress={() => setSkip((count) => (count + 1) % APPRECIATION_PROMPTS.length)}>Another one</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
