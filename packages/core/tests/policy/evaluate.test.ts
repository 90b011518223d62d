import { describe, expect, it } from 'vitest';
import { evaluatePolicy, type AnnotationRef, type Finding, type Flow, type PolicyInput } from '@lawful/core';
import { BASE_CONFIG, configFromYaml, flow, legal, makeTaxonomy, sink } from './helpers.js';

function evaluate(flows: Flow[], yaml = BASE_CONFIG, extra: Partial<PolicyInput> = {}) {
  return evaluatePolicy({
    flows,
    config: configFromYaml(yaml),
    taxonomy: makeTaxonomy(),
    configFileRelative: 'lawful.config.yaml',
    rootDir: '/repo',
    legal,
    ...extra,
  });
}

/** The first finding that is not a stale-declaration hint (those are located in the config, so sort first). */
function main(findings: Finding[]): Finding | undefined {
  return findings.find((finding) => finding.ruleId !== 'stale-declaration');
}

function ids(findings: Finding[], exclude: string[] = ['stale-declaration']): string[] {
  return findings.map((finding) => finding.ruleId).filter((id) => !exclude.includes(id));
}

const ipToLog = flow({ category: 'user.device.ip_address', sink: sink('log/pino', 'log') });
const emailToDb = flow({ category: 'user.contact.email', sink: sink('db/prisma/User', 'database') });
const emailToBrevo = flow({
  category: 'user.contact.email',
  sink: sink('sdk/brevo', 'third-party', 'brevo'),
  guards: ['hasConsent'],
});

describe('undeclared-logging / -storage / -sharing', () => {
  it('accepts flows that an activity declares with a matching store or recipient', () => {
    const result = evaluate([ipToLog, emailToDb, emailToBrevo]);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reports a log flow whose category no activity declares for that store', () => {
    const result = evaluate([flow({ category: 'user.contact.email', sink: sink('log/pino', 'log') })]);
    expect(ids(result.findings)).toEqual(['undeclared-logging']);
    const finding = main(result.findings);
    expect(finding?.location).toEqual({ file: 'src/app.ts', line: 10, column: 3 });
    expect(finding?.message).toContain('`user.contact.email` reaches log sink `log/pino`');
    expect(finding?.message).toContain('add `user.contact.email` to `categories:` of activity `server_logs`');
    expect(finding?.message).toContain('add `access_log` to `stores:` of activity `accounts`');
  });

  it('reports storage when no store glob matches, with the YAML to add', () => {
    const result = evaluate([flow({ category: 'user.device.ip_address', sink: sink('cache/ioredis', 'cache') })]);
    expect(ids(result.findings)).toEqual(['undeclared-storage']);
    expect(main(result.findings)?.message).toContain('stores: { ioredis: { kind: cache, sinks: ["cache/ioredis"] } }');
  });

  it('uses picomatch segments: `log/*` does not match a deeper id, `db/**` does', () => {
    const deep = flow({ category: 'user.device.ip_address', sink: sink('log/nest/Logger', 'log') });
    expect(ids(evaluate([deep]).findings)).toEqual(['undeclared-logging']);
    const yaml = BASE_CONFIG.replace('sinks: ["log/*"]', 'sinks: ["log/**"]');
    expect(ids(evaluate([deep], yaml).findings)).toEqual([]);
  });

  it('a parent category in the config covers its children', () => {
    const phone = flow({ category: 'user.contact.phone_number', sink: sink('db/prisma/User', 'database') });
    expect(ids(evaluate([phone]).findings)).toEqual([]);
    const yaml = BASE_CONFIG.replace('categories: [user.contact, user.name]', 'categories: [user.contact.email, user.name]');
    expect(ids(evaluate([phone], yaml).findings)).toEqual(['undeclared-storage']);
  });

  it('reports sharing with a recipient not declared for the category', () => {
    const result = evaluate([flow({ category: 'user.device.ip_address', sink: sink('sdk/segment', 'third-party', 'segment') })]);
    expect(ids(result.findings)).toEqual(['undeclared-sharing']);
    expect(main(result.findings)?.message).toContain('recipient `segment` matches this sink but no activity lists it');
  });

  it('matches recipients by host and by SDK module', () => {
    const byHost = flow({
      category: 'user.contact.email',
      sink: sink('http/api.brevo.com', 'third-party', 'api.brevo.com'),
      guards: ['hasConsent'],
    });
    const otherHost = flow({ ...byHost, sink: sink('http/api.other.com', 'third-party', 'api.other.com') });
    expect(ids(evaluate([byHost]).findings)).toEqual([]);
    expect(ids(evaluate([otherHost]).findings)).toEqual(['undeclared-sharing']);

    const bySdk = flow({ ...byHost, sink: sink('sdk/getbrevo', 'third-party', 'getbrevo') });
    expect(ids(evaluate([bySdk]).findings)).toEqual(['undeclared-sharing']);
    const withModules = evaluate([bySdk], BASE_CONFIG, { sinkModules: () => ['@getbrevo/brevo'] });
    expect(ids(withModules.findings)).toEqual([]);
  });

  it('fills the allowing activity on flows that code did not narrow', () => {
    expect(evaluate([ipToLog]).flows[0]?.activity).toBe('server_logs');
  });
});

