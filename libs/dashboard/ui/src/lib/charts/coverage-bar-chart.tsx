import { Bar, BarChart, CartesianGrid, Legend, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { coverageAxisMax, SPOK_MARKER, UNCOVERED_MARKER, type CoveragePoint } from '../series/build-coverage-series';
import { CHART_COLORS } from './chart-colors';

export interface CoverageBarChartProps {
  series: CoveragePoint[];
  height?: number;
}

/**
 * Grouped bars: people needed vs people covering each target skill. Covered bars of single points
 * of knowledge are amber AND their axis label carries a "⚠" marker (not colour alone).
 */
export function CoverageBarChart({ series, height = 320 }: CoverageBarChartProps) {
  const max = coverageAxisMax(series);
  const renderCovered = (props: BarShapeProps) => {
    const point = series[props.index];
    return (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        radius={[3, 3, 0, 0]}
        fill={point?.singlePointOfKnowledge ? CHART_COLORS.singlePoint : CHART_COLORS.covered}
      />
    );
  };
  return (
    <figure className="chart">
      <div className="chart__canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: series.length > 6 ? 48 : 8 }} barGap={2} accessibilityLayer>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis
              dataKey="label"
              interval={0}
              angle={series.length > 6 ? -30 : 0}
              textAnchor={series.length > 6 ? 'end' : 'middle'}
              height={series.length > 6 ? 110 : 40}
              tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            />
            <YAxis
              allowDecimals={false}
              domain={[0, max]}
              tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
              label={{ value: 'People', angle: -90, position: 'insideLeft', fill: CHART_COLORS.axis, fontSize: 12 }}
            />
            <Tooltip cursor={{ fill: 'rgba(148, 163, 184, 0.15)' }} />
            <Legend verticalAlign="top" height={32} itemSorter={null} formatter={(value: string) => <span className="chart__legend-text">{value}</span>} />
            <Bar dataKey="needed" name="Needed" fill={CHART_COLORS.needed} radius={[3, 3, 0, 0]} />
            <Bar dataKey="covered" name="Covered" fill={CHART_COLORS.covered} shape={renderCovered} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart__caption">
        <span className="legend-swatch" style={{ background: CHART_COLORS.singlePoint }} aria-hidden="true" />
        <span aria-hidden="true">{SPOK_MARKER}</span> single point of knowledge (held by exactly one member) ·{' '}
        <span aria-hidden="true">{UNCOVERED_MARKER}</span> uncovered (held by nobody)
      </figcaption>
    </figure>
  );
}
