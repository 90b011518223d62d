/**
 * What an expression refers to, syntactically: `pino().info` from module `pino`, a global
 * `console.log`, `new PrismaClient().user.create`. Works without `node_modules`: imports of
 * packages are matched by their specifier, project imports are followed to their declarations
 * (wrapper modules, barrels, re-exports, class fields, declared types).
 */
import type ts from 'typescript';
import type { ConcreteSegment } from '@lawful/core';
import { matchSinkPath } from '@lawful/core';
import type { AnalyzerCatalog } from './catalog.js';

export interface ValueRef {
  /** Import specifier of the package the value comes from; absent for globals. */
  module?: string;
  global?: boolean;
  segments: ConcreteSegment[];
  /** Per segment: the call or `new` expression for call/new segments (to read `{call.k.i}`). */
  nodes: (ts.Node | undefined)[];
  /** Type arguments of the declared type the value came from (`Repository<User>` → [User]). */
  typeArgs?: string[];
}

/** Utility types that name a value's reference through another (`ReturnType<typeof factory>`). */
const UTILITY_TYPES = new Set(['ReturnType', 'InstanceType', 'Awaited']);

/** Identifiers that stand for the global object, so `window.gtag` is `gtag`. */
const GLOBAL_OBJECT_NAMES = new Set(['window', 'globalThis', 'self']);

