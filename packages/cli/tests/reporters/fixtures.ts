/** A small scan result covering every shape the reporters print. */
import type { ScanResult } from '@lawful/core';

export const SOURCES: Record<string, string> = {
  'src/signup.ts': [
    "import { analytics } from './analytics';",
    'export async function signup(user: User) {',
    '  logger.info(user.email);',
    "  analytics.track('signup', { email: user.email });",
    '}',
  ].join('\n'),
  'src/user.ts': 'export interface User {\n  /** @personal user.contact.email */\n  email: string;\n}\n',
};

export function sampleResult(): ScanResult {
  const emailTrace = [
    { file: 'src/user.ts', line: 2, column: 7, note: '@personal user.contact.email' },
    { file: 'src/signup.ts', line: 4, column: 3, note: 'passed to analytics.track() | sent' },
  ];
  return {
    tool: { name: 'lawful', version: '0.1.0' },
    root: '.',
    flows: [
      {
        category: 'user.contact.email',
        confidence: 'annotated',
        sink: { id: 'log/pino', kind: 'log' },
        location: { file: 'src/signup.ts', line: 3, column: 3 },
        activity: 'accounts',
        trace: [emailTrace[0]!, { file: 'src/signup.ts', line: 3, column: 3, note: 'passed to logger.info()' }],
        guards: ['hasConsent'],
        suppressed: true,
      },
      {
        category: 'user.contact.email',
        confidence: 'annotated',
        sink: { id: 'sdk/segment', kind: 'third-party', recipient: 'segment' },
        location: { file: 'src/signup.ts', line: 4, column: 3 },
        trace: emailTrace,
      },
    ],
    findings: [
      {
        ruleId: 'unsafe-transfer',
        severity: 'error',
        message: 'Recipient `segment` is in US <outside the EEA> and names no transfer safeguard.',
        location: { file: 'lawful.config.yaml', line: 7, column: 14 },
        trace: [],
        fingerprint: '0123456789abcdef0123456789abcdef',
      },
      {
        ruleId: 'undeclared-sharing',
        severity: 'error',
        message: '`user.contact.email` reaches third party `sdk/segment`, but no activity declares it.',
        category: 'user.contact.email',
        sink: { id: 'sdk/segment', kind: 'third-party', recipient: 'segment' },
        location: { file: 'src/signup.ts', line: 4, column: 3 },
        trace: emailTrace,
        fingerprint: 'fedcba9876543210fedcba9876543210',
        activity: 'newsletter',
      },
      {
        ruleId: 'stale-declaration',
        severity: 'warning',
        message: 'Activity `newsletter` declares `user.name` for `brevo`, but no code sends it there.',
        category: 'user.name',
        location: { file: 'src/with space.ts', line: 1, column: 1 },
        trace: [],
        fingerprint: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      },
    ],
    problems: [{ file: 'src/broken.ts', message: 'Unexpected token', kind: 'parse', line: 3, column: 9 }],
  };
}

export const readFile = (file: string): string | undefined => SOURCES[file];