describe('purpose-mismatch', () => {
  it('reports a flow under @activity X that another activity declares', () => {
    const result = evaluate([{ ...ipToLog, activity: 'newsletter' }]);
    expect(ids(result.findings)).toEqual(['purpose-mismatch']);
    expect(main(result.findings)?.message).toContain('`newsletter` does not declare');
    expect(main(result.findings)?.message).toContain('only `server_logs` does');
  });

  it('accepts the same flow under the activity that declares it', () => {
    expect(ids(evaluate([{ ...ipToLog, activity: 'server_logs' }]).findings)).toEqual([]);
  });

  it('is undeclared-* (one finding) when no activity declares the flow at all', () => {
    const result = evaluate([flow({ category: 'user.name', sink: sink('log/pino', 'log'), activity: 'newsletter' })]);
    expect(ids(result.findings)).toEqual(['undeclared-logging']);
  });

  it('narrows by `paths:` globs relative to the config folder', () => {
    const yaml = BASE_CONFIG.replace('    consent: { guard: hasConsent }', '    consent: { guard: hasConsent }\n    paths: ["src/marketing/**"]');
    const inMarketing = { ...ipToLog, location: { file: 'src/marketing/send.ts', line: 4, column: 1 } };
    expect(ids(evaluate([inMarketing], yaml).findings)).toEqual(['purpose-mismatch']);
    expect(ids(evaluate([ipToLog], yaml).findings)).toEqual([]);
    // Config in a sub-folder: paths are relative to that folder, flow files to the scan root.
    const nested = configFromYaml(yaml, '/repo/apps/web/lawful.config.yaml');
    const nestedFlow = { ...ipToLog, location: { file: 'apps/web/src/marketing/send.ts', line: 4, column: 1 } };
    const result = evaluatePolicy({
      flows: [nestedFlow],
      config: nested,
      taxonomy: makeTaxonomy(),
      configFileRelative: 'apps/web/lawful.config.yaml',
      rootDir: '/repo',
      legal,
    });
    expect(ids(result.findings)).toEqual(['purpose-mismatch']);
  });
});

describe('consent-not-checked', () => {
  it('reports a flow only a consent activity allows when the guard is missing', () => {
    const result = evaluate([{ ...emailToBrevo, guards: [] }]);
    expect(ids(result.findings)).toEqual(['consent-not-checked']);
    expect(main(result.findings)?.message).toContain('`hasConsent()`');
  });

  it('accepts a guarded flow, comparing `module#export` guards by name', () => {
    expect(ids(evaluate([emailToBrevo]).findings)).toEqual([]);
    const yaml = BASE_CONFIG.replace('guard: hasConsent', 'guard: "src/consent#hasConsent"');
    expect(ids(evaluate([emailToBrevo], yaml).findings)).toEqual([]);
    expect(ids(evaluate([{ ...emailToBrevo, guards: ['hasMarketingConsent'] }], yaml).findings)).toEqual([
      'consent-not-checked',
    ]);
  });

  it('does not apply when a non-consent activity also allows the flow', () => {
    const yaml = BASE_CONFIG.replace('    stores: [accounts_db]\n', '    stores: [accounts_db]\n    recipients: [brevo]\n');
    expect(ids(evaluate([{ ...emailToBrevo, guards: [] }], yaml).findings)).toEqual([]);
  });
});

