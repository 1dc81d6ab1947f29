import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ForecastSeries } from '../series/build-forecast-series';
import { CHART_COLORS, SERIES_COLORS } from './chart-colors';

export interface ForecastLineChartProps {
  series: ForecastSeries;
  height?: number;
}

/**
 * Expiry forecast: people covering each skill whose coverage drops (solid lines, left axis) and the
 * team readiness in percent (dashed line, right axis) at each horizon. Lines differ by dash and marker
 * too, not colour alone.
 */
export function ForecastLineChart({ series, height = 300 }: ForecastLineChartProps) {
  const maxPeople = Math.max(1, ...series.lines.flatMap((l) => l.covered));
  return (
    <div className="chart__canvas" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={series.points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
          <YAxis yAxisId="people" allowDecimals={false} domain={[0, maxPeople]} tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            label={{ value: 'People covering', angle: -90, position: 'insideLeft', fill: CHART_COLORS.axis, fontSize: 12 }} />
          <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
          <Tooltip />
          <Legend verticalAlign="top" height={36} formatter={(value: string) => <span className="chart__legend-text">{value}</span>} />
          {series.lines.map((l, i) => (
            <Line key={l.key} yAxisId="people" type="linear" dataKey={l.key} name={`${l.name} (needed ${l.needed})`}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          ))}
          <Line yAxisId="pct" type="linear" dataKey="readinessPct" name="Readiness %" stroke={CHART_COLORS.needed} strokeDasharray="6 4" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
