import type { ApplicationStage } from '@skillproof/dashboard-data-access';
import { Badge } from '@skillproof/dashboard-ui';
import { stageLabel, stageTone } from '../utils/pipeline-stages';

/** A pipeline stage as a badge (symbol + text, never colour alone); "Not in pipeline" for null. */
export function StageBadge({ stage }: { stage: ApplicationStage | null }) {
  if (!stage) return <span className="muted">Not in pipeline</span>;
  const { tone, symbol } = stageTone(stage);
  return (
    <Badge tone={tone} symbol={symbol}>
      <span className="visually-hidden">Stage: </span>
      {stageLabel(stage)}
    </Badge>
  );
}