export function normalizeModule(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

/** Answers of `moduleMatches` per catalog module list (the lists are the catalog's own, long-lived arrays). */
const moduleMatchCache = new WeakMap<readonly string[], Map<string, boolean>>();

/** Module list entries are specifiers or `@scope/*` globs; `node:x` and `x` are the same module. */
export function moduleMatches(patterns: readonly string[] | undefined, specifier: string): boolean {
  if (!patterns) return false;
  // Asked for every catalog rule at every resolved call: remember the answer.
  let answers = moduleMatchCache.get(patterns);
  if (!answers) {
    answers = new Map();
    moduleMatchCache.set(patterns, answers);
  }
  let answer = answers.get(specifier);
  if (answer === undefined) {
    answer = computeModuleMatches(patterns, specifier);
    answers.set(specifier, answer);
  }
  return answer;
}

function computeModuleMatches(patterns: readonly string[], specifier: string): boolean {
  const normalized = normalizeModule(specifier);
  return patterns.some((pattern) => {
    const wanted = normalizeModule(pattern);
    if (!wanted.includes('*')) return wanted === normalized;
    const regex = new RegExp(
      `^${wanted
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`,
    );
    return regex.test(normalized);
  });
}

export interface ReferenceResolverOptions {
  ts: typeof ts;
  checker: ts.TypeChecker;
  catalog: AnalyzerCatalog;
  isProjectFile: (sourceFile: ts.SourceFile) => boolean;
}

export class ReferenceResolver {
  private readonly ts: typeof ts;
  private readonly checker: ts.TypeChecker;
  private readonly cache = new Map<ts.Node, ValueRef | null>();
  private readonly inProgress = new Set<ts.Node>();

  constructor(private readonly options: ReferenceResolverOptions) {
    this.ts = options.ts;
    this.checker = options.checker;
  }

  /** The reference of an expression, or undefined when it is project data rather than a library value. */
  resolve(expression: ts.Node): ValueRef | undefined {
    const cached = this.cache.get(expression);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(expression)) return undefined;
    this.inProgress.add(expression);
    let result: ValueRef | undefined;
    try {
      result = this.compute(expression);
    } finally {
      this.inProgress.delete(expression);
    }
    this.cache.set(expression, result ?? null);
    return result;
  }

  private compute(node: ts.Node): ValueRef | undefined {
    const t = this.ts;
    if (
      t.isParenthesizedExpression(node) ||
      t.isAsExpression(node) ||
      t.isNonNullExpression(node) ||
      t.isSatisfiesExpression(node) ||
      t.isTypeAssertionExpression(node) ||
      t.isAwaitExpression(node)
    ) {
      return this.resolve(node.expression);
    }
    if (t.isIdentifier(node)) return this.resolveIdentifier(node);
    if (t.isPropertyAccessExpression(node)) {
      return this.resolveMember(node, node.expression, node.name.text, node.name);
    }
    if (t.isElementAccessExpression(node)) {
      const argument = node.argumentExpression;
      if (t.isStringLiteralLike(argument)) return this.resolveMember(node, node.expression, argument.text, argument);
      return undefined;
    }
    if (t.isCallExpression(node)) {
      const callee = this.resolve(node.expression);
      if (callee) return this.loggerOfChildCall(callee) ?? append(callee, { kind: 'call' }, node);
      return this.resolveProjectCallResult(node);
    }
    // `module ? root.child({ module }) : root`, `custom ?? defaultLogger`: either branch's library value.
    if (t.isConditionalExpression(node)) return this.resolve(node.whenTrue) ?? this.resolve(node.whenFalse);
    if (t.isBinaryExpression(node) && (node.operatorToken.kind === t.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === t.SyntaxKind.BarBarToken)) {
      return this.resolve(node.left) ?? this.resolve(node.right);
    }
    if (t.isNewExpression(node)) {
      const callee = this.resolve(node.expression);
      if (!callee) return undefined;
      const last = callee.segments[callee.segments.length - 1];
      if (!last) return undefined;
      // `new (model('Invite'))(data)`: constructing a value a call returned (a Mongoose model, a
      // class a factory made) is a call of that value in the path grammar (`model()()`).
      if (last.kind !== 'member') return append(callee, { kind: 'call' }, node);
      // `new X()` only exists as a head in the path grammar; a deeper `new a.b.C()` keeps C as the head.
      return {
        ...callee,
        segments: [...callee.segments.slice(0, -1), { kind: 'new', name: last.name }],
        nodes: [...callee.nodes.slice(0, -1), node],
      };
    }
    return undefined;
  }

  /**
   * A child logger is its parent logger: `root.child({ module })` (pino, winston, bunyan, and any
   * catalog library whose `<logger>.child` is itself a log sink, since the child's bindings are
   * written on every line) resolves to `root`'s reference. So `log.info(…)`, `root.child().child().warn(…)`
   * and a wrapper's `export const log = root.child(…)` match the logger's own sink paths, at any depth.
   */
  private loggerOfChildCall(callee: ValueRef): ValueRef | undefined {
    const last = callee.segments[callee.segments.length - 1];
    if (!last || last.kind !== 'member' || last.name !== 'child' || callee.segments.length < 2) return undefined;
    for (const rule of this.options.catalog.sinks) {
      const kind = rule.rule.kind ?? (rule.rule.id.startsWith('log/') ? 'log' : undefined);
      if (kind !== 'log') continue;
      if (callee.global ? rule.rule.global !== true : !(callee.module !== undefined && moduleMatches(rule.rule.modules, callee.module))) continue;
      const matches = rule.calls.some(({ segments }) => matchSinkPath(segments, callee.segments) || (callee.module !== undefined && matchSinkPath(segments, alternateDefault(callee.segments))));
      if (matches) return { ...callee, segments: callee.segments.slice(0, -1), nodes: callee.nodes.slice(0, -1) };
    }
    return undefined;
  }

  private resolveMember(
    node: ts.Node,
    object: ts.Expression,
    name: string,
    nameNode: ts.Node,
  ): ValueRef | undefined {
    const t = this.ts;
    if (object.kind !== t.SyntaxKind.ThisKeyword) {
      const base = this.resolve(object);
      if (base) {
        if (base.global && base.segments.length === 1 && base.segments[0]!.kind === 'member' && GLOBAL_OBJECT_NAMES.has(base.segments[0]!.name)) {
          return { global: true, segments: [{ kind: 'member', name }], nodes: [node] };
        }
        return append(base, { kind: 'member', name }, node);
      }
    }
    // Project data: follow the property's declaration (class fields, interface members typed by a library).
    const symbol = this.checker.getSymbolAtLocation(nameNode);
    const declaration = symbol?.declarations?.find((candidate) => this.isInProject(candidate));
    if (declaration) return this.resolveDeclaration(declaration);
    return undefined;
  }

  private isInProject(node: ts.Node): boolean {
    return this.options.isProjectFile(node.getSourceFile());
  }

  private resolveIdentifier(identifier: ts.Identifier): ValueRef | undefined {
    const t = this.ts;
    const symbol = this.checker.getSymbolAtLocation(identifier);
    const global = (): ValueRef => ({ global: true, segments: [{ kind: 'member', name: identifier.text }], nodes: [identifier] });
    if (!symbol) return identifier.text === 'undefined' ? undefined : global();
    const declarations = symbol.declarations ?? [];
    if (declarations.length === 0) return global();
    if (declarations.every((declaration) => this.isAmbient(declaration))) return global();
    // A shorthand `{ logger }` refers to the variable, not the property.
    const first = declarations.find((declaration) => !this.isAmbient(declaration)) ?? declarations[0]!;
    if (t.isShorthandPropertyAssignment(first) && first.name === identifier) {
      const valueSymbol = this.checker.getShorthandAssignmentValueSymbol(first);
      const valueDeclaration = valueSymbol?.declarations?.[0];
      return valueDeclaration ? this.resolveDeclaration(valueDeclaration) : undefined;
    }
    return this.resolveDeclaration(first);
  }

  /** Declared only in `.d.ts` files, with `declare`, or in a `declare global` block: a runtime global. */
  private isAmbient(declaration: ts.Node): boolean {
    const t = this.ts;
    const sourceFile = declaration.getSourceFile();
    if (sourceFile.isDeclarationFile) return true;
    for (let node: ts.Node | undefined = declaration; node && !t.isSourceFile(node); node = node.parent) {
      if (t.canHaveModifiers(node) && t.getModifiers(node)?.some((modifier) => modifier.kind === t.SyntaxKind.DeclareKeyword)) return true;
      if (t.isInterfaceDeclaration(node)) return true;
    }
    return false;
  }

  /** The module a specifier names when it is a package (not a project file). */
  private externalModule(specifier: ts.Expression | undefined): string | undefined | 'project' {
    const t = this.ts;
    if (!specifier || !t.isStringLiteralLike(specifier)) return undefined;
    const moduleSymbol = this.checker.getSymbolAtLocation(specifier);
    const moduleDeclaration = moduleSymbol?.declarations?.[0];
    if (moduleDeclaration && t.isSourceFile(moduleDeclaration) && this.options.isProjectFile(moduleDeclaration)) return 'project';
    if (specifier.text.startsWith('.') || specifier.text.startsWith('/')) return undefined;
    return specifier.text;
  }

  /** Follows an import/export alias chain to a package export or a project declaration. */
  private resolveAlias(symbol: ts.Symbol, depth = 0): ValueRef | undefined {
    if (depth > 20) return undefined;
    const declaration = symbol.declarations?.[0];
    return declaration ? this.resolveDeclaration(declaration, depth + 1) : undefined;
  }

  private importRef(module: string, exportName: string | undefined, node: ts.Node): ValueRef {
    return {
      module,
      segments: exportName === undefined ? [] : [{ kind: 'member', name: exportName }],
      nodes: exportName === undefined ? [] : [node],
    };
  }

  /** The reference a declaration's value has. */
  resolveDeclaration(declaration: ts.Node, depth = 0): ValueRef | undefined {
    if (depth > 20) return undefined;
    const t = this.ts;
    if (t.isImportSpecifier(declaration) || t.isExportSpecifier(declaration)) {
      const moduleSpecifier = t.isImportSpecifier(declaration)
        ? declaration.parent.parent.parent.moduleSpecifier
        : declaration.parent.parent.moduleSpecifier;
      const exportName = (declaration.propertyName ?? declaration.name).text;
      if (moduleSpecifier) {
        const external = this.externalModule(moduleSpecifier);
        if (external === undefined) return undefined;
        if (external !== 'project') return this.importRef(external, exportName, declaration);
      }
      return this.followAliasOf(declaration, depth);
    }
    if (t.isImportClause(declaration)) {
      const external = this.externalModule(declaration.parent.moduleSpecifier);
      if (external === undefined) return undefined;
      if (external !== 'project') return this.importRef(external, 'default', declaration);
      return this.followAliasOf(declaration, depth);
    }
    if (t.isNamespaceImport(declaration) || t.isNamespaceExport(declaration)) {
      const moduleSpecifier = t.isNamespaceImport(declaration)
        ? declaration.parent.parent.moduleSpecifier
        : declaration.parent.moduleSpecifier;
      const external = this.externalModule(moduleSpecifier);
      if (typeof external === 'string' && external !== 'project') return this.importRef(external, undefined, declaration);
      return undefined;
    }
    if (t.isImportEqualsDeclaration(declaration)) {
      const reference = declaration.moduleReference;
      if (t.isExternalModuleReference(reference)) {
        const external = this.externalModule(reference.expression);
        if (typeof external === 'string' && external !== 'project') return this.importRef(external, undefined, declaration);
      }
      return undefined;
    }
    if (t.isVariableDeclaration(declaration)) {
      const initializer = declaration.initializer;
      if (initializer) {
        const required = this.requireRef(initializer);
        if (required !== undefined) return required ?? undefined;
        const fromValue = this.resolve(initializer);
        if (fromValue) return fromValue;
      }
      return declaration.type ? this.resolveTypeNode(declaration.type) : undefined;
    }
    if (t.isBindingElement(declaration)) return this.resolveBindingElement(declaration);
    if (t.isParameter(declaration)) return this.resolveParameter(declaration);
    if (t.isPropertyDeclaration(declaration)) {
      if (declaration.initializer) {
        const fromValue = this.resolve(declaration.initializer);
        if (fromValue) return fromValue;
      }
      return declaration.type ? this.withInjectedEntity(this.resolveTypeNode(declaration.type), declaration) : undefined;
    }
    if (t.isPropertySignature(declaration)) {
      return declaration.type ? this.resolveTypeNode(declaration.type) : undefined;
    }
    if (t.isPropertyAssignment(declaration)) return this.resolve(declaration.initializer);
    if (t.isShorthandPropertyAssignment(declaration)) {
      const valueSymbol = this.checker.getShorthandAssignmentValueSymbol(declaration);
      const valueDeclaration = valueSymbol?.declarations?.[0];
      return valueDeclaration ? this.resolveDeclaration(valueDeclaration, depth + 1) : undefined;
    }
    if (t.isExportAssignment(declaration)) return this.resolve(declaration.expression);
    if (t.isBinaryExpression(declaration)) return this.resolve(declaration.right);
    if (t.isPropertyAccessExpression(declaration) && t.isBinaryExpression(declaration.parent)) {
      // `module.exports.logger = pino()` / `exports.logger = …` in a CommonJS file.
      return this.resolve(declaration.parent.right);
    }
    return undefined;
  }

  private followAliasOf(declaration: ts.ImportSpecifier | ts.ExportSpecifier | ts.ImportClause, depth: number): ValueRef | undefined {
    const t = this.ts;
    const nameNode = declaration.name;
    if (!nameNode) return undefined;
    const symbol = this.checker.getSymbolAtLocation(nameNode);
    if (!symbol) return undefined;
    let target: ts.Symbol | undefined;
    if (t.isExportSpecifier(declaration) && !declaration.parent.parent.moduleSpecifier) {
      target = this.checker.getExportSpecifierLocalTargetSymbol(declaration);
    } else {
      target = this.checker.getImmediateAliasedSymbol(symbol);
    }
    if (!target || target === symbol) return undefined;
    // `export default` of an expression, or a CommonJS `module.exports =`.
    return this.resolveAlias(target, depth + 1);
  }

  /** `require('pino')` → module ref; `null` when it is a require that cannot be resolved; undefined when not a require. */
  private requireRef(initializer: ts.Expression): ValueRef | null | undefined {
    const t = this.ts;
    let call = initializer;
    while (t.isParenthesizedExpression(call) || t.isAwaitExpression(call)) call = call.expression;
    if (!t.isCallExpression(call) || !t.isIdentifier(call.expression) || call.arguments.length !== 1) return undefined;
    const name = call.expression.text;
    if (name !== 'require') return undefined;
    const argument = call.arguments[0]!;
    if (!t.isStringLiteralLike(argument)) return null;
    const external = this.externalModule(argument);
    if (typeof external === 'string' && external !== 'project') return this.importRef(external, undefined, call);
    if (external === 'project') {
      const moduleSymbol = this.checker.getSymbolAtLocation(argument);
      const exportEquals = moduleSymbol?.exports?.get('export=' as ts.__String);
      const declaration = exportEquals?.declarations?.[0];
      if (declaration) return this.resolveDeclaration(declaration) ?? null;
    }
    return null;
  }

  private resolveBindingElement(element: ts.BindingElement): ValueRef | undefined {
    const t = this.ts;
    const path: string[] = [];
    let current: ts.Node = element;
    while (t.isBindingElement(current)) {
      const pattern: ts.BindingPattern = current.parent;
      if (t.isObjectBindingPattern(pattern)) {
        const property = current.propertyName ?? current.name;
        if (!t.isIdentifier(property) && !t.isStringLiteral(property)) return undefined;
        path.unshift(property.text);
      } else {
        return undefined;
      }
      current = pattern.parent;
    }
    let base: ValueRef | undefined;
    if (t.isVariableDeclaration(current) && current.initializer) {
      const required = this.requireRef(current.initializer);
      base = required === undefined ? this.resolve(current.initializer) : (required ?? undefined);
    } else if (t.isParameter(current)) {
      base = this.resolveParameter(current);
    }
    if (!base) return undefined;
    let result = base;
    for (const name of path) result = append(result, { kind: 'member', name }, element);
    return result;
  }

  private resolveParameter(parameter: ts.ParameterDeclaration): ValueRef | undefined {
    if (parameter.type) return this.withInjectedEntity(this.resolveTypeNode(parameter.type), parameter);
    return this.resolveHandlerParameter(parameter);
  }

  /** `@InjectRepository(User) repo` / `@InjectModel(User.name) model`: the entity when the type has none. */
  private withInjectedEntity(ref: ValueRef | undefined, declaration: ts.Node): ValueRef | undefined {
    const t = this.ts;
    if (!ref || (ref.typeArgs && ref.typeArgs.length > 0)) return ref;
    const decorators = t.canHaveDecorators(declaration) ? (t.getDecorators(declaration) ?? []) : [];
    for (const decorator of decorators) {
      const call = decorator.expression;
      if (!t.isCallExpression(call) || !t.isIdentifier(call.expression)) continue;
      if (!/^Inject(Repository|Model)$/.test(call.expression.text)) continue;
      const argument = call.arguments[0];
      if (!argument) continue;
      if (t.isIdentifier(argument)) return { ...ref, typeArgs: [argument.text] };
      if (t.isPropertyAccessExpression(argument) && t.isIdentifier(argument.expression)) return { ...ref, typeArgs: [argument.expression.text] };
      if (t.isStringLiteralLike(argument)) return { ...ref, typeArgs: [argument.text] };
    }
    return ref;
  }

  /** `(req, res) => …` registered with `app.get(...)`: the framework's request/response types. */
  private resolveHandlerParameter(parameter: ts.ParameterDeclaration): ValueRef | undefined {
    const t = this.ts;
    const fn = parameter.parent;
    if (!t.isArrowFunction(fn) && !t.isFunctionExpression(fn)) return undefined;
    const call = fn.parent;
    if (!t.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return undefined;
    const index = fn.parameters.indexOf(parameter);
    if (index < 0) return undefined;
    const callee = this.resolve(call.expression);
    if (!callee?.module) return undefined;
    const path = callee.segments;
    for (const handler of this.options.catalog.handlers) {
      if (!moduleMatches(handler.rule.modules, callee.module)) continue;
      const typeName = handler.rule.params[index];
      if (!typeName) continue;
      if (handler.calls.some((pattern) => matchSinkPath(pattern, path) ?? matchSinkPath(pattern, alternateDefault(path)))) {
        return { module: callee.module, segments: [{ kind: 'new', name: typeName }], nodes: [parameter] };
      }
    }
    return undefined;
  }

  /** A declared type naming a package's class or interface: an instance of it (`new X()` in paths). */
  resolveTypeNode(typeNode: ts.TypeNode, depth = 0): ValueRef | undefined {
    const t = this.ts;
    if (depth > 10) return undefined;
    if (t.isUnionTypeNode(typeNode)) {
      for (const member of typeNode.types) {
        const ref = this.resolveTypeNode(member, depth + 1);
        if (ref) return ref;
      }
      return undefined;
    }
    if (t.isParenthesizedTypeNode(typeNode)) return this.resolveTypeNode(typeNode.type, depth + 1);
    // `typeof client`: the value's own reference.
    if (t.isTypeQueryNode(typeNode)) return this.resolveEntityName(typeNode.exprName);
    if (!t.isTypeReferenceNode(typeNode)) return undefined;
    const utility = this.resolveUtilityType(typeNode, depth);
    if (utility !== null) return utility;
    const typeArgs = (typeNode.typeArguments ?? []).map((argument) => typeNameText(t, argument)).filter((name): name is string => name !== undefined);
    const typeName = typeNode.typeName;
    let base: ValueRef | undefined;
    let name: string;
    if (t.isQualifiedName(typeName)) {
      name = typeName.right.text;
      const left = typeName.left;
      if (!t.isIdentifier(left)) return undefined;
      base = this.resolveTypeIdentifier(left);
      if (!base) return undefined;
      return { module: base.module, segments: [...base.segments.filter((segment) => !(segment.kind === 'member' && segment.name === 'default')), { kind: 'new', name }], nodes: [typeNode], typeArgs };
    }
    name = typeName.text;
    const symbol = this.checker.getSymbolAtLocation(typeName);
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return undefined;
    if (t.isImportSpecifier(declaration) || t.isImportClause(declaration)) {
      const moduleSpecifier = t.isImportSpecifier(declaration) ? declaration.parent.parent.parent.moduleSpecifier : declaration.parent.moduleSpecifier;
      const external = this.externalModule(moduleSpecifier);
      if (typeof external === 'string' && external !== 'project') {
        const exportName = t.isImportSpecifier(declaration) ? (declaration.propertyName ?? declaration.name).text : name;
        return { module: external, segments: [{ kind: 'new', name: exportName }], nodes: [typeNode], typeArgs };
      }
      if (external === 'project') {
        const target = this.checker.getAliasedSymbol(symbol!);
        const targetDeclaration = target.declarations?.[0];
        if (targetDeclaration && t.isTypeAliasDeclaration(targetDeclaration)) return this.resolveTypeNode(targetDeclaration.type, depth + 1);
      }
      return undefined;
    }
    if (t.isTypeAliasDeclaration(declaration) && this.isInProject(declaration)) return this.resolveTypeNode(declaration.type, depth + 1);
    // A runtime global type (`request: Request` in a route handler, `Storage`).
    if ((symbol?.declarations ?? []).every((candidate) => this.isAmbient(candidate))) {
      return { global: true, segments: [{ kind: 'new', name }], nodes: [typeNode], typeArgs };
    }
    return undefined;
  }

  /**
   * The standard utility types that say which value a type is (`ReturnType<typeof twilio>` is what
   * `twilio()` returns, `InstanceType<typeof S3Client>` a `new S3Client()`, `Awaited<T>` is T for
   * paths). `null` when the reference is not one of them (so the caller goes on).
   */
  private resolveUtilityType(typeNode: ts.TypeReferenceNode, depth: number): ValueRef | undefined | null {
    const t = this.ts;
    const typeName = typeNode.typeName;
    if (!t.isIdentifier(typeName) || !UTILITY_TYPES.has(typeName.text)) return null;
    const argument = typeNode.typeArguments?.[0];
    if (!argument || typeNode.typeArguments!.length !== 1) return null;
    // Only the lib's own utility types: a project type that happens to be called `ReturnType` is not.
    const symbol = this.checker.getSymbolAtLocation(typeName);
    if (!symbol || !(symbol.declarations ?? []).every((declaration) => this.isAmbient(declaration))) return null;
    const inner = this.resolveTypeNode(argument, depth + 1);
    if (!inner) return undefined;
    if (typeName.text === 'Awaited') return inner;
    if (typeName.text === 'ReturnType') return append(inner, { kind: 'call' }, typeNode);
    const last = inner.segments[inner.segments.length - 1];
    if (!last || last.kind !== 'member') return append(inner, { kind: 'call' }, typeNode);
    return { ...inner, segments: [...inner.segments.slice(0, -1), { kind: 'new', name: last.name }], nodes: [...inner.nodes.slice(0, -1), typeNode] };
  }

  /** `typeof a.b`: the reference of the value the entity name denotes. */
  private resolveEntityName(name: ts.EntityName): ValueRef | undefined {
    const t = this.ts;
    if (t.isIdentifier(name)) return this.resolveIdentifier(name);
    const base = this.resolveEntityName(name.left);
    return base ? append(base, { kind: 'member', name: name.right.text }, name.right) : undefined;
  }

  private resolveTypeIdentifier(identifier: ts.Identifier): ValueRef | undefined {
    const t = this.ts;
    const symbol = this.checker.getSymbolAtLocation(identifier);
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return undefined;
    if (t.isNamespaceImport(declaration) || t.isImportClause(declaration) || t.isImportSpecifier(declaration) || t.isImportEqualsDeclaration(declaration)) {
      return this.resolveDeclaration(declaration);
    }
    return undefined;
  }

  /** `getLogger()` defined in the project: what its returned expression refers to. */
  private resolveProjectCallResult(call: ts.CallExpression): ValueRef | undefined {
    const fn = this.projectFunctionOf(call.expression);
    if (!fn) return undefined;
    const t = this.ts;
    const body = fn.body;
    if (!body) return undefined;
    // A declared return type naming a library type says what the call is, whatever the body does.
    const declared = this.resolveDeclaredReturn(fn);
    if (declared) return declared;
    if (!t.isBlock(body)) return this.resolve(body);
    // The first return that is a library value (`if (!x) return undefined; return root.child(…)`).
    let found: ValueRef | undefined;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (t.isReturnStatement(node) && node.expression) {
        found = this.resolve(node.expression);
        return;
      }
      if (t.isFunctionLike(node)) return;
      t.forEachChild(node, visit);
    };
    t.forEachChild(body, visit);
    return found;
  }

  /** `function logger(): Logger` with `Logger` from a package: an instance of it. */
  private resolveDeclaredReturn(fn: ts.FunctionLikeDeclaration): ValueRef | undefined {
    return fn.type ? this.resolveTypeNode(fn.type) : undefined;
  }

  /** The project function (declaration, method, or function value) an expression calls. */
  projectFunctionOf(callee: ts.Expression): ts.FunctionLikeDeclaration | undefined {
    const t = this.ts;
    let expression = callee;
    while (t.isParenthesizedExpression(expression) || t.isNonNullExpression(expression)) expression = expression.expression;
    const nameNode = t.isPropertyAccessExpression(expression) ? expression.name : t.isIdentifier(expression) ? expression : undefined;
    if (!nameNode) return undefined;
    let symbol = this.checker.getSymbolAtLocation(nameNode);
    if (!symbol) return undefined;
    if (symbol.flags & t.SymbolFlags.Alias) {
      try {
        symbol = this.checker.getAliasedSymbol(symbol);
      } catch {
        return undefined;
      }
    }
    for (const declaration of symbol.declarations ?? []) {
      if (!this.isInProject(declaration)) continue;
      const fn = functionOfDeclaration(t, declaration);
      if (fn) return fn;
    }
    return undefined;
  }
}

