import { buildCoverageSeries, coverageAxisMax, readinessFromSeries, SPOK_MARKER, UNCOVERED_MARKER } from './build-coverage-series';

const gap = (id: string, needed: number, covered: number, spok = false) => ({
  skill: { id, name: id.toUpperCase() },
  minLevel: 3,
  needed,
  covered,
  gap: Math.max(0, needed - covered),
  singlePointOfKnowledge: spok,
});

describe('buildCoverageSeries', () => {
  it('returns an empty series for no gaps', () => {
    expect(buildCoverageSeries([])).toEqual([]);
    expect(readinessFromSeries([])).toBeNull();
    expect(coverageAxisMax([])).toBe(1);
  });

  it('keeps the API order and shapes each skill', () => {
    const series = buildCoverageSeries([gap('sql', 3, 2), gap('k8s', 2, 1, true), gap('rust', 1, 0)]);
    expect(series.map((p) => p.skill)).toEqual(['SQL', 'K8S', 'RUST']);
    expect(series[0]).toEqual({
      skillId: 'sql',
      skill: 'SQL',
      label: 'SQL',
      minLevel: 3,
      needed: 3,
      covered: 2,
      gap: 1,
      singlePointOfKnowledge: false,
      uncovered: false,
    });
  });

  it('marks single points of knowledge and uncovered skills with text, not colour alone', () => {
    const [spok, uncovered] = buildCoverageSeries([gap('k8s', 2, 1, true), gap('rust', 1, 0)]);
    expect(spok.label).toBe(`K8S ${SPOK_MARKER}`);
    expect(spok.singlePointOfKnowledge).toBe(true);
    expect(uncovered.label).toBe(`RUST ${UNCOVERED_MARKER}`);
    expect(uncovered.uncovered).toBe(true);
  });

  it('recomputes gap = max(0, needed − covered) and never goes negative with surplus', () => {
    const [p] = buildCoverageSeries([{ ...gap('sql', 2, 5), gap: -3 }]);
    expect(p.gap).toBe(0);
    expect(p.covered).toBe(5);
  });

  it('sanitises negative and non-finite counts to 0', () => {
    const [p] = buildCoverageSeries([{ ...gap('x', Number.NaN, -2) }]);
    expect(p).toMatchObject({ needed: 0, covered: 0, gap: 0, uncovered: false });
  });

  it('does not call a skill needed by nobody uncovered', () => {
    const [p] = buildCoverageSeries([gap('x', 0, 0)]);
    expect(p.uncovered).toBe(false);
    expect(p.label).toBe('X');
  });

  it('computes readiness as Σ min(covered, needed) / Σ needed (surplus never compensates)', () => {
    const series = buildCoverageSeries([gap('a', 2, 5), gap('b', 2, 0)]);
    expect(readinessFromSeries(series)).toBe(0.5);
    expect(coverageAxisMax(series)).toBe(5);
  });
});
