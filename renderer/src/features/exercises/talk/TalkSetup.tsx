/** Before the talk: who speaks first, minutes per turn (5 to 20), the soft sound, and Start. */
import { useState } from 'react';
import { createTurnTimer, TALK_TURN_MINUTES, talkTurnsMs, turnTimer } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { NumberField } from '@renderer/ui/NumberField';
import type { PartnerSlot } from '@shared/partners';
import { nameOf, otherSlot, type People } from '../exercisePeople';
import { updateExercises } from '../exercisesStore';
import { SoundToggle } from '../timer/SoundToggle';
import common from '../common.module.css';
import styles from './Talk.module.css';

export function TalkSetup({ people }: { people: People }) {
  const [firstSpeaker, setFirstSpeaker] = useState<PartnerSlot>(people.viewer);
  const [minutes, setMinutes] = useState<number>(TALK_TURN_MINUTES.default);
  const slots = [people.viewer, otherSlot(people.viewer)];

  const start = () => {
    const timer = turnTimer.start(createTurnTimer(talkTurnsMs(minutes)), Date.now());
    updateExercises((state) => ({ ...state, talk: { timer, firstSpeaker } }));
  };

  return (
    <div className={`${common.card} ${styles.setup}`}>
      <ChoiceCards
        label="Who speaks first?"
        value={firstSpeaker}
        onChange={setFirstSpeaker}
        options={slots.map((slot) => ({ value: slot, label: nameOf(people, slot), description: `${nameOf(people, otherSlot(slot))} listens first` }))}
      />
      <NumberField
        label="Minutes for each turn"
        description={`Ten minutes each is the classic. Anything from ${TALK_TURN_MINUTES.min} to ${TALK_TURN_MINUTES.max} works.`}
        value={minutes}
        onChange={(value) => setMinutes(Number.isFinite(value) ? value : TALK_TURN_MINUTES.default)}
        minValue={TALK_TURN_MINUTES.min}
        maxValue={TALK_TURN_MINUTES.max}
      />
      <SoundToggle description="A gentle chime when the turn changes and when the time is up." />
      <div className={common.actions}>
        <Button variant="primary" onPress={start}>
          Start the talk
        </Button>
      </div>
    </div>
  );
}
