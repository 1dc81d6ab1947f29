/** Chart colours (kept in sync with the CSS variables in the dashboard stylesheet). */
export const CHART_COLORS = {
  needed: '#94a3b8',
  covered: '#2563eb',
  /** Single point of knowledge: amber, distinguishable from blue for common colour-vision deficiencies. */
  singlePoint: '#d97706',
  grid: '#e2e8f0',
  axis: '#475569',
} as const;
