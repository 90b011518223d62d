import { describe, expect, it } from 'vitest';
import {
  ADEQUACY_DECISIONS,
  assessTransfer,
  builtinLegalRules,
  durationToDays,
  EEA_COUNTRIES,
  formatRetention,
  isCountryCode,
  isEea,
  LEGAL_BASES,
  LEGAL_BASIS_INFO,
  parseIsoDuration,
  retentionLengthDays,
  SPECIAL_CATEGORY_CONDITION_INFO,
  SPECIAL_CATEGORY_CONDITIONS,
  transferNeedsSafeguard,
  TRANSFER_MECHANISMS,
} from '@lawful/core';

describe('legal bases and Art. 9 conditions', () => {
  it('describes all six Art. 6(1) bases with their letters', () => {
    expect(Object.keys(LEGAL_BASIS_INFO).sort()).toEqual([...LEGAL_BASES].sort());
    expect(LEGAL_BASES.map((basis) => LEGAL_BASIS_INFO[basis].letter).join('')).toBe('abcdef');
    expect(LEGAL_BASIS_INFO.legitimate_interests.article).toBe('Art. 6(1)(f)');
  });

  it('describes every Art. 9(2) condition in order a–j', () => {
    expect(Object.keys(SPECIAL_CATEGORY_CONDITION_INFO).sort()).toEqual([...SPECIAL_CATEGORY_CONDITIONS].sort());
    expect(SPECIAL_CATEGORY_CONDITIONS.map((condition) => SPECIAL_CATEGORY_CONDITION_INFO[condition].letter).join('')).toBe('abcdefghij');
    expect(SPECIAL_CATEGORY_CONDITION_INFO.health_care.article).toBe('Art. 9(2)(h)');
  });
});

describe('countries', () => {
  it('EEA is the EU 27 plus IS, LI, NO', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    for (const code of ['DE', 'FR', 'IE', 'IS', 'LI', 'NO', 'EU', 'EEA', 'de']) expect(isEea(code)).toBe(true);
    for (const code of ['GB', 'CH', 'US', 'XX']) expect(isEea(code)).toBe(false);
  });

  it('validates ISO 3166-1 alpha-2 codes plus EU and EEA', () => {
    for (const code of ['US', 'gb', 'JP', 'EU', 'EEA', 'AX', 'ZW']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['UK', 'XX', 'USA', '', 'E']) expect(isCountryCode(code)).toBe(false);
  });

  it('lists the adequacy decisions with their scope', () => {
    const countries = ADEQUACY_DECISIONS.map((decision) => decision.country);
    expect(countries).toEqual(expect.arrayContaining(['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'US']));
    expect(ADEQUACY_DECISIONS.find((decision) => decision.country === 'US')?.scope).toBe('certified');
    expect(ADEQUACY_DECISIONS.find((decision) => decision.country === 'CA')?.scope).toBe('commercial');
    for (const decision of ADEQUACY_DECISIONS) expect(isCountryCode(decision.country)).toBe(true);
  });
});

describe('transferNeedsSafeguard', () => {
  it.each([
    ['FR', undefined, false],
    ['EU', undefined, false],
    ['NO', undefined, false],
    ['GB', undefined, false],
    ['CH', undefined, false],
    ['JP', undefined, false],
    ['CA', undefined, false],
    ['US', undefined, true],
    ['US', 'dpf', false],
    ['US', 'scc', false],
    ['US', 'adequacy', true],
    ['IN', undefined, true],
    ['IN', 'scc', false],
    ['IN', 'bcr', false],
    ['IN', 'derogation', false],
    ['IN', 'dpf', true],
    ['IN', 'adequacy', true],
    ['BR', undefined, true],
    ['XX', 'scc', true],
  ] as const)('%s with %s → %s', (country, transfer, expected) => {
    expect(transferNeedsSafeguard(country, transfer)).toBe(expected);
  });

  it('explains why', () => {
    expect(assessTransfer('US').reason).toBe('no-safeguard');
    expect(assessTransfer('US').explanation).toMatch(/dpf/);
    expect(assessTransfer('IN', 'dpf').reason).toBe('dpf-outside-us');
    expect(assessTransfer('gb').reason).toBe('adequacy');
    expect(TRANSFER_MECHANISMS.every((mechanism) => assessTransfer('DE', mechanism).needsSafeguard === false)).toBe(true);
  });

  it('matches the LegalRules shape of policy evaluation', () => {
    expect(builtinLegalRules.isEea('AT')).toBe(true);
    expect(builtinLegalRules.hasGeneralAdequacy('US')).toBe(false);
    expect(builtinLegalRules.hasGeneralAdequacy('NZ')).toBe(true);
    expect(builtinLegalRules.parseDuration?.('P1D')).toBe(86_400_000);
  });
});

describe('retention', () => {
  it('parses ISO-8601 durations', () => {
    expect(parseIsoDuration('P14D')).toEqual({ years: 0, months: 0, weeks: 0, days: 14, hours: 0, minutes: 0, seconds: 0 });
    expect(parseIsoDuration('P1Y6M')).toMatchObject({ years: 1, months: 6 });
    expect(parseIsoDuration('PT12H30M')).toMatchObject({ hours: 12, minutes: 30 });
    expect(parseIsoDuration('P2W')).toMatchObject({ weeks: 2 });
    expect(parseIsoDuration('p6m')).toMatchObject({ months: 6 });
    expect(parseIsoDuration('P0.5Y')).toMatchObject({ years: 0.5 });
    for (const invalid of ['', 'P', 'PT', 'P1DT', '14 days', 'P-1D', 'D14', 'P1H', '6M']) {
      expect(parseIsoDuration(invalid), invalid).toBeUndefined();
    }
  });

  it('compares lengths approximately in days', () => {
    expect(durationToDays(parseIsoDuration('P1Y')!)).toBeCloseTo(durationToDays(parseIsoDuration('P12M')!));
    expect(retentionLengthDays({ keep: 'P14D' })).toBe(14);
    expect(retentionLengthDays({ keep: 'P6M' })!).toBeGreaterThan(180);
    expect(retentionLengthDays({ keep: 'P6M' })!).toBeLessThan(185);
    expect(retentionLengthDays({ until: 'consent_withdrawn' })).toBe(Number.POSITIVE_INFINITY);
    expect(retentionLengthDays({ keep: 'soon' })).toBeUndefined();
  });

  it('formats retentions for people', () => {
    expect(formatRetention({ keep: 'P14D' })).toBe('14 days');
    expect(formatRetention({ keep: 'P1D' })).toBe('1 day');
    expect(formatRetention({ keep: 'P6M', after: 'account_closed' })).toBe('6 months after account closed');
    expect(formatRetention({ keep: 'P1Y6M' })).toBe('1 year 6 months');
    expect(formatRetention({ until: 'consent_withdrawn' })).toBe('until consent withdrawn');
    expect(formatRetention({ keep: 'forever' })).toBe('forever');
  });
});