/** A function-like value a declaration holds (`function f`, `const f = () => …`, method, `f: () => …`). */
export function functionOfDeclaration(t: typeof ts, declaration: ts.Node): ts.FunctionLikeDeclaration | undefined {
  if ((t.isFunctionDeclaration(declaration) || t.isMethodDeclaration(declaration) || t.isFunctionExpression(declaration) || t.isArrowFunction(declaration)) && declaration.body) {
    return declaration;
  }
  let initializer: ts.Expression | undefined;
  if (t.isVariableDeclaration(declaration) || t.isPropertyDeclaration(declaration) || t.isPropertyAssignment(declaration)) {
    initializer = declaration.initializer;
  }
  while (initializer && (t.isParenthesizedExpression(initializer) || t.isAsExpression(initializer) || t.isSatisfiesExpression(initializer))) {
    initializer = initializer.expression;
  }
  if (initializer && (t.isArrowFunction(initializer) || t.isFunctionExpression(initializer))) return initializer;
  return undefined;
}

function typeNameText(t: typeof ts, typeNode: ts.TypeNode): string | undefined {
  if (t.isTypeReferenceNode(typeNode)) {
    const name = typeNode.typeName;
    return t.isIdentifier(name) ? name.text : name.right.text;
  }
  return undefined;
}

function append(ref: ValueRef, segment: ConcreteSegment, node: ts.Node): ValueRef {
  return { ...ref, segments: [...ref.segments, segment], nodes: [...ref.nodes, node] };
}

/**
 * `import x from 'm'` and `import * as x from 'm'` are the same object for CommonJS packages
 * (esModuleInterop): a path may be written either way in the catalog.
 */
export function alternateDefault(segments: readonly ConcreteSegment[]): ConcreteSegment[] {
  const first = segments[0];
  if (first && first.kind === 'member' && first.name === 'default') return segments.slice(1);
  return [{ kind: 'member', name: 'default' }, ...segments];
}
