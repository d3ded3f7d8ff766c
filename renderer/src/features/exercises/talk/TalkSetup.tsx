/** Before the talk: who speaks first, minutes per turn (5 to 20), the soft sound, and Start. */
import { useState } from 'react';
import { Group, Input, Label, NumberField, Text, Button as AriaButton } from 'react-aria-components';
import { createTurnTimer, TALK_TURN_MINUTES, talkTurnsMs, turnTimer } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { RadioCards } from '@renderer/ui/RadioCards';
import type { PartnerSlot } from '@renderer/features/vault';
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
      <RadioCards
        label="Who speaks first?"
        value={firstSpeaker}
        onChange={setFirstSpeaker}
        options={slots.map((slot) => ({ value: slot, label: nameOf(people, slot), description: `${nameOf(people, otherSlot(slot))} listens first` }))}
      />
      <NumberField
        className={styles.minutes}
        value={minutes}
        onChange={(value) => setMinutes(Number.isFinite(value) ? value : TALK_TURN_MINUTES.default)}
        minValue={TALK_TURN_MINUTES.min}
        maxValue={TALK_TURN_MINUTES.max}
        step={1}
      >
        <Label className={styles.fieldLabel}>Minutes for each turn</Label>
        <Group className={styles.stepper}>
          <AriaButton slot="decrement" className={styles.step}>
            −
          </AriaButton>
          <Input className={styles.number} />
          <AriaButton slot="increment" className={styles.step}>
            +
          </AriaButton>
        </Group>
        <Text slot="description" className={`${common.muted} ${common.small}`}>
          Ten minutes each is the classic. Anything from {TALK_TURN_MINUTES.min} to {TALK_TURN_MINUTES.max} works.
        </Text>
      </NumberField>
      <SoundToggle description="A gentle chime when the turn changes and when the time is up." />
      <div className={common.actions}>
        <Button variant="primary" onPress={start}>
          Start the talk
        </Button>
      </div>
    </div>
  );
}