describe('missing-retention', () => {
  it('reports a store write under an activity without retention, at the sink', () => {
    const yaml = BASE_CONFIG.replace('    retention: { keep: P14D }\n', '');
    const result = evaluate([ipToLog], yaml);
    expect(ids(result.findings)).toEqual(['missing-retention']);
    expect(main(result.findings)?.location.file).toBe('src/app.ts');
    expect(main(result.findings)?.message).toContain('retention: { keep: P30D }');
    expect(ids(evaluate([ipToLog]).findings)).toEqual([]);
  });

  it('does not need retention for sharing', () => {
    const yaml = BASE_CONFIG.replace('    retention: { until: consent_withdrawn }\n', '');
    expect(ids(evaluate([emailToBrevo], yaml).findings)).toEqual([]);
  });

  it('warns at the store when activities writing to it keep data for different times', () => {
    const yaml = BASE_CONFIG.replace('    stores: [accounts_db]\n', '    stores: [accounts_db, access_log]\n');
    const nameToLog = flow({ category: 'user.name', sink: sink('log/pino', 'log'), location: { file: 'src/a.ts', line: 3, column: 1 } });
    const result = evaluate([ipToLog, nameToLog], yaml);
    const conflicts = result.findings.filter((finding) => finding.ruleId === 'missing-retention');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.severity).toBe('warning');
    expect(conflicts[0]?.location).toEqual({ file: 'lawful.config.yaml', line: 3, column: 3 });
    expect(conflicts[0]?.message).toContain('`server_logs` (keep P14D)');
    expect(conflicts[0]?.message).toContain('`accounts` (keep P6M after account_closed)');
    // Same duration written differently is no conflict.
    const same = yaml.replace('retention: { keep: P6M, after: account_closed }', 'retention: { keep: P2W }');
    expect(evaluate([ipToLog, nameToLog], same).findings.filter((f) => f.ruleId === 'missing-retention')).toEqual([]);
  });
});

