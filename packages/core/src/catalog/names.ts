/**
 * Name heuristics (DESIGN.md "Sources", rule 6): which identifiers suggest which category.
 * This runs on every identifier, parameter, property access and object-literal key of a program,
 * so patterns are compiled once, indexed by their last word, and results are memoised per name.
 */
import type { CategoryEntry, NamePattern, TaxonomyLike } from './types.js';

export interface NameMatch {
  category: string;
  /** The catalog or config pattern that matched, as written. */
  pattern: string;
}

export interface NameMatchContext {
  /** The identifier is a property of a person-like object (`user.name`) or of a type marked personal. */
  personLike: boolean;
}

export interface NameMatcherOptions {
  /** Config `detect.names`: category key (or alias) → extra names for it. */
  extraNames?: Record<string, string[]>;
  /** Config `detect.ignoreNames`: names that are never personal (same pattern syntax). */
  ignoreNames?: string[];
}

export interface NameMatcher {
  match(identifier: string, context?: NameMatchContext): NameMatch | undefined;
}

/**
 * Splits an identifier into lower-case words: `emailAddress` → `email address`, `IP_ADDR` → `ip addr`,
 * `x-forwarded-for` → `x forwarded for`, `IPAddress` → `ip address`, `ipv4` → `ipv 4`.
 */
export function splitIdentifierWords(identifier: string): string[] {
  const words: string[] = [];
  for (const chunk of identifier.split(/[^A-Za-z0-9]+/)) {
    for (const token of chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []) {
      words.push(token.toLowerCase());
    }
  }
  return words;
}

/** Crude English singular, enough for identifier words (`emails`, `addresses`, `histories`). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * Leading words that make an identifier a flag, a count, a function or a stand-in rather than the
 * value itself: `isEmail`, `hasPhone`, `numEmails`, `sendEmail`, `defaultAvatar`, `maskedEmail`.
 * Applied only when the pattern matched a suffix; a pattern written in full (`hashedPassword`) wins.
 */
const NON_VALUE_LEADING_WORDS = new Set([
  'is', 'are', 'has', 'have', 'had', 'should', 'can', 'could', 'will', 'would', 'was', 'were', 'did', 'does',
  'do', 'allow', 'allows', 'enable', 'enabled', 'disable', 'disabled', 'show', 'hide', 'need', 'needs', 'must',
  'validate', 'verify', 'check', 'num', 'number', 'count', 'total', 'max', 'min', 'send', 'on', 'handle',
  'render', 'default', 'placeholder', 'mock', 'fake', 'sample', 'example', 'dummy', 'hashed', 'hash',
  'encrypted', 'encrypt', 'masked', 'mask', 'redacted', 'redact', 'anonymized', 'anonymised', 'obfuscated',
  'format', 'parse', 'include', 'require', 'required', 'missing', 'invalid',
]);

/** Nouns for people; plural and singular forms both count. */
const PERSON_NOUNS = new Set([
  'user', 'customer', 'member', 'contact', 'employee', 'patient', 'person', 'people', 'profile', 'account',
  'subscriber', 'visitor', 'buyer', 'shopper', 'recipient', 'applicant', 'student', 'pupil', 'teacher', 'guest',
  'author', 'attendee', 'participant', 'candidate', 'lead', 'prospect', 'passenger', 'rider', 'traveler',
  'traveller', 'cardholder', 'beneficiary', 'donor', 'volunteer', 'staff', 'admin', 'owner', 'creator', 'parent',
  'child', 'children', 'kid', 'spouse', 'guardian', 'citizen', 'resident', 'voter', 'respondent', 'friend',
  'follower', 'reviewer', 'commenter', 'learner', 'doctor', 'nurse', 'physician', 'clinician', 'caregiver',
  'individual', 'human', 'player', 'athlete', 'landlord', 'renter', 'borrower', 'debtor', 'payer', 'payee',
  'sender', 'worker', 'contractor', 'freelancer', 'signer', 'signatory', 'invitee', 'inviter', 'assignee',
  'requester', 'requestor', 'me', 'whoami', 'consignee', 'addressee', 'policyholder', 'insured', 'claimant',
  'lodger',
]);

/**
 * Qualifiers that turn a person noun into something technical: `dbUser` and `rootUser` are database
 * roles, `serviceAccount` and `botUser` are machines, `testUser` and `mockCustomer` are fixtures.
 */
const NON_PERSON_QUALIFIERS = new Set([
  'db', 'database', 'sql', 'mysql', 'postgres', 'pg', 'mongo', 'redis', 'smtp', 'ftp', 'system', 'service',
  'root', 'bot', 'default', 'test', 'mock', 'fake', 'dummy', 'sample', 'example',
]);

