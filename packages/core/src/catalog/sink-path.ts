/**
 * The small languages of `rules/sinks/*.yaml` (see `SinkRule` / `CallPattern` in `./types.ts` and the
 * commented `rules/sinks/_template.yaml`): callee paths, id templates, argument selectors, `when`
 * values and recipient host patterns. Parsed here once so the flow engine, the catalog tests and the
 * docs generator agree on one reading, and a typo in a catalog file fails with a message that says
 * where and what was expected.
 */

// ---------------------------------------------------------------------------------------------
// Callee paths
//
//     path     := head segment*
//     head     := name | 'new ' name '()'
//     segment  := '.' name | '()'
//     name     := identifier | '*' | '{' identifier (',' identifier)* '}' | '**'
// ---------------------------------------------------------------------------------------------

/** A name position of a path: an exact name, `*`, `{a,b}` or `**`. */
export type SinkPathName =
  | { kind: 'exact'; name: string }
  /** `*`: any one name. */
  | { kind: 'any' }
  /** `{a,b}`: one of these names. */
  | { kind: 'oneOf'; names: string[] }
  /** `**`: zero or more segments of any kind. */
  | { kind: 'anyDepth' };

export type SinkPathSegment =
  /** The head name (export or global) or a `.name` property access. */
  | { kind: 'member'; name: SinkPathName }
  /** Head only: `new X()`, an instance made by `new X()` or a value whose declared type is `X`. */
  | { kind: 'new'; name: SinkPathName }
  /** `()`: the result of calling the value so far. */
  | { kind: 'call' };

export class SinkPathSyntaxError extends Error {
  constructor(
    readonly path: string,
    /** 0-based offset of the offending character in `path`. */
    readonly offset: number,
    expected: string,
  ) {
    const found = offset < path.length ? `'${path[offset]}'` : 'end of path';
    super(`Invalid sink path "${path}" at column ${offset + 1}: expected ${expected}, found ${found}`);
    this.name = 'SinkPathSyntaxError';
  }
}

// `$` and `_` are legal in JS identifiers (`prisma.$executeRaw`, `_hsq`).
const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_$]/;

/** Parses a callee path; throws `SinkPathSyntaxError` naming the column and what was expected. */
export function parseSinkPath(path: string): SinkPathSegment[] {
  let offset = 0;

  const readIdentifier = (): string => {
    const start = offset;
    if (!IDENTIFIER_START.test(path[offset] ?? '')) throw new SinkPathSyntaxError(path, offset, 'an identifier');
    offset++;
    while (offset < path.length && IDENTIFIER_PART.test(path[offset]!)) offset++;
    return path.slice(start, offset);
  };

  const readName = (allowAnyDepth: boolean): SinkPathName => {
    if (path.startsWith('**', offset)) {
      if (!allowAnyDepth) throw new SinkPathSyntaxError(path, offset, "a class name ('**' is not allowed after 'new')");
      offset += 2;
      return { kind: 'anyDepth' };
    }
    if (path[offset] === '*') {
      offset++;
      return { kind: 'any' };
    }
    if (path[offset] === '{') {
      offset++;
      const names = [readIdentifier()];
      while (path[offset] === ',') {
        offset++;
        names.push(readIdentifier());
      }
      if (path[offset] !== '}') throw new SinkPathSyntaxError(path, offset, "',' or '}'");
      offset++;
      return { kind: 'oneOf', names };
    }
    return { kind: 'exact', name: readIdentifier() };
  };

  const segments: SinkPathSegment[] = [];
  if (path.startsWith('new ', offset)) {
    offset += 4;
    const name = readName(false);
    if (!path.startsWith('()', offset)) throw new SinkPathSyntaxError(path, offset, "'()' after 'new <name>'");
    offset += 2;
    segments.push({ kind: 'new', name });
  } else {
    segments.push({ kind: 'member', name: readName(true) });
  }

  while (offset < path.length) {
    if (path[offset] === '.') {
      offset++;
      segments.push({ kind: 'member', name: readName(true) });
    } else if (path.startsWith('()', offset)) {
      offset += 2;
      segments.push({ kind: 'call' });
    } else {
      throw new SinkPathSyntaxError(path, offset, "'.name' or '()'");
    }
  }
  return segments;
}

function formatName(name: SinkPathName): string {
  switch (name.kind) {
    case 'exact':
      return name.name;
    case 'any':
      return '*';
    case 'anyDepth':
      return '**';
    case 'oneOf':
      return `{${name.names.join(',')}}`;
  }
}

