/**
 * A cheap syntactic pre-filter over the project's files, built once per engine without a single
 * type query. Type queries (`getSymbolAtLocation` on `a.b.c()`, which makes the checker type `a.b`)
 * are what a scan pays for, so a call is only resolved when its callee's NAME could lead to a sink:
 *
 * - a sink candidate: the callee's last name is the last member name of a catalog sink path
 *   (`info` for `pino().info`), or names a value built by a call the catalog treats as a sink
 *   (`const log = debug('app'); log(x)` for the path `debug()`);
 * - a summary candidate: the callee's name is the name of a project function that may reach a sink,
 *   directly or through other project functions (a fixpoint over names, below).
 *
 * Names are compared after following syntactic aliases of the calling file (`import { a as b }`,
 * `import x from` → `default`, `const { info: write } = logger`, `const send = client.track`), and
 * are over-approximations: two functions with the same name share their fate, which only costs
 * a resolution, never a flow. A callee with no name (`getLogger()(x)`, `fns[i](x)`) is always a candidate.
 */
import type ts from 'typescript';
import { lastMemberNames, type SinkPathSegment } from '@lawful/core';

/** What the catalog's sink paths require of a callee's and an assignment target's last name. */
export interface SinkNameRequirements {
  /** Last member names of call paths ending in a member; undefined when any name can match. */
  callNames: Set<string> | undefined;
  /** Names before trailing call segments of paths ending in a call (`{default,debug}()` → default, debug). */
  callValuedNames: Set<string>;
  /** Last member names of assignment paths (`document.cookie`); undefined when any name can match. */
  assignmentNames: Set<string> | undefined;
}

export function sinkNameRequirements(calls: SinkPathSegment[][], assignments: SinkPathSegment[][]): SinkNameRequirements {
  const callNames: Set<string> | undefined = new Set();
  const callValuedNames = new Set<string>();
  let anyCallName = false;
  for (const segments of calls) {
    const endsInCall = segments[segments.length - 1]?.kind === 'call';
    const names = lastMemberNames(segments);
    if (names === undefined) {
      anyCallName = true;
      continue;
    }
    for (const name of names) (endsInCall ? callValuedNames : callNames).add(name);
  }
  let assignmentNames: Set<string> | undefined = new Set();
  for (const segments of assignments) {
    const names = lastMemberNames(segments);
    if (names === undefined) {
      assignmentNames = undefined;
      break;
    }
    for (const name of names) assignmentNames.add(name);
  }
  return { callNames: anyCallName ? undefined : callNames, callValuedNames, assignmentNames };
}


interface NamedFunctionFacts {
  names: string[];
  /** Names (raw and de-aliased) of everything called anywhere in the body, nested closures included. */
  calledNames: Set<string>;
  /** A call or assignment in the body could match a catalog sink by name. */
  sinkish: boolean;
}

/** What one file contributes to the index (see the constructor). */
interface FileFacts {
  aliases: Map<string, string>;
  functions: NamedFunctionFacts[];
  callsByName: Map<string, ts.CallExpression[]>;
  sinkValuedNames: string[];
}

/** Per catalog (its name requirements) and source file. */
const fileFactsCache = new WeakMap<SinkNameRequirements, WeakMap<ts.SourceFile, FileFacts>>();

/** A named function being walked, inside the one around it. */
interface IndexedFunction {
  facts: NamedFunctionFacts;
  parent: IndexedFunction | undefined;
}

export class ProjectIndex {
  /** Per file: local name → the name it stands for (imports, destructuring, member aliases). */
  private readonly aliases = new Map<ts.SourceFile, Map<string, string>>();
  /** Names bound to the result of a call the catalog treats as a sink value (`debug('x')`). */
  private readonly sinkValuedNames = new Set<string>();
  /** Every file's facts, in the order of the files given. */
  private readonly fileFacts: FileFacts[] = [];
  /** All files' calls by callee name: merged on the first question (most lint passes never ask). */
  private callsByName: Map<string, ts.CallExpression[]> | undefined;
  private readonly reachNames = new Set<string>();

