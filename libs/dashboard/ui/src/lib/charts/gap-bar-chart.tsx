import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OrgGapPoint } from '../series/build-org-gap-series';
import { CHART_COLORS } from './chart-colors';

export interface GapBarChartProps {
  points: OrgGapPoint[];
}

/** Horizontal bars: people short per skill across the organisation; each bar is labelled with its number (not colour alone). */
export function GapBarChart({ points }: GapBarChartProps) {
  const height = Math.max(120, 36 + points.length * 30);
  return (
    <div className="chart__canvas" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            label={{ value: 'People short', position: 'insideBottomRight', offset: -4, fill: CHART_COLORS.axis, fontSize: 12 }} />
          <YAxis type="category" dataKey="skill" width={240} interval={0} tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
          <Tooltip />
          <Bar dataKey="gap" name="People short" fill={CHART_COLORS.covered} radius={[0, 3, 3, 0]} isAnimationActive={false}>
            <LabelList dataKey="gap" position="right" fill={CHART_COLORS.axis} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