/** The inverse of `parseSinkPath` (canonical spelling). */
export function formatSinkPath(segments: readonly SinkPathSegment[]): string {
  return segments
    .map((segment, index) => {
      if (segment.kind === 'call') return '()';
      if (segment.kind === 'new') return `new ${formatName(segment.name)}()`;
      return index === 0 ? formatName(segment.name) : `.${formatName(segment.name)}`;
    })
    .join('');
}

/** A resolved callee path as the engine sees it in code: `pino().info` → member, call, member. */
export type ConcreteSegment = { kind: 'member' | 'new'; name: string } | { kind: 'call' };

export interface SinkPathMatch {
  /**
   * Wildcard captures in pattern order: every `*`, `{…}` and `**` of the pattern is one capture
   * (`**` captures the matched segments spelled as a path, possibly empty). `captures[0]` is the
   * value of `{1}` in an id template.
   */
  captures: string[];
  /**
   * Positions in the concrete path of the pattern's call segments, in pattern order (a `new X()`
   * head counts as a call): `callPositions[0]` is the call `{call.1.i}` reads arguments from.
   */
  callPositions: number[];
}

function nameMatches(pattern: SinkPathName, name: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return pattern.name === name;
    case 'any':
      return true;
    case 'oneOf':
      return pattern.names.includes(name);
    case 'anyDepth':
      return true;
  }
}

function formatConcrete(segments: readonly ConcreteSegment[]): string {
  return segments
    .map((segment, index) => {
      if (segment.kind === 'call') return '()';
      if (segment.kind === 'new') return `new ${segment.name}()`;
      return index === 0 ? segment.name : `.${segment.name}`;
    })
    .join('');
}

/** Matches a whole concrete path against a parsed pattern; `undefined` when it does not match. */
export function matchSinkPath(
  pattern: readonly SinkPathSegment[],
  actual: readonly ConcreteSegment[],
): SinkPathMatch | undefined {
  // Backtracking only happens at `**`, which catalog paths use sparingly; paths are a few segments long.
  const visit = (p: number, a: number, captures: string[], calls: number[]): SinkPathMatch | undefined => {
    if (p === pattern.length) return a === actual.length ? { captures, callPositions: calls } : undefined;
    const expected = pattern[p]!;
    if (expected.kind === 'member' && expected.name.kind === 'anyDepth') {
      for (let end = a; end <= actual.length; end++) {
        const found = visit(p + 1, end, [...captures, formatConcrete(actual.slice(a, end))], calls);
        if (found) return found;
      }
      return undefined;
    }
    const concrete = actual[a];
    if (!concrete || concrete.kind !== expected.kind) return undefined;
    if (expected.kind === 'call') return visit(p + 1, a + 1, captures, [...calls, a]);
    const name = (concrete as { name: string }).name;
    if (!nameMatches(expected.name, name)) return undefined;
    const nextCaptures = expected.name.kind === 'exact' ? captures : [...captures, name];
    const nextCalls = expected.kind === 'new' ? [...calls, a] : calls;
    return visit(p + 1, a + 1, nextCaptures, nextCalls);
  };
  return visit(0, 0, [], []);
}

// ---------------------------------------------------------------------------------------------
// Sink id templates
//
// `db/prisma/{1:pascal}`, `http/{host}`, `db/knex/{call.2.0}`, `db/typeorm/{typeArg.0|arg.0}`.
// A placeholder is one or more alternatives separated by `|`; the first that resolves wins.
// When none resolves, `{host}` becomes `*` (`http/*`) and any other placeholder drops the whole
// `/segment` that contains it (`db/typeorm/{typeArg.0}` → `db/typeorm`), per the id conventions.
// ---------------------------------------------------------------------------------------------

export type SinkIdCase = 'pascal' | 'lower';

export type SinkIdPlaceholder = (
  /** `{n}`: the n-th (1-based) wildcard capture of the matched path. */
  | { kind: 'capture'; index: number }
  /** `{host}`: host of the call's `url` argument. */
  | { kind: 'host' }
  /** `{arg.i}`: argument i of the sink call (string literal text, or the name of a class/table identifier). */
  | { kind: 'arg'; index: number }
  /** `{call.k.i}`: argument i of the pattern's k-th (1-based) call segment, e.g. `knex('users')`. */
  | { kind: 'callArg'; call: number; index: number }
  /** `{typeArg.i}`: type argument i of the receiver's declared type (`Repository<User>` → `User`). */
  | { kind: 'typeArg'; index: number }
  /**
   * `{receiver}`: the name of the expression the method is called on. Meant for static calls on a
   * class (`User.create` → `User`); on instances it would be a variable name, so catalogs avoid it there.
   */
  | { kind: 'receiver' }
) & { case?: SinkIdCase };