  constructor(
    private readonly t: typeof ts,
    files: readonly ts.SourceFile[],
    private readonly requirements: SinkNameRequirements,
  ) {
    // What one file contributes depends only on its text and the catalog's names, so it is kept per
    // source file: the editor builds a new program on every edit, and TypeScript hands it the same
    // SourceFile objects for the files that did not change. Only the edited file is walked again.
    let cache = fileFactsCache.get(requirements);
    if (!cache) {
      cache = new WeakMap();
      fileFactsCache.set(requirements, cache);
    }
    const functions: NamedFunctionFacts[] = [];
    for (const file of files) {
      let facts = cache.get(file);
      if (facts) this.aliases.set(file, facts.aliases);
      else {
        facts = this.indexFile(file);
        cache.set(file, facts);
      }
      this.fileFacts.push(facts);
      for (const name of facts.sinkValuedNames) this.sinkValuedNames.add(name);
      functions.push(...facts.functions);
    }
    this.computeReach(functions);
  }

  /** The names a callee can be known by in its file; undefined when it has none (always a candidate). */
  calleeNames(callee: ts.Expression, file?: ts.SourceFile): string[] | undefined {
    const t = this.t;
    let expression = callee;
    while (t.isParenthesizedExpression(expression) || t.isNonNullExpression(expression) || t.isAsExpression(expression)) expression = expression.expression;
    let name: string | undefined;
    if (t.isIdentifier(expression)) name = expression.text;
    else if (t.isPropertyAccessExpression(expression)) name = expression.name.text;
    else if (t.isElementAccessExpression(expression) && t.isStringLiteralLike(expression.argumentExpression)) name = expression.argumentExpression.text;
    if (name === undefined) return undefined;
    if (!t.isIdentifier(expression)) return [name];
    const alias = this.aliases.get(file ?? callee.getSourceFile())?.get(name);
    return alias !== undefined && alias !== name ? [name, alias] : [name];
  }

  /** The call could match a catalog sink: only then is its callee resolved against the catalog. */
  isSinkCandidate(call: ts.CallExpression): boolean {
    const names = this.calleeNames(call.expression);
    return names === undefined || this.isSinkishName(names);
  }

  /** The call could enter a project function whose summary reaches a sink. */
  mayReachSink(call: ts.CallExpression): boolean {
    const names = this.calleeNames(call.expression);
    return names === undefined || names.some((name) => this.reachNames.has(name));
  }

  /** The assignment target could match a catalog assignment sink (`document.cookie = …`). */
  isAssignmentCandidate(target: ts.Expression): boolean {
    const names = this.requirements.assignmentNames;
    if (!names) return true;
    const t = this.t;
    if (t.isPropertyAccessExpression(target)) return names.has(target.name.text);
    if (t.isElementAccessExpression(target)) return !t.isStringLiteralLike(target.argumentExpression) || names.has(target.argumentExpression.text);
    return false;
  }

  /** Calls whose callee has this name (raw or de-aliased): the candidates for a function's call sites. */
  callsNamed(name: string): readonly ts.CallExpression[] {
    if (!this.callsByName) {
      this.callsByName = new Map();
      for (const facts of this.fileFacts) {
        for (const [callee, calls] of facts.callsByName) {
          const list = this.callsByName.get(callee);
          if (list) list.push(...calls);
          else this.callsByName.set(callee, [...calls]);
        }
      }
    }
    return this.callsByName.get(name) ?? [];
  }

  private isSinkishName(names: string[]): boolean {
    const { callNames } = this.requirements;
    if (!callNames) return true;
    return names.some((name) => callNames.has(name) || this.sinkValuedNames.has(name));
  }

