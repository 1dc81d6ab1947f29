import type { ReactNode } from 'react';
import type { Tone } from '../format/status-labels';
import {
  checkOutcomeLabel,
  requirementStatusLabel,
  verificationStatusLabel,
  type StatusLabel,
} from '../format/status-labels';

export interface BadgeProps {
  tone?: Tone;
  /** Text symbol shown before the text so the meaning never depends on colour alone. */
  symbol?: string;
  title?: string;
  children: ReactNode;
}

export function Badge({ tone = 'neutral', symbol, title, children }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {symbol ? (
        <span className="badge__symbol" aria-hidden="true">
          {symbol}
        </span>
      ) : null}
      {children}
    </span>
  );
}

function LabelBadge({ info, prefix }: { info: StatusLabel; prefix?: string }) {
  return (
    <Badge tone={info.tone} symbol={info.symbol}>
      {prefix ? <span className="visually-hidden">{prefix}: </span> : null}
      {info.label}
    </Badge>
  );
}

export function VerificationBadge({ status }: { status: string }) {
  return <LabelBadge info={verificationStatusLabel(status)} prefix="Verification" />;
}

export function CheckOutcomeBadge({ outcome }: { outcome: string }) {
  return <LabelBadge info={checkOutcomeLabel(outcome)} />;
}

/** MET / PARTIAL / MISSING chip, optionally prefixed with the skill name. */
export function RequirementChip({ status, skillName }: { status: string; skillName?: string }) {
  const info = requirementStatusLabel(status);
  return (
    <span className={`chip chip--${info.tone}`} title={skillName ? `${skillName}: ${info.label}` : info.label}>
      <span className="chip__symbol" aria-hidden="true">
        {info.symbol}
      </span>
      {skillName ? <span className="chip__skill">{skillName}</span> : null}
      <span className={skillName ? 'visually-hidden' : undefined}>
        {skillName ? `: ${info.label}` : info.label}
      </span>
    </span>
  );
}

export function TrustedBadge({ trusted }: { trusted: boolean }) {
  return trusted ? (
    <Badge tone="info" symbol="★" title="The organisation trusts this issuer">
      Trusted issuer
    </Badge>
  ) : (
    <Badge tone="neutral" symbol="☆" title="This issuer is not on the organisation's trust list">
      Not on trust list
    </Badge>
  );
}
