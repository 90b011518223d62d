/**
 * The declarative catalogs in `rules/` (DESIGN.md "Layout"): categories, sinks, sources, sanitizers.
 * Each is plain YAML data, validated by a JSON Schema in a test; adding a library is a YAML file.
 */
import type { SinkKind } from '../model.js';

/** One entry of `rules/categories/*.yaml`. */
export interface CategoryEntry {
  /** fideslang key, e.g. `user.contact.email`. */
  key: string;
  /** Our own short name, e.g. `Email address`. */
  name: string;
  description: string;
  /** Short aliases usable in annotations and config: `email` → `user.contact.email`. */
  aliases?: string[];
  /** Identifier-name patterns (see `NamePattern`) that suggest this category. */
  names?: NamePattern[];
  /** Identifier names that must NOT be taken as this category (`emailTemplate`, `ipfsHash`). */
  excludeNames?: NamePattern[];
  /** GDPR Art. 9 special category. */
  special?: boolean;
  /** Added by lawful where fideslang has no key (documented in docs/taxonomy.md). */
  lawfulExtension?: boolean;
  /**
   * Only on person-like objects: the name alone (`name`, `age`) is personal only when its owner is
   * a user/customer/member/... object or a type marked personal.
   */
  needsPersonContext?: boolean;
  /**
   * Names that suggest this category only with person context, while `names` match anywhere: a bare
   * `name` on a `user` object, or an identifier whose leading words are person-like (`customerName`).
   * With `needsPersonContext: true` every entry of `names` behaves like this too.
   */
  contextNames?: NamePattern[];
}

/**
 * A name pattern is matched against an identifier split into lower-case words
 * (`emailAddress` → `email address`, `IP_ADDR` → `ip addr`). A plain string matches when the
 * identifier's words equal or end with the pattern's words (`email` matches `userEmail`, `email`,
 * but not `emailTemplate`); a string between slashes is a case-insensitive RegExp on the raw name.
 */
export type NamePattern = string;

/** `rules/categories/*.yaml` file shape. */
export interface CategoryFile {
  categories: CategoryEntry[];
}

/**
 * `rules/sinks/<library>.yaml` file shape. See `rules/sinks/_template.yaml` for the documented format.
 */
export interface SinkFile {
  library: string;
  /** Docs URL of the library (for docs/catalog.md). */
  docs?: string;
  /** Recipient defaults for third-party SDKs (used by `lawful init` and transfer checks). */
  recipient?: RecipientInfo;
  sinks: SinkRule[];
}

export interface RecipientInfo {
  /** Recipient key, also the `sink.recipient` value (`segment`). */
  key: string;
  name: string;
  /** ISO 3166-1 alpha-2 country of the vendor's main processing. */
  country?: string;
  /** What the vendor does: analytics, error-tracking, email, payments, crm, ai, search, ... */
  category?: string;
  /**
   * The vendor's API hostnames, so a plain `fetch('https://api.segment.io/v1/track')` maps to this
   * recipient: exact hostnames, or `*.example.com` for any subdomain (see `hostMatchesPattern`).
   */
  hosts?: string[];
}

export interface SinkRule {
  /**
   * Sink id or template: `log/pino`, `db/prisma/{1:pascal}` (`{n}` = n-th wildcard capture of the
   * matched path, optional `:pascal`/`:lower` case), `http/{host}` (host of the URL argument).
   */
  id: string;
  kind: SinkKind;
  /** Recipient key for third-party sinks (`{host}` for http sinks). */
  recipient?: string;
  /**
   * Import specifiers that provide this sink (`pino`, `@segment/analytics-node`). A module matches
   * itself and its subpaths only when listed (`@sentry/*` globs allowed). Omit for true globals.
   */
  modules?: string[];
  /** For true globals (`console`, `localStorage`, `document`, `fetch`, `navigator`, snippet globals). */
  global?: boolean;
  /**
   * Callee path patterns, relative to the module's exports (or the global):
   *
   *     path     := head segment*
   *     head     := name                 an export name (`default` for the default export / `import x from`)
   *               | 'new ' name '()'     an instance made by `new X()`, or a value whose declared type is X
   *     segment  := '.' name | '()'      property access, call result
   *     name     := identifier | '*' (any one name) | '{' identifier (',' identifier)* '}' | '**' (zero or more segments)
   *
   * Examples: `default().{info,warn,error}` (pino), `new PrismaClient().*.{create,update,upsert}`,
   * `setUser` (`import * as Sentry` then `Sentry.setUser`), `console.{log,info,warn,error,debug}`.
   * A namespace import and named imports are equivalent: `ns.setUser` ≡ `import { setUser }`.
   */
  calls?: CallPattern[];
  /** Assignment targets that are sinks: `document.cookie` (global), `dataLayer` push is a call. */
  assignments?: string[];
}

export interface CallPattern {
  path: string;
  /**
   * Which arguments carry data: `all`; a list of indexes; or property paths into an argument
   * (`0.data` = the `data` property of the first argument; `0.*` = every property of it).
   * Default `all`.
   */
  args?: 'all' | (number | string)[];
  /** Argument (index or property path) holding the URL, for `http/{host}` sinks. */
  url?: number | string;
  /** Only when this argument (index → literal) matches, e.g. `Intercom('boot', data)`: `{ 0: boot }`. */
  when?: Record<string, string | string[]>;
}

/** `rules/sanitizers/*.yaml`: functions whose result carries no category. */
export interface SanitizerFile {
  sanitizers: SanitizerRule[];
}

export interface SanitizerRule {
  /** Global or member function (`encodeURIComponent` is NOT one; `bcrypt.hash` is). */
  path: string;
  modules?: string[];
  global?: boolean;
  description?: string;
}

/** The resolved taxonomy: built-in catalog plus a config's `taxonomy.extend`. */
export interface TaxonomyLike {
  /** Resolves a key or alias (`email`) to a key (`user.contact.email`); undefined when unknown. */
  resolve(keyOrAlias: string): string | undefined;
  /** Every known key, sorted. */
  keys(): string[];
  get(key: string): CategoryEntry | undefined;
  /** True when `ancestor` is `key` or one of its parents (`user.contact` covers `user.contact.email`). */
  covers(ancestor: string, key: string): boolean;
  /** True for GDPR Art. 9 special categories (inherited from parents). */
  isSpecial(key: string): boolean;
}