  /**
   * One walk of the file collects its aliases, its calls (with the innermost named function around
   * each) and its `name = call(…)` bindings; names are worked out after the walk, when every alias of
   * the file is known (an import may come after its first use).
   */
  private indexFile(file: ts.SourceFile): FileFacts {
    const t = this.t;
    const aliases = new Map<string, string>();
    this.aliases.set(file, aliases);
    const functions: NamedFunctionFacts[] = [];
    const callsByName = new Map<string, ts.CallExpression[]>();
    const sinkValuedNames: string[] = [];
    const calls: { call: ts.CallExpression; enclosing: IndexedFunction | undefined }[] = [];
    const bindings: { name: string; call: ts.CallExpression }[] = [];
    let innermost: IndexedFunction | undefined;
    const checkBindings = this.requirements.callValuedNames.size > 0;
    const kinds = nodeKindTable(t);
    const visit = (node: ts.Node): void => {
      const kind = kinds[node.kind]!;
      if (kind === SKIP) return;
      if (kind === PLAIN) {
        // Most nodes (identifiers, literals, blocks, member accesses) hold nothing to index themselves.
        t.forEachChild(node, visit);
        return;
      }
      collectAlias(t, node, aliases);
      let entered: IndexedFunction | undefined;
      if (isFunctionWithBody(t, node)) {
        const names = functionNames(t, node);
        if (names.length > 0) {
          const facts: NamedFunctionFacts = { names, calledNames: new Set(), sinkish: false };
          functions.push(facts);
          entered = { facts, parent: innermost };
        }
      }
      if (t.isCallExpression(node)) calls.push({ call: node, enclosing: entered ?? innermost });
      else if (t.isBinaryExpression(node) && node.operatorToken.kind === t.SyntaxKind.EqualsToken && this.isAssignmentCandidate(node.left)) {
        for (let open = entered ?? innermost; open; open = open.parent) open.facts.sinkish = true;
      }
      // `const log = debug('app')`, `this.log = debug('app')`, `log = createDebug('x')`: a sink-valued name.
      if (checkBindings) {
        const bound = boundCallValue(t, node);
        if (bound) bindings.push(bound);
      }
      if (entered) {
        const outer = innermost;
        innermost = entered;
        t.forEachChild(node, visit);
        innermost = outer;
      } else {
        t.forEachChild(node, visit);
      }
    };
    visit(file);

    for (const { call, enclosing } of calls) {
      const names = this.calleeNames(call.expression, file);
      for (const name of names ?? []) {
        const list = callsByName.get(name);
        if (list) list.push(call);
        else callsByName.set(name, [call]);
      }
      for (let open = enclosing; open; open = open.parent) {
        if (names === undefined) open.facts.sinkish = true;
        else for (const name of names) open.facts.calledNames.add(name);
      }
    }
    const callValued = this.requirements.callValuedNames;
    for (const bound of bindings) {
      const calleeNames = this.calleeNames(bound.call.expression, file);
      if (calleeNames === undefined || calleeNames.some((name) => callValued.has(name))) sinkValuedNames.push(bound.name);
    }
    return { aliases, functions, callsByName, sinkValuedNames };
  }

  /** Functions with a sink-ish call, then every function calling a reaching name, until nothing changes. */
  private computeReach(functions: NamedFunctionFacts[]): void {
    const callersOf = new Map<string, NamedFunctionFacts[]>();
    const queue: string[] = [];
    const reach = (names: string[]): void => {
      for (const name of names) {
        if (this.reachNames.has(name)) continue;
        this.reachNames.add(name);
        queue.push(name);
      }
    };
    for (const facts of functions) {
      if (facts.sinkish || this.isSinkishName([...facts.calledNames])) reach(facts.names);
      for (const name of facts.calledNames) {
        const list = callersOf.get(name);
        if (list) list.push(facts);
        else callersOf.set(name, [facts]);
      }
    }
    // `export { send as track }`: calling `track` is calling `send`.
    for (const [file, aliases] of this.aliases) {
      void file;
      for (const [alias, original] of aliases) {
        const pseudo: NamedFunctionFacts = { names: [alias], calledNames: new Set([original]), sinkish: false };
        const list = callersOf.get(original);
        if (list) list.push(pseudo);
        else callersOf.set(original, [pseudo]);
      }
    }
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      for (const caller of callersOf.get(name) ?? []) reach(caller.names);
    }
  }
}

const PLAIN = 0;
const INDEXED = 1;
const SKIP = 2;
const kindTables = new WeakMap<typeof ts, Uint8Array>();

/**
 * Per syntax kind: skipped (types hold no calls), indexed (may declare an alias, a function, a
 * call, an assignment or a binding), or plain. Deciding by a table lookup instead of a chain of
 * `isX` tests matters because the index walks every node of the project once, before the JIT warms up.
 */
function nodeKindTable(t: typeof ts): Uint8Array {
  let table = kindTables.get(t);
  if (table) return table;
  const k = t.SyntaxKind;
  table = new Uint8Array(k.Count);
  for (let kind = k.FirstTypeNode; kind <= k.LastTypeNode; kind++) table[kind] = SKIP;
  for (const kind of [k.ExpressionWithTypeArguments, k.InterfaceDeclaration, k.TypeAliasDeclaration]) table[kind] = SKIP;
  for (const kind of [
    k.ImportSpecifier,
    k.ExportSpecifier,
    k.ImportClause,
    k.BindingElement,
    k.VariableDeclaration,
    k.PropertyDeclaration,
    k.PropertyAssignment,
    k.FunctionDeclaration,
    k.FunctionExpression,
    k.ArrowFunction,
    k.MethodDeclaration,
    k.Constructor,
    k.GetAccessor,
    k.SetAccessor,
    k.CallExpression,
    k.BinaryExpression,
  ]) {
    table[kind] = INDEXED;
  }
  kindTables.set(t, table);
  return table;
}

