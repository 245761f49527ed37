// Words the review site shows for the record's codes: small tables, one per field.
import type { DateKind, Dimension, DocumentType, MetricRole, Qualifier } from '../schema/document.js';

export const TYPE_LABELS: Readonly<Record<DocumentType | 'error', string>> = {
  work_plan: '工作计划 plan',
  summary_report: '工作总结 report',
  error: '错误 error',
};

/** Dimensions and date kinds each have a colour (CSS classes dim-*, kind-*) and a legend word. */
export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
  money: '金额 money',
  percent: '比例 percent',
  count: '数量 count',
  area: '面积 area',
  length: '长度 length',
  weight: '重量 weight',
  duration: '时长 duration',
  ratio: '比率 ratio',
  other: '其他 other',
};

export const DATE_KIND_LABELS: Readonly<Record<DateKind, string>> = {
  point: '日期 point',
  range: '时段 range',
  deadline: '期限 deadline',
  start: '起始 start',
};

export const QUALIFIER_LABELS: Readonly<Record<Qualifier, string>> = {
  exact: 'exact',
  approx: 'approx (约)',
  at_least: 'at least (以上)',
  at_most: 'at most (以内)',
  more_than: 'more than (多/余)',
  less_than: 'less than (不足)',
};

export const ROLE_LABELS: Readonly<Record<MetricRole, string>> = { actual: 'actual', target: 'target', change: 'change' };
