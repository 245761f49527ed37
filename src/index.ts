// Library API: the same records the CLI prints.
export { extractBytes, extractFile, extractText } from './pipeline.js';
export * from './schema/document.js';
export { jsonSchema } from './schema/json.js';
export type { ExtractOptions, TypeOption } from './types.js';
export { csvTable, metricsCsv, type CsvRecord, type CsvTableName, type MetricsCsvRecord } from './emit/csv.js';
