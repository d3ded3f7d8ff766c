/** The weekly check-in's extra questions: what is getting in the way, and what would help this week. */
import { CHECKIN_TEXT_MAX, OBSTACLE_IDS, OBSTACLE_LABELS, OTHER_OBSTACLE_MAX } from '@shared/checkins';
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup';
import { TextArea } from '@renderer/ui/TextArea';
import type { CheckinAnswers } from '../checkinAnswers';

interface WeeklyFieldsProps {
  answers: CheckinAnswers;
  onChange: (patch: Partial<CheckinAnswers>) => void;
}

export function WeeklyFields({ answers, onChange }: WeeklyFieldsProps) {
  return (
    <>
      <CheckboxGroup
        label="What’s getting in the way?"
        description="Choose any that fit, or none."
        value={answers.obstacles}
        options={OBSTACLE_IDS.map((id) => ({ value: id, label: OBSTACLE_LABELS[id] }))}
        onChange={(obstacles) => onChange({ obstacles })}
      />
      {answers.obstacles.includes('other') ? (
        <TextArea
          label="What else is in the way?"
          value={answers.otherObstacle}
          onChange={(otherObstacle) => onChange({ otherObstacle })}
          maxLength={OTHER_OBSTACLE_MAX}
          rows={1}
        />
      ) : null}
      <TextArea
        label="What would help this week?"
        description="Something small from either of you counts."
        value={answers.whatWouldHelp}
        onChange={(whatWouldHelp) => onChange({ whatWouldHelp })}
        maxLength={CHECKIN_TEXT_MAX}
      />
    </>
  );
}