describe('config findings', () => {
  const configIds = (yaml: string, id: string) =>
    evaluate([ipToLog, emailToDb, emailToBrevo], yaml).findings.filter((finding) => finding.ruleId === id);

  it('missing-legal-basis: no basis, at the activity', () => {
    const yaml = BASE_CONFIG.replace('    legal_basis: contract\n', '');
    const [finding, ...rest] = configIds(yaml, 'missing-legal-basis');
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ file: 'lawful.config.yaml', line: 16, column: 5 });
    expect(finding?.activity).toBe('accounts');
    expect(configIds(BASE_CONFIG, 'missing-legal-basis')).toEqual([]);
  });

  it('missing-legal-basis: legitimate interests without the interest, at legal_basis', () => {
    const yaml = BASE_CONFIG.replace('    legitimate_interest: Detect and stop attacks\n', '');
    const [finding] = configIds(yaml, 'missing-legal-basis');
    expect(finding?.location.line).toBe(11);
    expect(finding?.message).toContain('legitimate_interest:');
  });

  it('missing-legal-basis: special-category data without an Art. 9 condition', () => {
    const yaml = BASE_CONFIG.replace('categories: [user.contact, user.name]', 'categories: [user.contact, user.health_and_medical.condition]');
    const [finding] = configIds(yaml, 'missing-legal-basis');
    expect(finding?.message).toContain('Art. 9');
    expect(finding?.location.line).toBe(19);
    const withCondition = yaml.replace('    legal_basis: contract\n', '    legal_basis: contract\n    special_category_condition: health_care\n');
    expect(configIds(withCondition, 'missing-legal-basis')).toEqual([]);
  });

  it('unsafe-transfer: a US recipient without transfer, at its country', () => {
    const yaml = BASE_CONFIG.replace('country: US, transfer: scc', 'country: US');
    const [finding, ...rest] = configIds(yaml, 'unsafe-transfer');
    expect(rest).toEqual([]);
    expect(finding?.location.line).toBe(7);
    expect(finding?.message).toContain('transfer: dpf');
    expect(configIds(BASE_CONFIG, 'unsafe-transfer')).toEqual([]);
  });

  it('unsafe-transfer: adequacy countries need nothing; others need a valid safeguard', () => {
    expect(configIds(BASE_CONFIG.replace('country: US, transfer: scc', 'country: CH'), 'unsafe-transfer')).toEqual([]);
    expect(configIds(BASE_CONFIG.replace('country: US, transfer: scc', 'country: IN'), 'unsafe-transfer')).toHaveLength(1);
    expect(configIds(BASE_CONFIG.replace('country: US, transfer: scc', 'country: IN, transfer: dpf'), 'unsafe-transfer')).toHaveLength(1);
    expect(configIds(BASE_CONFIG.replace('country: US, transfer: scc', 'country: IN, transfer: bcr'), 'unsafe-transfer')).toEqual([]);
  });

  it('unsafe-transfer: an unknown country is a warning', () => {
    const [finding] = configIds(BASE_CONFIG.replace('country: US, transfer: scc', 'transfer: scc'), 'unsafe-transfer');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('no `country:`');
  });

  it('stale-declaration: warns at the category entry no code sends', () => {
    const stale = evaluate([ipToLog, emailToDb]).findings.filter((finding) => finding.ruleId === 'stale-declaration');
    expect(stale.map((finding) => [finding.activity, finding.category, finding.location.line, finding.severity])).toEqual([
      ["accounts", "user.name", 19, "warning"],
      ["newsletter", "user.contact.email", 26, "warning"],
    ]);
    const nameToDb = flow({ category: 'user.name', sink: sink('db/prisma/User', 'database') });
    expect(
      evaluate([ipToLog, emailToDb, nameToDb, emailToBrevo]).findings.filter((finding) => finding.ruleId === 'stale-declaration'),
    ).toEqual([]);
  });

  it('unknown-category: in config (with a suggestion) and in annotations (at the tag)', () => {
    const yaml = BASE_CONFIG.replace('categories: [email]', 'categories: [emial]');
    const [configFinding] = configIds(yaml, 'unknown-category');
    expect(configFinding?.location).toEqual({ file: 'lawful.config.yaml', line: 26, column: 18 });
    expect(configFinding?.message).toContain('Did you mean `email`?');
    expect(configIds(BASE_CONFIG, 'unknown-category')).toEqual([]);

    const annotations: AnnotationRef[] = [
      { raw: 'user.contact.emali', location: { file: 'src/user.ts', line: 5, column: 7 } },
      { raw: 'email', category: 'user.contact.email', location: { file: 'src/user.ts', line: 6, column: 7 } },
      { raw: 'none', location: { file: 'src/user.ts', line: 7, column: 7 } },
    ];
    const result = evaluate([], BASE_CONFIG, { annotations });
    const annotationFindings = result.findings.filter((finding) => finding.ruleId === 'unknown-category');
    expect(annotationFindings.map((finding) => finding.location)).toEqual([{ file: 'src/user.ts', line: 5, column: 7 }]);
    expect(annotationFindings[0]?.message).toContain('Did you mean `user.contact.email`?');
  });

  it('codeFindingsOnly gives exactly the findings located in code, with the same fingerprints', () => {
    // A config with findings of its own (unknown category, stale declarations) and flows with findings in code.
    const yaml = BASE_CONFIG.replace('categories: [email]', 'categories: [emial]');
    const flows = [
      flow({ category: 'user.contact.email', sink: sink('log/pino', 'log'), location: { file: 'src/a.ts', line: 3, column: 5 } }),
      flow({ category: 'user.contact.email', sink: sink('log/pino', 'log'), location: { file: 'src/a.ts', line: 9, column: 5 } }),
      flow({ category: 'user.device.ip_address', sink: sink('cache/redis', 'cache'), location: { file: 'src/a.ts', line: 12, column: 1 } }),
    ];
    const annotations: AnnotationRef[] = [{ raw: 'user.contact.emali', location: { file: 'src/a.ts', line: 1, column: 7 } }];
    const full = evaluate(flows, yaml, { annotations });
    const inCode = full.findings.filter((finding) => finding.location.file !== 'lawful.config.yaml');
    expect(full.findings.length).toBeGreaterThan(inCode.length);
    expect(inCode.map((finding) => finding.ruleId)).toContain('unknown-category');
    const codeOnly = evaluate(flows, yaml, { annotations, codeFindingsOnly: true });
    expect(codeOnly.findings).toEqual(inCode);
    expect(codeOnly.flows).toEqual(full.flows);
  });
});

