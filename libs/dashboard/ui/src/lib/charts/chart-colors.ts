/** Chart colours (kept in sync with the CSS variables in the dashboard stylesheet). */
export const CHART_COLORS = {
  needed: '#94a3b8',
  covered: '#2563eb',
  /** Single point of knowledge: amber, distinguishable from blue for common colour-vision deficiencies. */
  singlePoint: '#d97706',
  grid: '#e2e8f0',
  axis: '#475569',
} as const;

/** Colours for several series (blue, amber, teal, purple, red, green): distinguishable, used with markers/dashes. */
export const SERIES_COLORS = ['#2563eb', '#d97706', '#0d9488', '#7c3aed', '#dc2626', '#16a34a'] as const;
