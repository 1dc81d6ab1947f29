import { Badge, humanizeEnum } from '@skillproof/dashboard-ui';

const TONE = { OPEN: 'success', DRAFT: 'neutral', CLOSED: 'info' } as const;
const SYMBOL = { OPEN: '●', DRAFT: '○', CLOSED: '■' } as const;

export function JobStatusBadge({ status }: { status: string }) {
  const key = status as keyof typeof TONE;
  return (
    <Badge tone={TONE[key] ?? 'neutral'} symbol={SYMBOL[key]}>
      {humanizeEnum(status)}
    </Badge>
  );
}
