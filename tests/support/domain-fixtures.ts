// Small builders so each test states only what it is about.
import type { Dataset, Indicator, QuarterValue, SiteConfig, TargetRow } from '../../src/domain/types.ts';

export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'assessments-45-days',
    title: 'Assessments completed within 45 working days',
    theme: 'Assessment',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: null,
    decimals: null,
    definition: 'Share of assessments completed within 45 working days.',
    source: 'Case management system',
    partOf: null,
    ...overrides,
  };
}

export function targetRow(period: string, target: number | null, overrides: Partial<TargetRow> = {}): TargetRow {
  return { indicatorId: 'assessments-45-days', period, target, operator: null, amber: null, ...overrides };
}

export function makeSite(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return {
    organisation: 'Anyshire County Council',
    title: 'Children’s services scorecard',
    comparators: [
      { id: 'sn', label: 'Statistical neighbours' },
      { id: 'england', label: 'England' },
    ],
    amber: null,
    description: 'Quarterly performance.',
    contact: { text: 'performance@example.gov.uk', url: { kind: 'mailto', address: 'performance@example.gov.uk', href: 'mailto:performance@example.gov.uk' } },
    licence: 'Contains public sector information licensed under the Open Government Licence v3.0.',
    licenceId: 'OGL-UK-3.0',
    statementDate: null,
    disclosure: null,
    drafts: [],
    siteUrl: null,
    basePath: null,
    ...overrides,
  };
}

export function quarterValue(indicatorId: string, period: string, value: number | null, overrides: Partial<QuarterValue> = {}): QuarterValue {
  return { indicatorId, period, value, numerator: null, denominator: null, commentary: '', ...overrides };
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    site: makeSite(),
    indicators: [],
    targets: [],
    periods: [],
    values: [],
    comparatorValues: [],
    quality: { scales: [], audits: [], ungraded: [], domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [] },
    glossary: [],
    spcRebases: [],
    ...overrides,
  };
}