/** Trailing words of containers that hold a person (`userData`, `customerDto`, `patientRecord`). */
const CONTAINER_WORDS = new Set([
  'data', 'info', 'details', 'dto', 'entity', 'model', 'record', 'row', 'doc', 'document', 'obj', 'object',
  'payload', 'input', 'props', 'attrs', 'attributes', 'fields', 'form', 'json', 'snapshot', 'item', 'entry',
]);

function isPersonWord(word: string): boolean {
  return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(singular(word));
}

/**
 * True for names of person-like objects: `user`, `users`, `currentUser`, `newCustomer`, `patientRecord`,
 * `UserDto`, `me`. False for `userId`, `userService`, `userAgent`, `httpClient`, `userCount`, `dbUser`.
 */
export function isPersonLikeName(name: string): boolean {
  const words = splitIdentifierWords(name);
  while (words.length > 1 && CONTAINER_WORDS.has(words[words.length - 1] as string)) words.pop();
  const head = words[words.length - 1];
  if (head === undefined || !isPersonWord(head)) return false;
  const qualifier = words[words.length - 2];
  return qualifier === undefined || !NON_PERSON_QUALIFIERS.has(qualifier);
}

interface CompiledPattern {
  category: string;
  source: string;
  /** Word form of a plain pattern; undefined for a RegExp pattern. */
  words?: readonly string[];
  regex?: RegExp;
  /** Matches only with person context (owner, or a person-like leading word). */
  needsPersonContext: boolean;
  /** Depth of the category key: the deeper (more specific) category wins a tie. */
  depth: number;
}

interface ExcludeSet {
  plain: (readonly string[])[];
  regexes: RegExp[];
}

function compileRegex(pattern: string): RegExp | undefined {
  if (pattern.length < 3 || !pattern.startsWith('/') || !pattern.endsWith('/')) return undefined;
  return new RegExp(pattern.slice(1, -1), 'i');
}

/** Throws when a pattern cannot be used (empty words, bad RegExp): catalog tests call this on every pattern. */
export function compileNamePattern(pattern: NamePattern): { words: readonly string[] } | { regex: RegExp } {
  const regex = compileRegex(pattern);
  if (regex) return { regex };
  const words = splitIdentifierWords(pattern);
  if (words.length === 0) throw new Error(`name pattern "${pattern}" has no words`);
  return { words };
}

/** True when `identifierWords` equal `patternWords` or end with them; the last word may be plural. */
function endsWithWords(identifierWords: readonly string[], patternWords: readonly string[]): boolean {
  const offset = identifierWords.length - patternWords.length;
  if (offset < 0) return false;
  for (let index = 0; index < patternWords.length; index++) {
    const actual = identifierWords[offset + index] as string;
    const expected = patternWords[index] as string;
    if (actual === expected) continue;
    if (index === patternWords.length - 1 && singular(actual) === expected) continue;
    return false;
  }
  return true;
}

function matchesExcludes(excludes: ExcludeSet | undefined, wordVariants: readonly (readonly string[])[], raw: string): boolean {
  if (!excludes) return false;
  if (excludes.regexes.some((regex) => regex.test(raw))) return true;
  return excludes.plain.some((patternWords) => wordVariants.some((words) => endsWithWords(words, patternWords)));
}

function addToExcludes(target: ExcludeSet, pattern: string): void {
  const compiled = compileNamePattern(pattern);
  if ('regex' in compiled) target.regexes.push(compiled.regex);
  else target.plain.push(compiled.words);
}

interface Candidate {
  pattern: CompiledPattern;
  matchedWords: number;
  exact: boolean;
}

/** Higher is better: more matched words, then exact over suffix, then context-free, deeper key, longer source. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.matchedWords - a.matchedWords ||
    Number(b.exact) - Number(a.exact) ||
    Number(a.pattern.needsPersonContext) - Number(b.pattern.needsPersonContext) ||
    b.pattern.depth - a.pattern.depth ||
    b.pattern.source.length - a.pattern.source.length ||
    a.pattern.category.localeCompare(b.pattern.category) ||
    a.pattern.source.localeCompare(b.pattern.source)
  );
}

/**
 * Builds the matcher for a taxonomy (built-in plus `taxonomy.extend`) and a config's `detect` options.
 *
 * Semantics: the identifier is split into words; a plain pattern matches when its words equal the
 * identifier's words or are a suffix of them (`email` matches `userEmail`, not `emailTemplate`), the
 * last word may be plural. A category's `excludeNames` and the config's `ignoreNames` win over any
 * match. `contextNames` (and all names of a `needsPersonContext` entry) match only as the whole
 * identifier on a person-like owner, or after person-like leading words (`customerName`). Identifiers
 * that start with flag/count/verb words (`isEmail`, `numEmails`, `sendEmail`) match only patterns
 * written in full. The most specific match wins: most words, then exact, then the deeper category.
 */