/**
 * A function, method, constructor or accessor with a body: a context of its own. Asked of every node
 * the walks visit, so kinds are compared directly instead of through seven `isX` calls.
 */
export function isFunctionWithBody(t: typeof ts, node: ts.Node): node is ts.FunctionLikeDeclaration {
  const k = t.SyntaxKind;
  const kind = node.kind;
  return (
    (kind === k.FunctionDeclaration ||
      kind === k.FunctionExpression ||
      kind === k.ArrowFunction ||
      kind === k.MethodDeclaration ||
      kind === k.Constructor ||
      kind === k.GetAccessor ||
      kind === k.SetAccessor) &&
    (node as ts.FunctionLikeDeclaration).body !== undefined
  );
}

/** The names a function is called by: its own, its variable's or property's, `default` when default-exported. */
function functionNames(t: typeof ts, fn: ts.FunctionLikeDeclaration): string[] {
  const names: string[] = [];
  const nameText = (name: ts.Node | undefined): string | undefined =>
    name && (t.isIdentifier(name) || t.isStringLiteral(name) || t.isPrivateIdentifier(name) || t.isNumericLiteral(name)) ? name.text : undefined;
  const own = nameText(fn.name);
  if (own) names.push(own);
  let holder: ts.Node = fn.parent;
  while (holder && (t.isParenthesizedExpression(holder) || t.isAsExpression(holder) || t.isSatisfiesExpression(holder))) holder = holder.parent;
  if (holder && (t.isVariableDeclaration(holder) || t.isPropertyAssignment(holder) || t.isPropertyDeclaration(holder))) {
    const name = nameText(holder.name);
    if (name) names.push(name);
  }
  if (holder && t.isExportAssignment(holder)) names.push('default');
  if (t.isFunctionDeclaration(fn) && fn.modifiers?.some((modifier) => modifier.kind === t.SyntaxKind.DefaultKeyword)) names.push('default');
  return names;
}

/** Records the local name `node` declares as standing for another name of the file, if it does. */
function collectAlias(t: typeof ts, node: ts.Node, aliases: Map<string, string>): void {
  if (t.isImportSpecifier(node) && node.propertyName) aliases.set(node.name.text, node.propertyName.text);
  else if (t.isExportSpecifier(node) && node.propertyName) aliases.set(node.name.text, node.propertyName.text);
  else if (t.isImportClause(node) && node.name) aliases.set(node.name.text, 'default');
  else if (t.isBindingElement(node) && node.propertyName && t.isIdentifier(node.name) && (t.isIdentifier(node.propertyName) || t.isStringLiteral(node.propertyName))) {
    aliases.set(node.name.text, node.propertyName.text);
  } else if (t.isVariableDeclaration(node) && t.isIdentifier(node.name) && node.initializer) {
    let initializer = node.initializer;
    while (t.isParenthesizedExpression(initializer) || t.isAsExpression(initializer) || t.isNonNullExpression(initializer)) initializer = initializer.expression;
    // `const send = client.track` / `const send = track.bind(client)`.
    if (t.isCallExpression(initializer) && t.isPropertyAccessExpression(initializer.expression) && initializer.expression.name.text === 'bind') initializer = initializer.expression.expression;
    if (t.isPropertyAccessExpression(initializer)) aliases.set(node.name.text, initializer.name.text);
    else if (t.isIdentifier(initializer)) aliases.set(node.name.text, initializer.text);
  }
}

/** `name = call(…)` in a variable, property, or assignment (await and parentheses looked through). */
function boundCallValue(t: typeof ts, node: ts.Node): { name: string; call: ts.CallExpression } | undefined {
  let name: string | undefined;
  let value: ts.Expression | undefined;
  if ((t.isVariableDeclaration(node) || t.isPropertyDeclaration(node) || t.isPropertyAssignment(node)) && node.initializer && (t.isIdentifier(node.name) || t.isPrivateIdentifier(node.name))) {
    name = node.name.text;
    value = node.initializer;
  } else if (t.isBinaryExpression(node) && node.operatorToken.kind === t.SyntaxKind.EqualsToken) {
    const left = node.left;
    name = t.isIdentifier(left) ? left.text : t.isPropertyAccessExpression(left) ? left.name.text : undefined;
    value = node.right;
  }
  if (!name || !value) return undefined;
  while (t.isParenthesizedExpression(value) || t.isAwaitExpression(value) || t.isAsExpression(value) || t.isNonNullExpression(value)) value = value.expression;
  return t.isCallExpression(value) ? { name, call: value } : undefined;
}
