/**
 * Says calmly that the words being written could not be kept just now (a full disk, a failed write), that
 * they are still here, and offers to try again. Shows nothing while drafts save normally; a form that is
 * already saying the same about its own Save hides it, so the message is not said twice.
 */
import { Button } from './Button';
import { InlineNotice } from './InlineNotice';

interface DraftProblemProps {
  draft: { problem: { message: string } | null; retry: () => Promise<void> };
}

export function DraftProblem({ draft }: DraftProblemProps) {
  if (!draft.problem) return null;
  return (
    <InlineNotice action={<Button onPress={() => void draft.retry()}>Try keeping it again</Button>}>
      {draft.problem.message}
    </InlineNotice>
  );
}
