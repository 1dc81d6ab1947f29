import { CHART_COLORS, SERIES_COLORS } from '@skillproof/dashboard-ui';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { ComparisonPoint, ComparisonSeries } from '../utils/comparison';

/** Dash patterns per candidate, so outlines differ by more than colour. */
const DASHES = ['', '6 3', '2 3', '10 3 2 3'];

export interface ComparisonRadarChartProps {
  points: ComparisonPoint[];
  series: ComparisonSeries[];
  /** Outer radius value (`radarMax`). */
  max: number;
  height?: number;
}

/**
 * Thin Recharts wrapper: one axis per requirement ("!" marks a must-have), the required level as a grey
 * filled area and each candidate's attained level as an outline (colour AND dash pattern). The data is
 * shaped by `buildComparisonSeries`; the same numbers are in the table view next to it.
 */
export function ComparisonRadarChart({ points, series, max, height = 380 }: ComparisonRadarChartProps) {
  return (
    <figure className="chart">
      <div className="chart__canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart data={points} outerRadius="72%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }} accessibilityLayer>
            <PolarGrid stroke={CHART_COLORS.grid} />
            <PolarAngleAxis dataKey="skill" tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
            <PolarRadiusAxis angle={90} domain={[0, max]} tickCount={max + 1} allowDecimals={false} tick={{ fontSize: 11, fill: CHART_COLORS.axis }} />
            <Radar name="Required level" dataKey="required" stroke={CHART_COLORS.needed} fill={CHART_COLORS.needed} fillOpacity={0.25} isAnimationActive={false} />
            {series.map((s, i) => (
              <Radar
                key={s.key}
                name={`${s.label} (attained)`}
                dataKey={s.key}
                stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
                strokeWidth={2}
                strokeDasharray={DASHES[i % DASHES.length]}
                fill={SERIES_COLORS[i % SERIES_COLORS.length]}
                fillOpacity={0.06}
                dot
                isAnimationActive={false}
              />
            ))}
            <Tooltip />
            <Legend verticalAlign="bottom" itemSorter={null} formatter={(value: string) => <span className="chart__legend-text">{value}</span>} />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart__caption">Attained vs required level per requirement (0 = no verified evidence; “!” = must-have).</figcaption>
    </figure>
  );
}
