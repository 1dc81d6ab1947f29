// Pure formatters and series builders (tested; no React).
export * from './lib/format/format-date-utc';
export * from './lib/format/format-fit';
export * from './lib/format/status-labels';
export * from './lib/format/level-label';
export * from './lib/series/build-coverage-series';
export * from './lib/series/build-heatmap-rows';
export * from './lib/series/format-inference-path';
// Presentational components.
export * from './lib/states/loading-state';
export * from './lib/states/empty-state';
export * from './lib/states/error-state';
export * from './lib/layout/badge';
export * from './lib/layout/page-header';
export * from './lib/layout/section';
export * from './lib/layout/stat';
export * from './lib/layout/utc-date';
export * from './lib/tables/table-wrap';
export * from './lib/tables/skill-matrix-heatmap';
export * from './lib/charts/chart-colors';
export * from './lib/charts/fit-bar';
export * from './lib/charts/coverage-bar-chart';
export * from './lib/series/build-forecast-series';
export * from './lib/series/build-trend-series';
export * from './lib/export/to-csv';
export * from './lib/export/csv-download-button';
export * from './lib/charts/forecast-line-chart';
export * from './lib/charts/trend-line-chart';