export type SinkIdPart = { kind: 'text'; text: string } | { kind: 'placeholder'; alternatives: SinkIdPlaceholder[] };

export class SinkIdTemplateError extends Error {
  constructor(
    readonly template: string,
    detail: string,
  ) {
    super(`Invalid sink id template "${template}": ${detail}`);
    this.name = 'SinkIdTemplateError';
  }
}

function parsePlaceholder(template: string, text: string): SinkIdPlaceholder {
  const [body = '', casing, ...rest] = text.split(':');
  if (rest.length > 0) throw new SinkIdTemplateError(template, `too many ':' in {${text}}`);
  if (casing !== undefined && casing !== 'pascal' && casing !== 'lower') {
    throw new SinkIdTemplateError(template, `unknown case '${casing}' in {${text}} (expected pascal or lower)`);
  }
  const withCase = <T extends object>(placeholder: T): T & { case?: SinkIdCase } =>
    casing === undefined ? placeholder : { ...placeholder, case: casing };
  let match: RegExpExecArray | null;
  if ((match = /^([1-9]\d*)$/.exec(body))) return withCase({ kind: 'capture', index: Number(match[1]) });
  if (body === 'host') return withCase({ kind: 'host' });
  if (body === 'receiver') return withCase({ kind: 'receiver' });
  if ((match = /^arg\.(\d+)$/.exec(body))) return withCase({ kind: 'arg', index: Number(match[1]) });
  if ((match = /^typeArg\.(\d+)$/.exec(body))) return withCase({ kind: 'typeArg', index: Number(match[1]) });
  if ((match = /^call\.([1-9]\d*)\.(\d+)$/.exec(body))) {
    return withCase({ kind: 'callArg', call: Number(match[1]), index: Number(match[2]) });
  }
  throw new SinkIdTemplateError(
    template,
    `unknown placeholder {${text}} (expected {n}, {host}, {arg.i}, {call.k.i}, {typeArg.i} or {receiver}, optionally ':pascal'/':lower')`,
  );
}

/** Parses an id template into literal text and placeholders. */
export function parseSinkIdTemplate(template: string): SinkIdPart[] {
  const parts: SinkIdPart[] = [];
  let offset = 0;
  while (offset < template.length) {
    const open = template.indexOf('{', offset);
    const close = template.indexOf('}', offset);
    if (close !== -1 && (open === -1 || close < open)) throw new SinkIdTemplateError(template, "unmatched '}'");
    if (open === -1) {
      parts.push({ kind: 'text', text: template.slice(offset) });
      break;
    }
    if (open > offset) parts.push({ kind: 'text', text: template.slice(offset, open) });
    if (close === -1) throw new SinkIdTemplateError(template, "unclosed '{'");
    const inner = template.slice(open + 1, close);
    if (inner.includes('{')) throw new SinkIdTemplateError(template, "nested '{'");
    parts.push({ kind: 'placeholder', alternatives: inner.split('|').map((text) => parsePlaceholder(template, text)) });
    offset = close + 1;
  }
  return parts;
}

/** True when the template has no placeholder (a fixed id). */
export function isFixedSinkId(template: string): boolean {
  return parseSinkIdTemplate(template).every((part) => part.kind === 'text');
}