describe('severity settings, order, fingerprints', () => {
  it('`rules:` turns an id off or changes its severity', () => {
    const undeclared = flow({ category: 'user.contact.email', sink: sink('log/pino', 'log') });
    const off = `${BASE_CONFIG}rules:\n  undeclared-logging: 'off'\n  stale-declaration: error\n`;
    const result = evaluate([undeclared], off);
    expect(ids(result.findings, [])).not.toContain('undeclared-logging');
    expect(result.findings.filter((finding) => finding.ruleId === 'stale-declaration').every((f) => f.severity === 'error')).toBe(true);
    const warn = `${BASE_CONFIG}rules:\n  undeclared-logging: warning\n`;
    expect(evaluate([undeclared], warn).findings.find((f) => f.ruleId === 'undeclared-logging')?.severity).toBe('warning');
  });

  it('sorts findings and flows deterministically, whatever the input order', () => {
    const flows = [
      flow({ category: 'user.name', sink: sink('log/pino', 'log'), location: { file: 'src/b.ts', line: 2, column: 1 } }),
      flow({ category: 'user.contact.email', sink: sink('log/pino', 'log'), location: { file: 'src/a.ts', line: 9, column: 1 } }),
      flow({ category: 'user.device.ip_address', sink: sink('cache/redis', 'cache'), location: { file: 'src/a.ts', line: 3, column: 5 } }),
    ];
    const first = JSON.stringify(evaluate(flows));
    const second = JSON.stringify(evaluate([...flows].reverse()));
    expect(second).toBe(first);
    const located = evaluate(flows).findings.map((finding) => `${finding.location.file}:${finding.location.line}`);
    expect(located).toEqual([...located].sort((a, b) => (a.split(':')[0] === b.split(':')[0] ? Number(a.split(':')[1]) - Number(b.split(':')[1]) : a < b ? -1 : 1)));
  });

  it('keeps fingerprints when lines are added above, and separates identical flows', () => {
    const source = ['import pino from "pino";', 'const log = pino();', 'log.info(user.email);', 'log.info(user.email);'];
    const shifted = ['// a new comment', '', ...source];
    const undeclaredAt = (line: number) =>
      flow({ category: 'user.contact.email', sink: sink('log/pino', 'log'), location: { file: 'src/a.ts', line, column: 1 } });
    const fingerprints = (lines: string[], offset: number) =>
      evaluate([undeclaredAt(3 + offset), undeclaredAt(4 + offset)], BASE_CONFIG, {
        lineText: (_file, line) => lines[line - 1],
      })
        .findings.filter((finding) => finding.ruleId === 'undeclared-logging')
        .map((finding) => finding.fingerprint);
    const before = fingerprints(source, 0);
    const after = fingerprints(shifted, 2);
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);
    expect(after).toEqual(before);
    expect(before[0]).toMatch(/^[0-9a-f]{32}$/);
    // A different line text is a different finding.
    const edited = fingerprints(['', '', 'log.info(customer.email);', 'log.info(user.email);'], 0);
    expect(edited[0]).not.toBe(before[0]);
  });

  it('applies inline suppressions when given the source text', () => {
    const undeclared = flow({ category: 'user.contact.email', sink: sink('log/pino', 'log'), location: { file: 'src/a.ts', line: 3, column: 1 } });
    const text = 'const x = 1;\n// lawful-ignore undeclared-logging -- hashed upstream\nlog.info(email);\n';
    const result = evaluate([undeclared], BASE_CONFIG, { readFile: (file) => (file === 'src/a.ts' ? text : undefined) });
    expect(ids(result.findings)).toEqual([]);
    expect(result.flows[0]?.suppressed).toBe(true);
  });
});

describe('built-in legal data', () => {
  it('is used when no legal rules are passed', () => {
    const yaml = BASE_CONFIG.replace('country: US, transfer: scc', 'country: US');
    const result = evaluatePolicy({
      flows: [],
      config: configFromYaml(yaml),
      taxonomy: makeTaxonomy(),
      configFileRelative: 'lawful.config.yaml',
      rootDir: '/repo',
    });
    expect(result.findings.filter((finding) => finding.ruleId === 'unsafe-transfer').map((f) => f.location.line)).toEqual([7]);
    const swiss = evaluatePolicy({
      flows: [],
      config: configFromYaml(BASE_CONFIG.replace('country: US, transfer: scc', 'country: CH')),
      taxonomy: makeTaxonomy(),
      configFileRelative: 'lawful.config.yaml',
      rootDir: '/repo',
    });
    expect(swiss.findings.filter((finding) => finding.ruleId === 'unsafe-transfer')).toEqual([]);
  });
});