export function createNameMatcher(taxonomy: TaxonomyLike, options: NameMatcherOptions = {}): NameMatcher {
  const patternsByLastWord = new Map<string, CompiledPattern[]>();
  const regexPatterns: CompiledPattern[] = [];
  const excludesByCategory = new Map<string, ExcludeSet>();
  const globalIgnores: ExcludeSet = { plain: [], regexes: [] };

  const addPattern = (entry: CategoryEntry, source: string, needsPersonContext: boolean): void => {
    const compiled = compileNamePattern(source);
    const pattern: CompiledPattern = {
      category: entry.key,
      source,
      needsPersonContext,
      depth: entry.key.split('.').length,
      ...compiled,
    };
    if (pattern.regex) {
      regexPatterns.push(pattern);
      return;
    }
    const lastWord = (pattern.words as readonly string[])[pattern.words!.length - 1] as string;
    const bucket = patternsByLastWord.get(lastWord);
    if (bucket) bucket.push(pattern);
    else patternsByLastWord.set(lastWord, [pattern]);
  };

  for (const key of taxonomy.keys()) {
    const entry = taxonomy.get(key);
    if (!entry) continue;
    const everyNameNeedsContext = entry.needsPersonContext === true;
    for (const source of entry.names ?? []) addPattern(entry, source, everyNameNeedsContext);
    for (const source of entry.contextNames ?? []) addPattern(entry, source, true);
    if (entry.excludeNames?.length) {
      const excludes: ExcludeSet = { plain: [], regexes: [] };
      for (const source of entry.excludeNames) addToExcludes(excludes, source);
      excludesByCategory.set(key, excludes);
    }
  }
  for (const [categoryOrAlias, names] of Object.entries(options.extraNames ?? {})) {
    const key = taxonomy.resolve(categoryOrAlias);
    const entry = key === undefined ? undefined : taxonomy.get(key);
    // An unknown category here is reported by config validation (`unknown-category`); matching skips it.
    if (!entry) continue;
    for (const source of names) addPattern(entry, source, false);
  }
  for (const source of options.ignoreNames ?? []) addToExcludes(globalIgnores, source);

  const memo = new Map<string, NameMatch | null>();

  const computeMatch = (identifier: string, personLike: boolean): NameMatch | undefined => {
    const words = splitIdentifierWords(identifier);
    if (words.length === 0) return undefined;
    const wordVariants: string[][] = [words];
    // `address2`, `addressLine1`: a trailing number does not change what the value is.
    let trimmedLength = words.length;
    while (trimmedLength > 1 && /^[0-9]+$/.test(words[trimmedLength - 1] as string)) trimmedLength--;
    if (trimmedLength < words.length) wordVariants.push(words.slice(0, trimmedLength));
    if (matchesExcludes(globalIgnores, wordVariants, identifier)) return undefined;

    const candidates: Candidate[] = [];
    for (const variant of wordVariants) {
      const last = variant[variant.length - 1] as string;
      const lastForms = singular(last) === last ? [last] : [last, singular(last)];
      for (const form of lastForms) {
        for (const pattern of patternsByLastWord.get(form) ?? []) {
          const patternWords = pattern.words as readonly string[];
          if (!endsWithWords(variant, patternWords)) continue;
          const exact = patternWords.length === variant.length;
          const leadingWords = variant.slice(0, variant.length - patternWords.length);
          if (!exact && NON_VALUE_LEADING_WORDS.has(leadingWords[0] as string)) continue;
          if (pattern.needsPersonContext) {
            // Person context is the owner (`user.name`) or the word right before the pattern (`customerName`).
            const hasContext = exact ? personLike : isPersonWord(leadingWords[leadingWords.length - 1] as string);
            if (!hasContext) continue;
          }
          candidates.push({ pattern, matchedWords: patternWords.length, exact });
        }
      }
    }
    for (const pattern of regexPatterns) {
      if (pattern.regex!.test(identifier) && (!pattern.needsPersonContext || personLike)) {
        candidates.push({ pattern, matchedWords: 1, exact: false });
      }
    }
    candidates.sort(compareCandidates);
    for (const candidate of candidates) {
      if (matchesExcludes(excludesByCategory.get(candidate.pattern.category), wordVariants, identifier)) continue;
      return { category: candidate.pattern.category, pattern: candidate.pattern.source };
    }
    return undefined;
  };

  return {
    match(identifier, context) {
      const personLike = context?.personLike === true;
      const memoKey = personLike ? `p:${identifier}` : `-:${identifier}`;
      const cached = memo.get(memoKey);
      if (cached !== undefined) return cached ?? undefined;
      const result = computeMatch(identifier, personLike);
      memo.set(memoKey, result ?? null);
      return result;
    },
  };
}