/** `user` → `User`, `user_profile` / `user-profile` → `UserProfile`. */
export function toPascalCase(value: string): string {
  return value
    .split(/[_\-\s]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function applyCase(value: string, casing: SinkIdCase | undefined): string {
  if (casing === 'pascal') return toPascalCase(value);
  if (casing === 'lower') return value.toLowerCase();
  return value;
}

/**
 * Expands an id template. `resolve` returns the raw value of one placeholder alternative or
 * `undefined` when it is not known at analysis time (casing is applied here).
 */
export function expandSinkId(
  template: string,
  resolve: (placeholder: SinkIdPlaceholder) => string | undefined,
): string {
  const segments: string[] = [];
  let current = '';
  let currentUnresolved = false;
  const flush = (): void => {
    if (!currentUnresolved) segments.push(current);
    current = '';
    currentUnresolved = false;
  };
  for (const part of parseSinkIdTemplate(template)) {
    if (part.kind === 'text') {
      const pieces = part.text.split('/');
      current += pieces[0];
      for (const piece of pieces.slice(1)) {
        flush();
        current = piece;
      }
      continue;
    }
    let value: string | undefined;
    for (const alternative of part.alternatives) {
      const raw = resolve(alternative);
      if (raw !== undefined && raw !== '') {
        value = applyCase(raw, alternative.case);
        break;
      }
    }
    if (value === undefined && part.alternatives.some((alternative) => alternative.kind === 'host')) value = '*';
    if (value === undefined) currentUnresolved = true;
    else current += value;
  }
  flush();
  return segments.join('/');
}

/** The kind a sink id's first segment stands for (DESIGN "Sink id conventions"). */
export const SINK_ID_PREFIX_KINDS = {
  log: 'log',
  db: 'database',
  cache: 'cache',
  file: 'file',
  cookie: 'cookie',
  browser: 'browser-storage',
  'object-storage': 'object-storage',
  sdk: 'third-party',
  http: 'third-party',
} as const;

// ---------------------------------------------------------------------------------------------
// Argument selectors (`CallPattern.args` / `url`)
// ---------------------------------------------------------------------------------------------

export type ArgSelector =
  /** Argument `index`, or the value at `path` inside it (`0.data` → index 0, path [data]; `0.*` → every property). */
  | { kind: 'argument'; index: number; path: string[] }
  /** `this`: the receiver the method is called on (`new Model(data).save()` saves the receiver). */
  | { kind: 'receiver'; path: string[] };

export function parseArgSelector(selector: number | string): ArgSelector {
  if (typeof selector === 'number') {
    if (!Number.isInteger(selector) || selector < 0) throw new Error(`Invalid argument selector ${selector}: expected a non-negative integer`);
    return { kind: 'argument', index: selector, path: [] };
  }
  const [head = '', ...path] = selector.split('.');
  const badStep = path.find((step) => step !== '*' && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(step));
  if (badStep !== undefined) {
    throw new Error(`Invalid argument selector "${selector}": '${badStep}' is not a property name or '*'`);
  }
  if (head === 'this') return { kind: 'receiver', path };
  if (!/^\d+$/.test(head)) {
    throw new Error(`Invalid argument selector "${selector}": expected an argument index, 'this', or '<index>.<property>'`);
  }
  return { kind: 'argument', index: Number(head), path };
}

// ---------------------------------------------------------------------------------------------
// `when` values and recipient hosts
// ---------------------------------------------------------------------------------------------

/**
 * Whether a literal argument satisfies a `when` value: an exact string, or (as with name patterns in
 * the category catalog) a string between slashes, read as a case-insensitive RegExp
 * (`/^\s*(insert|update)\b/` picks SQL writes).
 */
export function matchesWhenValue(expected: string | readonly string[], literal: string): boolean {
  const options = typeof expected === 'string' ? [expected] : expected;
  return options.some((option) => {
    const regex = /^\/(.*)\/([a-z]*)$/s.exec(option);
    if (!regex) return option === literal;
    const flags = regex[2]!.includes('i') ? regex[2]! : `${regex[2]!}i`;
    return new RegExp(regex[1]!, flags).test(literal);
  });
}

/** `RecipientInfo.hosts` entries: an exact hostname, or `*.example.com` for any subdomain of it. */
export function hostMatchesPattern(pattern: string, host: string): boolean {
  const normalizedHost = host.toLowerCase();
  const normalizedPattern = pattern.toLowerCase();
  if (normalizedPattern.startsWith('*.')) return normalizedHost.endsWith(normalizedPattern.slice(1));
  return normalizedHost === normalizedPattern;
}

/**
 * Whether an import specifier is provided by a `modules:` entry. An entry matches itself only, not
 * its subpaths (`pino` does not match `pino/file`); `*` stands for one path segment and `**` for any
 * number (`@sentry/*` matches `@sentry/node`, `drizzle-orm/*` matches `drizzle-orm/node-postgres`).
 * A `node:` prefix is significant: list `fs` and `node:fs` both.
 */
export function moduleMatchesPattern(pattern: string, specifier: string): boolean {
  if (!pattern.includes('*')) return pattern === specifier;
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((piece) => (piece === '**' ? '.*' : piece === '*' ? '[^/]+' : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(specifier);
}

/** The exact names the last member segment of a path can have; undefined for a wildcard. */
export function lastMemberNames(segments: readonly SinkPathSegment[]): string[] | undefined {
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index]!;
    if (segment.kind === 'call') continue;
    if (segment.name.kind === 'exact') return [segment.name.name];
    if (segment.name.kind === 'oneOf') return segment.name.names;
    return undefined;
  }
  return undefined;
}
