/**
 * Rows of the team skills matrix heatmap: members × target skills (PRODUCT.md §5). Each cell carries
 * the attained (verified) level, a shade bucket, and text markers for verified / claimed /
 * expiring soon / expired so the table never relies on colour alone.
 */
export interface SkillMatrixInput {
  members: readonly { id: string; displayName: string }[];
  skills: readonly { id: string; name: string }[];
  cells: readonly {
    personId: string;
    skillId: string;
    level: number;
    verified: boolean;
    claimedLevel?: number | null;
    expiresSoon: boolean;
    expired: boolean;
  }[];
}

export type MatrixMarker = 'verified' | 'claimed' | 'expiresSoon' | 'expired';

export interface MatrixMarkerInfo {
  symbol: string;
  label: string;
}

/** Legend of the markers, in display order. */
export const MATRIX_MARKERS: Record<MatrixMarker, MatrixMarkerInfo> = {
  verified: { symbol: '✓', label: 'verified' },
  claimed: { symbol: 'c', label: 'claimed (self-reported, not counted)' },
  expiresSoon: { symbol: '◷', label: 'expires soon' },
  expired: { symbol: '✕', label: 'expired' },
};

export interface HeatmapCell {
  skillId: string;
  skillName: string;
  /** Attained level from verified evidence (0 = none). */
  level: number;
  /** Shade bucket 0..maxLevel used for the background (higher = darker). */
  shade: number;
  claimedLevel: number | null;
  markers: MatrixMarker[];
  /** Full text description for screen readers and tooltips. */
  description: string;
}

export interface HeatmapRow {
  personId: string;
  displayName: string;
  cells: HeatmapCell[];
}

const levelOf = (n: number | null | undefined): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

export function describeMatrixCell(cell: Pick<HeatmapCell, 'level' | 'claimedLevel' | 'markers'>): string {
  const parts = [cell.level > 0 ? `Level ${cell.level}` : 'No proven level'];
  for (const m of cell.markers) {
    if (m === 'claimed') parts.push(`claimed level ${cell.claimedLevel ?? '?'} (not counted)`);
    else parts.push(MATRIX_MARKERS[m].label);
  }
  return parts.join(', ');
}

export function buildHeatmapRows(matrix: SkillMatrixInput, maxLevel = 5): HeatmapRow[] {
  const byKey = new Map<string, SkillMatrixInput['cells'][number]>();
  for (const c of matrix.cells) byKey.set(`${c.personId}\u0000${c.skillId}`, c);

  return matrix.members.map((member) => ({
    personId: member.id,
    displayName: member.displayName,
    cells: matrix.skills.map((skill) => {
      const c = byKey.get(`${member.id}\u0000${skill.id}`);
      const level = levelOf(c?.level);
      const claimedLevel = c && levelOf(c.claimedLevel) > 0 ? levelOf(c.claimedLevel) : null;
      const markers: MatrixMarker[] = [];
      if (c?.verified && level > 0) markers.push('verified');
      if (claimedLevel !== null) markers.push('claimed');
      if (c?.expired) markers.push('expired');
      else if (c?.expiresSoon) markers.push('expiresSoon');
      const cell = { level, claimedLevel, markers };
      return {
        skillId: skill.id,
        skillName: skill.name,
        ...cell,
        shade: Math.min(level, maxLevel),
        description: describeMatrixCell(cell),
      };
    }),
  }));
}
