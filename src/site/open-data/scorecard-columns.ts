// The columns of scorecards.csv, every indicator in every quarter. The comparator columns follow site.json's
// comparators, so they are made from it.
import { DIRECTIONS, RAG_STATUSES } from '../../domain/scorecard.ts';
import { JUDGEMENT_WORDS } from '../../domain/labels.ts';
import { OPERATORS, UNITS, type Comparator, type Judgement } from '../../domain/types.ts';
import { PERIOD_PATTERN, type ColumnDefinition, type TableDefinition } from './columns.ts';
import { PERIOD_COLUMNS } from './period-columns.ts';
import { BENCHMARK_COLUMNS } from './benchmark-columns.ts';

const INDICATOR_UNIT = "the indicator's unit (see the unit column)";
// Every judgement, from the record that must name each one.
const JUDGEMENTS = Object.keys(JUDGEMENT_WORDS) as Judgement[];

export const SCORECARD_FIXED_COLUMNS = [
  ...PERIOD_COLUMNS,
  { name: 'indicator_id', title: 'Indicator id', datatype: 'string', unit: null, blank: false,
    description: 'The indicator\'s short id, the same in every quarter and in indicators.json.' },
  { name: 'indicator', title: 'Indicator', datatype: 'string', unit: null, blank: false,
    description: 'The indicator\'s name.' },
  { name: 'theme', title: 'Theme', datatype: 'string', unit: null, blank: false,
    description: 'The heading the indicator is grouped under.' },
  { name: 'unit', title: 'Unit', datatype: 'string', unit: null, blank: false, values: UNITS,
    description: 'What the figures are: percent (0 to 100), count, rate_per_10000 (per 10,000 children aged 0 to 17), days, or number.' },
  { name: 'value', title: 'Value', datatype: 'decimal', unit: INDICATOR_UNIT, blank: true, suppressible: true,
    description: 'The figure for the quarter. Blank when it is not available; c when it is withheld so that no child can be identified.' },
  { name: 'numerator', title: 'Numerator', datatype: 'decimal', unit: 'children or cases', blank: true, suppressible: true,
    description: 'For a percentage, how many met the measure (170 of 200); for other units, context such as the number of children. Blank when not given; c when withheld.' },
  { name: 'denominator', title: 'Denominator', datatype: 'decimal', unit: 'children or cases', blank: true, suppressible: true,
    description: 'What the numerator is out of (200 in 170 of 200). Blank when not given; c when withheld.' },
  { name: 'target', title: 'Target', datatype: 'decimal', unit: INDICATOR_UNIT, blank: true,
    description: 'The target the councillors set for the quarter. Blank when there is none.' },
  { name: 'operator', title: 'Target operator', datatype: 'string', unit: null, blank: true, values: OPERATORS,
    description: 'How the value is compared with the target: >= means at or above meets it, <= at or below, > above, < below. Blank when there is no target.' },
  { name: 'rag', title: 'RAG rating', datatype: 'string', unit: null, blank: false, values: RAG_STATUSES,
    description: 'green: target met; amber: missed by no more than the tolerance; red: missed by more; no_target: a context measure; no_data: no figure this quarter.' },
  { name: 'direction', title: 'Direction of travel', datatype: 'string', unit: null, blank: false, values: DIRECTIONS,
    description: 'The change since the quarter before: improving or worsening when one direction is better, up or down when neither is, no_change, or not_applicable when either figure is missing.' },
  { name: 'value_year_earlier', title: 'Value a year earlier', datatype: 'decimal', unit: INDICATOR_UNIT, blank: true, suppressible: true,
    description: 'The figure for the same quarter a year earlier, since quarterly figures are seasonal. Blank when it is not available; c when it is withheld so that no child can be identified.' },
  { name: 'direction_year_earlier', title: 'Direction of travel since a year earlier', datatype: 'string', unit: null, blank: false, values: DIRECTIONS,
    description: 'The change since the same quarter a year earlier, in the same words as direction: improving, worsening, up, down, no_change, or not_applicable when either figure is missing or withheld.' },
  { name: 'commentary', title: 'Commentary', datatype: 'string', unit: null, blank: true,
    description: 'The note published with the figure. May run over several lines. Blank when there is none.' },
  { name: 'revised', title: 'Revised', datatype: 'boolean', unit: null, blank: false,
    description: 'true when the figure has been changed since it was first published for the quarter; false otherwise.' },
] as const satisfies readonly ColumnDefinition[];

export type ScorecardFixedColumn = (typeof SCORECARD_FIXED_COLUMNS)[number]['name'];

/** The three columns for one comparison area, named after its id in site.json. */
export function comparatorColumns(comparator: Comparator): ColumnDefinition[] {
  const { id, label } = comparator;
  return [
    { name: `${id}_value`, title: `${label} value`, datatype: 'decimal', unit: INDICATOR_UNIT, blank: true,
      description: `${label}'s latest published figure for the indicator at or before the quarter. Blank when there is none.` },
    { name: `${id}_period`, title: `${label} period`, datatype: 'string', unit: null, blank: true, pattern: PERIOD_PATTERN,
      description: `The quarter ${label}'s figure is for, which may be earlier than the row's period. Blank when there is no figure.` },
    { name: `${id}_judgement`, title: `Compared with ${label}`, datatype: 'string', unit: null, blank: false, values: JUDGEMENTS,
      description: `How the value compares with ${label}'s: better, similar or worse when one direction is better; higher or lower when neither is; similar when the two are equal or, for a percentage of a count of children, within its 95% confidence interval; not_applicable when either figure is missing.` },
  ];
}

/** `benchmarks`: the site has benchmarks against every council (issue 18), so the benchmark_ columns follow. */
export function scorecardsTableDefinition(comparators: readonly Comparator[], benchmarks = false): TableDefinition {
  const benchmarkWords = benchmarks ? ', and where the council stands among every council (rank, quartile band and funnel plot position)' : '';
  return {
    title: 'Every indicator in every quarter',
    description: `One row per indicator per quarter: the figure, its target, RAG rating, direction of travel${comparators.length > 0 ? ', commentary and comparisons with other areas' : ' and commentary'}${benchmarkWords}.`,
    columns: [...SCORECARD_FIXED_COLUMNS, ...comparators.flatMap(comparatorColumns), ...(benchmarks ? BENCHMARK_COLUMNS : [])],
    primaryKey: ['period', 'indicator_id'],
  };
}
