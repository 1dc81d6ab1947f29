import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendChartPoint } from '../series/build-trend-series';
import { CHART_COLORS } from './chart-colors';

export interface TrendLineChartProps {
  points: TrendChartPoint[];
  height?: number;
}

/** 12-month coverage trend: team readiness in percent at each month end. */
export function TrendLineChart({ points, height = 280 }: TrendLineChartProps) {
  return (
    <div className="chart__canvas" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: CHART_COLORS.axis }} interval="preserveStartEnd" />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12, fill: CHART_COLORS.axis }} />
          <Tooltip />
          <Legend verticalAlign="top" height={32} formatter={(value: string) => <span className="chart__legend-text">{value}</span>} />
          <Line type="linear" dataKey="readinessPct" name="Readiness %" stroke={CHART_COLORS.covered} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
