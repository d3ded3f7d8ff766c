/** The weekly check-in's extra questions: what is getting in the way, and what would help this week. */
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { CHECKIN_TEXT_MAX, OBSTACLE_IDS, OBSTACLE_LABELS, OTHER_OBSTACLE_MAX, type ObstacleId } from '@shared/checkins';
import type { CheckinAnswers } from '../checkinAnswers';
import styles from './FormFields.module.css';
import { TextAreaField } from './TextAreaField';

interface WeeklyFieldsProps {
  answers: CheckinAnswers;
  onChange: (patch: Partial<CheckinAnswers>) => void;
}

const isObstacle = (value: string): value is ObstacleId => (OBSTACLE_IDS as readonly string[]).includes(value);

export function WeeklyFields({ answers, onChange }: WeeklyFieldsProps) {
  return (
    <>
      <CheckboxGroup
        className={styles.field}
        value={answers.obstacles}
        onChange={(values) => onChange({ obstacles: values.filter(isObstacle) })}
      >
        <Label className={styles.label}>What’s getting in the way?</Label>
        <Text slot="description" className={styles.description}>
          Choose any that fit, or none.
        </Text>
        <div className={styles.checkboxes}>
          {OBSTACLE_IDS.map((id) => (
            <Checkbox key={id} value={id} className={styles.checkbox}>
              <span className={styles.box} aria-hidden="true">
                <svg viewBox="0 0 16 16" className={styles.tick}>
                  <path d="M3.5 8.5l3 3 6-7" />
                </svg>
              </span>
              {OBSTACLE_LABELS[id]}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      {answers.obstacles.includes('other') ? (
        <TextAreaField
          label="What else is in the way?"
          value={answers.otherObstacle}
          onChange={(otherObstacle) => onChange({ otherObstacle })}
          maxLength={OTHER_OBSTACLE_MAX}
          rows={1}
        />
      ) : null}
      <TextAreaField
        label="What would help this week?"
        description="Something small from either of you counts."
        value={answers.whatWouldHelp}
        onChange={(whatWouldHelp) => onChange({ whatWouldHelp })}
        maxLength={CHECKIN_TEXT_MAX}
      />
    </>
  );
}
