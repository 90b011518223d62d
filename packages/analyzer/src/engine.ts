/**
 * The flow engine: follows personal data from its sources to sinks through one program.
 *
 * Evaluation is demand-driven: only the data of sink calls (and of calls to project functions
 * that reach sinks) is evaluated. Every function gets a summary, computed once: which of its
 * parameters reach which sink (and where), and what its return value carries. A parameter's data is
 * symbolic inside its function (`ParamTaint`) and becomes concrete at call sites, so a wrapper such
 * as `track(user)` reports the flow where the caller passes personal data (the wrapper rule).
 */
import type ts from 'typescript';
import type { Confidence, Flow, SinkKind, SinkRef, SourceLocation, TraceStep, ConcreteSegment, SinkIdPlaceholder } from '@lawful/core';
import { compareFlows, compareStrings, lastMemberNames, isPersonLikeName, splitIdentifierWords, expandSinkId, matchSinkPath, matchesWhenValue, parseArgSelector, SINK_ID_PREFIX_KINDS } from '@lawful/core';
import type { AnalyzerCatalog, CompiledSinkRule } from './catalog.js';
import type { Mark } from './marks.js';
import { MarkReader } from './marks.js';
import type { PrismaModel } from './prisma.js';
import { prismaModelByClientProperty } from './prisma.js';
import type { ValueRef } from './references.js';
import { alternateDefault, moduleMatches, ReferenceResolver } from './references.js';
import { classifyUrlHost, constantStringPrefix } from './urls.js';
import type { SinkNameRequirements } from './prefilter.js';
import { ProjectIndex, isFunctionWithBody, sinkNameRequirements } from './prefilter.js';

/** Concrete personal data of one category. `field`: where it sits inside the value (`{ email }` → [email]). */
interface Label {
  kind: 'label';
  category: string;
  confidence: Confidence;
  trace: TraceStep[];
  field: string[];
}

/** Data of the enclosing function's parameter `param` at `path`, known only at call sites. */
interface ParamTaint {
  kind: 'param';
  param: number;
  path: string[];
  trace: TraceStep[];
  field: string[];
}

type Taint = Label | ParamTaint;

type Context = ts.SignatureDeclaration | ts.SourceFile;

/** A sink reached from a parameter inside a function: reported at its callers. */
interface SummarySink {
  param: number;
  path: string[];
  sink: SinkRef;
  /** From the parameter down to (and including) the inner sink call. */
  trace: TraceStep[];
  guards: string[];
}


interface ContextAnalysis {
  /** Concrete flows whose sink call (or outermost wrapper call) is in this context. */
  flows: Flow[];
  sinks: SummarySink[];
  /** For a file's own context: its outermost functions with bodies, each a context of its own, in order. */
  functions: Context[];
}

interface DataItem {
  expression: ts.Expression;
  path: string[];
}

interface SinkMatch {
  sink: SinkRef;
  data: DataItem[];
  /** Entity/model written to, for field marks of storage writes. */
  target?: string;
  /**
   * The record type the library value was made with (`model<InviteRecord>(…)`, `new Schema<T>()`),
   * for writes of values whose own type is unknown (no `node_modules`: a fetched document is `any`).
   */
  recordType?: ts.Type;
}

export interface EngineOptions {
  ts: typeof ts;
  program: ts.Program;
  catalog: AnalyzerCatalog;
  rootDir: string;
  heuristics: boolean;
  sanitizers: string[];
  guards: string[];
  isFileIncluded: (fileName: string) => boolean;
  prismaModels: Map<string, PrismaModel>;
}

/**
 * Internal identifiers (`userId`, `customerId`) are how careful code avoids sending personal data:
 * a name alone does not make them a flow. An explicit `@personal user.unique_id` mark still does.
 */
const HEURISTIC_SILENT_CATEGORIES = ['user.unique_id'];
const DERIVED_PROPERTIES = new Set(['length', 'size', 'byteLength']);
/** Methods whose result keeps the receiver's data. */
const RECEIVER_METHODS = new Set([
  'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'slice',
  'substring', 'substr', 'split', 'replace', 'replaceAll', 'padStart', 'padEnd', 'normalize', 'at', 'charAt',
  'toString', 'valueOf', 'toJSON', 'filter', 'find', 'findLast', 'sort', 'reverse', 'flat', 'concat', 'join',
  'entries', 'values', 'keys', 'repeat', 'toSorted', 'toReversed', 'with', 'catch', 'finally',
]);
/** Methods whose callback parameter receives the receiver's elements. */
const ELEMENT_CALLBACK_METHODS = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'findIndex', 'some', 'every', 'reduce', 'reduceRight', 'then', 'sort']);
/** Methods whose result is derived (boolean, index, count). */
const DERIVED_METHODS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'test', 'some', 'every', 'has', 'localeCompare', 'charCodeAt', 'codePointAt', 'findIndex', 'search', 'match', 'isArray']);
/** Global functions returning (part of) their arguments' data. */
const PROPAGATING_GLOBALS = new Map<string, 'all' | 'first'>([
  ['JSON.stringify', 'first'], ['String', 'first'], ['Object.assign', 'all'], ['Object.values', 'first'], ['Object.entries', 'first'],
  ['Array.from', 'first'], ['Array.of', 'all'], ['Buffer.from', 'first'], ['structuredClone', 'first'], ['encodeURIComponent', 'first'],
  ['encodeURI', 'first'], ['Object.freeze', 'first'], ['btoa', 'first'], ['escape', 'first'], ['Promise.resolve', 'first'], ['Promise.all', 'first'],
]);

export class FlowEngine {
  private readonly t: typeof ts;
  private readonly checker: ts.TypeChecker;
  private readonly resolver: ReferenceResolver;
  private readonly marks: MarkReader;
  private readonly taintCache = new Map<ts.Node, Map<Context, Taint[]>>();
  private readonly returnSummaries = new Map<ts.Node, Taint[]>();
  private readonly returnsInProgress = new Set<ts.Node>();
  private readonly contextAnalyses = new Map<Context, ContextAnalysis>();
  private readonly sinkMatchCache = new Map<ts.Node, SinkMatch[]>();
  private readonly typeFieldCache = new Map<ts.Type, Label[]>();
  private readonly paramOwnCache = new Map<ts.Node, Label[]>();
  private readonly fieldTaintCache = new Map<ts.Node, Label[]>();
  private readonly assignmentIndex = new Map<ts.SourceFile, Map<ts.Symbol, ts.Expression[]>>();
  private readonly callSiteCache = new Map<ts.Node, ts.CallExpression[]>();
  private readonly callerGuardCache = new Map<ts.Node, string[]>();
  private readonly projectFileCache = new Map<ts.SourceFile, boolean>();
  /** The files whose computation is under way (innermost last), for dependency attribution. */
  private readonly owners: ts.SourceFile[] = [];
  private readonly dependencies = new Map<ts.SourceFile, Set<ts.SourceFile>>();
  private projectIndex: ProjectIndex | undefined;
  private readonly nameRequirements: SinkNameRequirements;
  private readonly activityCache = new Map<ts.SourceFile, string | null>();
  private readonly guardNames: Set<string>;
  private readonly sanitizerNames: Set<string>;
  private readonly sanitizerExports: { module: string; name: string }[];
  private readonly sourceNameFilter: Set<string>;
  private readonly classesByName = new Map<string, ts.ClassLikeDeclaration | ts.InterfaceDeclaration>();
  private classesIndexed = false;

  constructor(private readonly options: EngineOptions) {
    this.t = options.ts;
    this.checker = options.program.getTypeChecker();
    this.resolver = new ReferenceResolver({
      ts: options.ts,
      checker: this.checker,
      catalog: options.catalog,
      isProjectFile: (sourceFile) => this.isProjectFile(sourceFile),
    });
    this.marks = new MarkReader(options.ts, this.checker, options.catalog.taxonomy);
    this.guardNames = new Set(options.guards.map((guard) => guard.split('#').pop()!).filter((name) => name.length > 0));
    this.sanitizerNames = new Set();
    this.sanitizerExports = [];
    for (const sanitizer of options.sanitizers) {
      const hash = sanitizer.indexOf('#');
      if (hash < 0) this.sanitizerNames.add(sanitizer);
      else this.sanitizerExports.push({ module: sanitizer.slice(0, hash), name: sanitizer.slice(hash + 1) });
    }
    for (const compiled of options.catalog.sanitizers) {
      // A `global` sanitizer with a plain name is known by that name wherever it is defined.
      if (compiled.rule.global && compiled.segments.length === 1) {
        const last = compiled.segments[compiled.segments.length - 1];
        if (last && last.kind === 'member' && last.name.kind === 'exact') this.sanitizerNames.add(last.name.name);
      }
    }
    this.nameRequirements = nameRequirementsOf(options.catalog);
    this.sourceNameFilter = new Set();
    for (const source of options.catalog.sources) {
      for (const read of source.reads) {
        const header = read.read.header;
        if (header) for (const name of typeof header === 'string' ? [header] : header) this.sourceNameFilter.add(name.toLowerCase());
        const names = lastMemberNames(read.segments);
        for (const name of names ?? []) this.sourceNameFilter.add(name.toLowerCase());
      }
    }
  }

  isProjectFile(sourceFile: ts.SourceFile): boolean {
    const included = this.isIncludedFile(sourceFile);
    // Every declaration the engine looks at passes here: what the file being analysed depends on.
    if (included) this.noteDependency(sourceFile);
    return included;
  }

  /** The include test without recording a dependency (whole-program indexes). */
  private isIncludedFile(sourceFile: ts.SourceFile): boolean {
    // Asked for every declaration the engine meets; the caller's predicate may resolve paths.
    let included = this.projectFileCache.get(sourceFile);
    if (included === undefined) {
      included = this.options.isFileIncluded(sourceFile.fileName);
      this.projectFileCache.set(sourceFile, included);
    }
    return included;
  }

  /**
   * Records that the computation under way (a context's analysis or a function's returns, each
   * computed once) used `sourceFile`. Attributed to the file owning that computation, so a summary
   * computed while analysing another file still counts for its own file.
   */
  private noteDependency(sourceFile: ts.SourceFile): void {
    const owner = this.owners[this.owners.length - 1];
    if (!owner || owner === sourceFile) return;
    let files = this.dependencies.get(owner);
    if (!files) {
      files = new Set();
      this.dependencies.set(owner, files);
    }
    files.add(sourceFile);
  }

  /** Project files the analysis of `sourceFile` used, plus the project files its imports resolve to. */
  dependenciesOf(sourceFile: ts.SourceFile): string[] {
    this.flowsOfFile(sourceFile);
    const t = this.t;
    const files = new Set<string>();
    for (const used of this.dependencies.get(sourceFile) ?? []) files.add(used.fileName);
    // Imports count even when nothing was asked of them yet: adding a mark or a sink there changes this file.
    const visit = (node: ts.Node): void => {
      const specifier =
        (t.isImportDeclaration(node) || t.isExportDeclaration(node)) && node.moduleSpecifier
          ? node.moduleSpecifier
          : t.isImportEqualsDeclaration(node) && t.isExternalModuleReference(node.moduleReference)
            ? node.moduleReference.expression
            : t.isCallExpression(node) && (node.expression.kind === t.SyntaxKind.ImportKeyword || (t.isIdentifier(node.expression) && node.expression.text === 'require'))
              ? node.arguments[0]
              : undefined;
      if (specifier && t.isStringLiteralLike(specifier)) {
        const target = this.checker.getSymbolAtLocation(specifier)?.valueDeclaration;
        if (target && t.isSourceFile(target) && target !== sourceFile && this.isIncludedFile(target)) files.add(target.fileName);
      }
      t.forEachChild(node, visit);
    };
    visit(sourceFile);
    files.delete(sourceFile.fileName);
    return [...files].sort(compareStrings);
  }

  /**
   * What other files' analysis can observe of `sourceFile`, as canonical text: declarations without
   * function bodies (types, interfaces, classes and their members with JSDoc and decorators, module
   * variables with their initialisers, imports and re-exports), and the summary of every function
   * (parameter → sink with trace and guards, what it returns). Traces carry locations, which callers'
   * flows repeat, so an edit that moves a summarised step changes it; an edit that does not is invisible.
   */
  interfaceText(sourceFile: ts.SourceFile): string {
    const t = this.t;
    const parts: string[] = [];
    const withoutBodies = (node: ts.Node): string => {
      // Function bodies are replaced by their summaries below; everything else is kept verbatim.
      const bodies: ts.Node[] = [];
      const collect = (child: ts.Node): void => {
        if (isFunctionWithBody(t, child)) {
          bodies.push(child.body!);
          return;
        }
        t.forEachChild(child, collect);
      };
      collect(node);
      const text = sourceFile.text;
      let out = '';
      let position = node.getStart(sourceFile, true);
      for (const body of bodies.sort((a, b) => a.pos - b.pos)) {
        out += text.slice(position, body.getStart(sourceFile)) + '{…}';
        position = body.end;
      }
      return out + text.slice(position, node.end);
    };
    for (const statement of sourceFile.statements) parts.push(`decl ${withoutBodies(statement).replace(/\s+/g, ' ').trim()}`);
    const functions: ts.FunctionLikeDeclaration[] = [];
    const visit = (node: ts.Node): void => {
      if (isFunctionWithBody(t, node)) functions.push(node);
      t.forEachChild(node, visit);
    };
    visit(sourceFile);
    const stepText = (step: TraceStep): string => `${step.file}:${step.line}:${step.column} ${step.note}`;
    const taintText = (taint: Taint): string =>
      taint.kind === 'label'
        ? `label ${taint.category} ${taint.confidence} [${taint.field.join('.')}] ${taint.trace.map(stepText).join(' > ')}`
        : `param ${taint.param} ${taint.path.join('.')} [${taint.field.join('.')}] ${taint.trace.map(stepText).join(' > ')}`;
    const ordinals = new Map<string, number>();
    for (const fn of functions) {
      // Named by name and rank among same-named functions, not by position: moving code is not a change.
      const name = functionDisplayName(t, fn);
      const ordinal = ordinals.get(name) ?? 0;
      ordinals.set(name, ordinal + 1);
      const header = `fn ${name}#${ordinal}`;
      const sinks = this.sinksOf(fn).map(
        (sink) => `${header} sink ${sink.param} ${sink.path.join('.')} ${sink.sink.id} ${sink.sink.kind} ${sink.sink.recipient ?? ''} guards=${sink.guards.join(',')} ${sink.trace.map(stepText).join(' > ')}`,
      );
      const returns = this.returnsOf(fn).map((taint) => `${header} returns ${taintText(taint)}`);
      parts.push(...[...sinks, ...returns].sort(compareStrings));
    }
    return parts.join('\n');
  }

  /** The syntactic pre-filter over every project file, built on first use (no type queries). */
  private get index(): ProjectIndex {
    if (!this.projectIndex) {
      const files = this.options.program.getSourceFiles().filter((sourceFile) => this.isIncludedFile(sourceFile));
      this.projectIndex = new ProjectIndex(this.t, files, this.nameRequirements);
    }
    return this.projectIndex;
  }

  // ---------------------------------------------------------------------------------------------
  // Files and contexts
  // ---------------------------------------------------------------------------------------------

  /** Flows whose reported call is in this file, sorted and deduplicated. */
  flowsOfFile(sourceFile: ts.SourceFile): Flow[] {
    const own = this.analyzeContext(sourceFile);
    const flows: Flow[] = [...own.flows];
    for (const context of own.functions) flows.push(...this.analyzeContext(context).flows);
    return dedupeFlows(flows);
  }

  private analyzeContext(context: Context): ContextAnalysis {
    const cached = this.contextAnalyses.get(context);
    if (cached) return cached;
    const t = this.t;
    const { CallExpression, BinaryExpression, EqualsToken } = t.SyntaxKind;
    const analysis: ContextAnalysis = { flows: [], sinks: [], functions: [] };
    this.contextAnalyses.set(context, analysis);
    const isFile = t.isSourceFile(context);
    // Runs on every node of the project: kinds are compared inline rather than through `isX` calls.
    const visit = (node: ts.Node): void => {
      const kind = node.kind;
      if (kind === CallExpression) this.analyzeCall(node as ts.CallExpression, context, analysis);
      else if (kind === BinaryExpression && (node as ts.BinaryExpression).operatorToken.kind === EqualsToken) this.analyzeAssignment(node as ts.BinaryExpression, context, analysis);
      else if (isFile && isFunctionWithBody(t, node)) {
        // A function in the file is a context of its own (analysed by `flowsOfFile`, or as a callee).
        analysis.functions.push(node);
        return;
      }
      t.forEachChild(node, visit);
    };
    this.owners.push(isFile ? context : context.getSourceFile());
    try {
      if (isFile) t.forEachChild(context, visit);
      else if ((context as ts.FunctionLikeDeclaration).body) visit((context as ts.FunctionLikeDeclaration).body!);
    } finally {
      this.owners.pop();
    }
    analysis.sinks = dedupeSummarySinks(analysis.sinks);
    return analysis;
  }

  private analyzeCall(call: ts.CallExpression, context: Context, analysis: ContextAnalysis): void {
    const index = this.index;
    if (index.isSinkCandidate(call)) for (const match of this.sinkMatchesOfCall(call)) {
      const sinkStep = this.step(call, `${sinkVerb(match.sink.kind)} ${match.sink.id}`);
      for (const item of match.data) {
        const taints = this.sinkDataTaints(item, context, match);
        this.recordTaints(taints, call, match.sink, [sinkStep], [], context, analysis);
      }
    }
    if (!index.mayReachSink(call)) return;
    const callee = this.resolver.projectFunctionOf(call.expression);
    if (!callee) return;
    const sinks = this.sinksOf(callee);
    if (sinks.length === 0) return;
    const calleeName = functionDisplayName(this.t, callee);
    for (const inner of sinks) {
      const argument = argumentForParameter(call, inner.param);
      if (!argument) continue;
      const passStep = this.step(argument, `passed to ${calleeName}() as ${parameterName(this.t, callee, inner.param)}`);
      const taints = this.sinkDataTaints({ expression: argument, path: inner.path }, context, undefined);
      this.recordTaints(taints, call, inner.sink, [passStep, ...inner.trace], inner.guards, context, analysis);
    }
  }

  private analyzeAssignment(assignment: ts.BinaryExpression, context: Context, analysis: ContextAnalysis): void {
    const t = this.t;
    const target = assignment.left;
    if (!t.isPropertyAccessExpression(target) && !t.isElementAccessExpression(target)) return;
    if (!this.index.isAssignmentCandidate(target)) return;
    const ref = this.resolver.resolve(target);
    if (!ref) return;
    for (const rule of this.options.catalog.sinks) {
      if (rule.assignments.length === 0 || !this.ruleAppliesTo(rule, ref)) continue;
      if (!rule.assignments.some((pattern) => matchSinkPath(pattern, ref.segments))) continue;
      const sink = this.sinkRefOf(rule, () => undefined);
      const sinkStep = this.step(assignment, `${sinkVerb(sink.kind)} ${sink.id}`);
      const taints = this.sinkDataTaints({ expression: assignment.right, path: [] }, context, undefined);
      this.recordTaints(taints, assignment, sink, [sinkStep], [], context, analysis);
    }
  }

  /** Concrete taints become flows at `reportNode`; parameter taints go into the context's summary. */
  private recordTaints(taints: Taint[], reportNode: ts.Node, sink: SinkRef, tail: TraceStep[], innerGuards: string[], context: Context, analysis: ContextAnalysis): void {
    if (taints.length === 0) return;
    const t = this.t;
    for (const taint of taints) {
      if (taint.kind === 'label') {
        const guards = uniqueSorted([...innerGuards, ...this.guardsAt(reportNode)]);
        const activity = this.activityAt(reportNode);
        const flow: Flow = {
          category: taint.category,
          confidence: taint.confidence,
          sink,
          location: this.location(reportNode),
          trace: [...taint.trace, ...tail],
          ...(activity ? { activity } : {}),
          ...(this.guardNames.size > 0 ? { guards } : {}),
        };
        analysis.flows.push(flow);
      } else if (!t.isSourceFile(context)) {
        analysis.sinks.push({
          param: taint.param,
          path: taint.path,
          sink,
          trace: [...taint.trace, ...tail],
          guards: uniqueSorted([...innerGuards, ...this.localGuardsAt(reportNode)]),
        });
      }
    }
  }

  /** Which parameters of `fn` reach which sinks: its context analysis, computed once. */
  private sinksOf(fn: ts.FunctionLikeDeclaration): SummarySink[] {
    this.noteDependency(fn.getSourceFile());
    return this.analyzeContext(fn as Context).sinks;
  }

  /**
   * What `fn` returns (labels, and parameter data by path), computed once and only when a call's
   * value is evaluated: most calls are never asked for their result.
   */
  private returnsOf(fn: ts.FunctionLikeDeclaration): Taint[] {
    this.noteDependency(fn.getSourceFile());
    const cached = this.returnSummaries.get(fn);
    if (cached) return cached;
    if (this.returnsInProgress.has(fn)) return [];
    this.returnsInProgress.add(fn);
    this.owners.push(fn.getSourceFile());
    try {
      const returns: Taint[] = [];
      const t = this.t;
      const body = fn.body;
      if (body && !t.isBlock(body)) returns.push(...this.evaluate(body, fn as Context));
      else if (body) {
        const visit = (node: ts.Node): void => {
          if (t.isReturnStatement(node) && node.expression) returns.push(...this.evaluate(node.expression, fn as Context));
          if (isFunctionWithBody(t, node)) return;
          t.forEachChild(node, visit);
        };
        t.forEachChild(body, visit);
      }
      const result = dedupeTaints(returns);
      this.returnSummaries.set(fn, result);
      return result;
    } finally {
      this.returnsInProgress.delete(fn);
      this.owners.pop();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sinks
  // ---------------------------------------------------------------------------------------------

  private ruleAppliesTo(rule: CompiledSinkRule, ref: ValueRef): boolean {
    if (ref.global) return rule.rule.global === true;
    return ref.module !== undefined && moduleMatches(rule.rule.modules, ref.module);
  }

  sinkMatchesOfCall(call: ts.CallExpression): SinkMatch[] {
    const cached = this.sinkMatchCache.get(call);
    if (cached) return cached;
    const matches: SinkMatch[] = [];
    this.sinkMatchCache.set(call, matches);
    const t = this.t;
    const callee = call.expression;
    if (!this.index.isSinkCandidate(call)) return matches;
    const calleeRef = this.resolver.resolve(callee);
    if (!calleeRef) return matches;
    // Catalog paths describe the callee (`pino().info`), not the call's result.
    const segments: ConcreteSegment[] = calleeRef.segments;
    const nodes = calleeRef.nodes;
    const seen = new Set<string>();
    for (const rule of this.options.catalog.sinks) {
      if (!this.ruleAppliesTo(rule, calleeRef)) continue;
      for (const { pattern, segments: patternSegments } of rule.calls) {
        let matched = matchSinkPath(patternSegments, segments);
        let matchedNodes = nodes;
        if (!matched && calleeRef.module) {
          const alternate = alternateDefault(segments);
          matched = matchSinkPath(patternSegments, alternate);
          matchedNodes = alternate.length > segments.length ? [undefined, ...nodes] : nodes.slice(1);
        }
        if (!matched) continue;
        if (pattern.when && !this.whenHolds(call, pattern.when)) continue;
        let host: string | undefined;
        if (pattern.url !== undefined) {
          const urlExpression = this.selectArgumentExpression(call, pattern.url);
          const classified = urlExpression ? classifyUrlHost(this.t, urlExpression, this.checker) : { kind: 'unknown' as const };
          if (classified.kind === 'internal') continue;
          host = classified.kind === 'host' ? classified.host : undefined;
        }
        const captures = matched.captures;
        const callPositions = matched.callPositions;
        const resolvePlaceholder = (placeholder: SinkIdPlaceholder): string | undefined => {
          switch (placeholder.kind) {
            case 'capture':
              return captures[placeholder.index - 1];
            case 'host':
              return host;
            case 'arg':
              return this.nameOfArgument(call.arguments[placeholder.index]);
            case 'callArg': {
              const position = callPositions[placeholder.call - 1];
              const node = position === undefined ? undefined : matchedNodes[position];
              if (!node || (!t.isCallExpression(node) && !t.isNewExpression(node))) return undefined;
              return this.nameOfArgument(node.arguments?.[placeholder.index]);
            }
            case 'typeArg':
              return calleeRef.typeArgs?.[placeholder.index];
            case 'receiver': {
              if (!t.isPropertyAccessExpression(callee)) return undefined;
              const receiver = callee.expression;
              return t.isIdentifier(receiver) ? receiver.text : t.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
            }
          }
        };
        const sink = this.sinkRefOf(rule, resolvePlaceholder);
        const data = this.dataItemsOf(call, pattern.args);
        const key = `${sink.id}|${JSON.stringify(pattern.args ?? 'all')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const target = sink.id.split('/')[2];
        const recordType = sink.kind === 'database' ? this.recordTypeOfNodes(nodes) : undefined;
        matches.push({ sink, data, ...(target && sink.kind === 'database' ? { target } : {}), ...(recordType ? { recordType } : {}) });
      }
    }
    return matches;
  }

  private sinkRefOf(rule: CompiledSinkRule, resolve: (placeholder: SinkIdPlaceholder) => string | undefined): SinkRef {
    const id = expandSinkId(rule.rule.id, resolve);
    const prefix = id.split('/')[0] as keyof typeof SINK_ID_PREFIX_KINDS;
    const kind: SinkKind = rule.rule.kind ?? SINK_ID_PREFIX_KINDS[prefix];
    let recipient = rule.rule.recipient;
    if (recipient && recipient.includes('{')) recipient = expandSinkId(recipient, resolve);
    if (!recipient && id.startsWith('http/')) recipient = id.slice(5);
    if (!recipient && rule.file.recipient && kind === 'third-party') recipient = rule.file.recipient.key;
    return { id, kind, ...(recipient ? { recipient } : {}) };
  }

  private nameOfArgument(argument: ts.Expression | undefined): string | undefined {
    const t = this.t;
    if (!argument) return undefined;
    if (t.isStringLiteralLike(argument)) return argument.text;
    if (t.isIdentifier(argument)) {
      const constant = constantStringPrefix(t, argument, this.checker);
      if (constant && constant.complete) return constant.text;
      return argument.text;
    }
    if (t.isPropertyAccessExpression(argument) && argument.name.text === 'name' && t.isIdentifier(argument.expression)) return argument.expression.text;
    return undefined;
  }

  private whenHolds(call: ts.CallExpression, when: Record<string, string | string[]>): boolean {
    for (const [selector, expected] of Object.entries(when)) {
      const expression = this.selectArgumentExpression(call, /^\d+$/.test(selector) ? Number(selector) : selector);
      if (!expression) return false;
      const constant = constantStringPrefix(this.t, expression, this.checker);
      if (!constant || !constant.complete || !matchesWhenValue(expected, constant.text)) return false;
    }
    return true;
  }

  /** The expression an argument selector (`1`, `0.url`) points at, when it is written out. */
  private selectArgumentExpression(call: ts.CallExpression, selector: number | string): ts.Expression | undefined {
    let parsed;
    try {
      parsed = parseArgSelector(selector);
    } catch {
      return undefined;
    }
    if (parsed.kind !== 'argument') return undefined;
    let expression: ts.Expression | undefined = call.arguments[parsed.index];
    for (const name of parsed.path) {
      if (!expression) return undefined;
      expression = propertyValueOfObjectLiteral(this.t, expression, name);
    }
    return expression;
  }

  private dataItemsOf(call: ts.CallExpression, args: 'all' | (number | string)[] | undefined): DataItem[] {
    const t = this.t;
    if (args === undefined || args === 'all') return call.arguments.map((expression) => ({ expression, path: [] }));
    const items: DataItem[] = [];
    for (const selector of args) {
      let parsed;
      try {
        parsed = parseArgSelector(selector);
      } catch {
        continue;
      }
      const path = parsed.path.filter((step) => step !== '*');
      if (parsed.kind === 'receiver') {
        if (t.isPropertyAccessExpression(call.expression)) items.push({ expression: call.expression.expression, path });
        continue;
      }
      const argument = call.arguments[parsed.index];
      if (!argument) continue;
      items.push({ expression: argument, path });
    }
    return items;
  }

  /** Everything personal in a piece of data sent to a sink: its taints, its type's fields, and marked target fields. */
  private sinkDataTaints(item: DataItem, context: Context, match: SinkMatch | undefined): Taint[] {
    const selected = this.selectPath(item.expression, item.path, context);
    const taints = [...selected.taints];
    if (selected.expression) {
      taints.push(...this.typeFieldLabels(selected.expression, context, 0));
      if (match?.target) taints.push(...this.targetFieldLabels(match.target, selected.expression, taints));
      if (match?.recordType && taints.length === 0) taints.push(...this.recordFieldLabels(match.recordType, selected.expression));
    }
    return taints;
  }

  /**
   * A value of unknown type written to a model made with a record type (`invite.save()` on a fetched
   * document, `User.insertMany(rows)` with `rows: any`) writes every personal field of that record
   * (DESIGN: saving an object whose type has personal fields writes every one of them).
   */
  private recordFieldLabels(recordType: ts.Type, expression: ts.Expression): Label[] {
    const t = this.t;
    let inner = expression;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isNonNullExpression(inner)) inner = inner.expression;
    if (t.isObjectLiteralExpression(inner) || t.isArrayLiteralExpression(inner) || (this.isNotData(inner) && !t.isNewExpression(inner))) return [];
    if (t.isIdentifier(inner) && this.isDerivedOrConstantIdentifier(inner)) return [];
    const type = this.checker.getTypeAtLocation(inner);
    if (!(type.flags & (t.TypeFlags.Any | t.TypeFlags.Unknown)) && !isErrorLikeType(this.checker, type)) return [];
    return this.typeFieldLabelsOfType(recordType, inner, 0);
  }

  /**
   * The record type a library value was made with, from the explicit type argument nearest to it in
   * its reference chain: `model<InviteRecord>('Invite', schema)`, `doc: HydratedDocument<User>`, or
   * a generic schema passed to the factory (`model('Invite', inviteSchema)` with
   * `inviteSchema = new Schema<InviteRecord>(…)`). Syntactic, so it works without the library's types.
   */
  private recordTypeOfNodes(nodes: readonly (ts.Node | undefined)[]): ts.Type | undefined {
    const t = this.t;
    for (let index = nodes.length - 1; index >= 0; index--) {
      const node = nodes[index];
      if (!node) continue;
      if (t.isTypeReferenceNode(node) || t.isCallExpression(node) || t.isNewExpression(node)) {
        const typeArgument = node.typeArguments?.[0];
        if (typeArgument) return this.projectRecordType(typeArgument);
      }
      if (t.isCallExpression(node) || t.isNewExpression(node)) {
        for (const argument of node.arguments ?? []) {
          const typeArgument = this.genericConstructionTypeArgument(argument);
          if (typeArgument) return this.projectRecordType(typeArgument);
        }
      }
    }
    return undefined;
  }

  /** `new Schema<T>(…)` written in place or held by a `const`: its first type argument. */
  private genericConstructionTypeArgument(argument: ts.Expression): ts.TypeNode | undefined {
    const t = this.t;
    let value: ts.Expression | undefined = argument;
    if (t.isIdentifier(value)) {
      const declaration = this.checker.getSymbolAtLocation(value)?.valueDeclaration;
      value = declaration && t.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    }
    return value && t.isNewExpression(value) ? value.typeArguments?.[0] : undefined;
  }

  /** A record type declared in the project (a library's own generic arguments say nothing personal). */
  private projectRecordType(typeNode: ts.TypeNode): ts.Type | undefined {
    const type = this.checker.getTypeFromTypeNode(typeNode);
    const declarations = (type.aliasSymbol ?? type.getSymbol())?.declarations ?? [];
    return declarations.some((declaration) => this.isProjectFile(declaration.getSourceFile())) ? type : undefined;
  }

  /**
   * A value whose type is boolean (a flag, a literal `true`) is never personal, whatever its name
   * (DESIGN "Derived values"). When the checker does not know the type (a library document without
   * the library's types), the property's type in the record the library value was made with decides.
   */
  private isBooleanValued(value: ts.Expression): boolean {
    const t = this.t;
    let inner = value;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isNonNullExpression(inner)) inner = inner.expression;
    // Most values read a declaration whose written type answers without a type query.
    const nameNode = t.isPropertyAccessExpression(inner) ? inner.name : t.isIdentifier(inner) ? inner : undefined;
    const read = nameNode && this.checker.getSymbolAtLocation(nameNode)?.valueDeclaration;
    const declaredType = read && (t.isPropertySignature(read) || t.isPropertyDeclaration(read) || t.isParameter(read) || t.isVariableDeclaration(read)) ? read.type : undefined;
    const written = declaredType ? writtenBooleanType(t, declaredType) : undefined;
    if (written !== undefined) return written;
    const type = this.checker.getTypeAtLocation(inner);
    if (isBooleanType(t, type)) return true;
    if (!(type.flags & t.TypeFlags.Any) || !(t.isPropertyAccessExpression(inner) || t.isElementAccessExpression(inner))) return false;
    const name = t.isPropertyAccessExpression(inner) ? inner.name.text : t.isStringLiteralLike(inner.argumentExpression) ? inner.argumentExpression.text : undefined;
    if (name === undefined) return false;
    const ref = this.resolver.resolve(inner.expression);
    const recordType = ref ? this.recordTypeOfNodes(ref.nodes) : undefined;
    const property = recordType?.getProperty(name);
    const declaration = property?.valueDeclaration ?? property?.declarations?.[0];
    return declaration !== undefined && isBooleanType(t, this.checker.getTypeOfSymbolAtLocation(property!, declaration));
  }

  /** Evaluates `expression` at property `path`, looking into object literals where they are written. */
  private selectPath(expression: ts.Expression, path: string[], context: Context): { taints: Taint[]; expression: ts.Expression | undefined } {
    let current: ts.Expression = expression;
    for (let index = 0; index < path.length; index++) {
      const inner = propertyValueOfObjectLiteral(this.t, current, path[index]!);
      if (inner) {
        current = inner;
        continue;
      }
      const taints = projectTaints(this.evaluate(current, context), path.slice(index));
      return { taints, expression: undefined };
    }
    return { taints: this.evaluate(current, context), expression: current };
  }

  /**
   * Writing into a model whose fields are marked (Prisma schema comment, decorated entity column) is
   * a flow of the field's category, whatever the value's origin.
   */
  private targetFieldLabels(target: string, expression: ts.Expression, existing: Taint[]): Label[] {
    const t = this.t;
    const fields = this.markedFieldsOfEntity(target);
    if (fields.length === 0) return [];
    let inner = expression;
    while (t.isParenthesizedExpression(inner) || t.isAsExpression(inner) || t.isSatisfiesExpression(inner)) inner = inner.expression;
    if (t.isArrayLiteralExpression(inner)) {
      // `createMany({ data: [{ … }, { … }] })`: each element is written.
      return inner.elements.flatMap((element) => this.targetFieldLabels(target, element, existing));
    }
    const labels: Label[] = [];
    if (t.isObjectLiteralExpression(inner)) {
      for (const property of inner.properties) {
        const name = property.name && (t.isIdentifier(property.name) || t.isStringLiteral(property.name)) ? property.name.text : undefined;
        if (!name) continue;
        const value = t.isPropertyAssignment(property) ? property.initializer : t.isShorthandPropertyAssignment(property) ? property.name : undefined;
        if (!value || isNullish(t, value)) continue;
        for (const field of fields) {
          if (field.name !== name) continue;
          labels.push({ kind: 'label', category: field.category, confidence: 'annotated', trace: [field.step, this.step(value, `written to field ${target}.${name}`)], field: [name] });
        }
      }
      return labels;
    }
    // A whole object of unknown shape saved into the entity writes its personal fields.
    if (existing.length > 0) return [];
    const type = this.checker.getTypeAtLocation(inner);
    if (!(type.flags & (t.TypeFlags.Any | t.TypeFlags.Unknown)) && !isErrorLikeType(this.checker, type)) return [];
    return fields.map((field) => ({ kind: 'label', category: field.category, confidence: 'annotated', trace: [field.step, this.step(inner, `saved as ${target}`)], field: [field.name] }));
  }

  private readonly entityFieldCache = new Map<string, { name: string; category: string; step: TraceStep }[]>();

  private markedFieldsOfEntity(name: string): { name: string; category: string; step: TraceStep }[] {
    const entity = this.options.prismaModels.size > 0 && this.options.prismaModels.has(name) ? undefined : this.classOrInterfaceNamed(name);
    if (entity) this.noteDependency(entity.getSourceFile());
    const cached = this.entityFieldCache.get(name);
    if (cached) return cached;
    const fields: { name: string; category: string; step: TraceStep }[] = [];
    const model = this.options.prismaModels.get(name) ?? prismaModelByClientProperty(this.options.prismaModels, name);
    if (model) {
      for (const field of model.fields.values()) {
        if (!field.mark) continue;
        const category = this.options.catalog.taxonomy.resolve(field.mark.raw);
        if (!category) continue;
        fields.push({ name: field.name, category, step: { file: model.file, line: field.mark.line, column: field.mark.column, note: `@personal ${field.mark.raw} (${model.name}.${field.name})` } });
      }
    } else {
      const declaration = this.classOrInterfaceNamed(name);
      for (const member of declaration?.members ?? []) {
        if (!member.name || !this.t.isIdentifier(member.name)) continue;
        const mark = this.marks.markOfDeclaration(member);
        if (!mark || !mark.category || mark.category === 'none') continue;
        fields.push({ name: member.name.text, category: mark.category, step: this.markStep(mark) });
      }
    }
    this.entityFieldCache.set(name, fields);
    return fields;
  }

  private classOrInterfaceNamed(name: string): ts.ClassLikeDeclaration | ts.InterfaceDeclaration | undefined {
    if (!this.classesIndexed) {
      this.classesIndexed = true;
      const t = this.t;
      for (const sourceFile of this.options.program.getSourceFiles()) {
        if (!this.isIncludedFile(sourceFile)) continue;
        for (const statement of sourceFile.statements) {
          if ((t.isClassDeclaration(statement) || t.isInterfaceDeclaration(statement)) && statement.name && !this.classesByName.has(statement.name.text)) {
            this.classesByName.set(statement.name.text, statement);
          }
        }
      }
    }
    return this.classesByName.get(name);
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluation
  // ---------------------------------------------------------------------------------------------

  evaluate(node: ts.Expression, context: Context): Taint[] {
    let byContext = this.taintCache.get(node);
    const cached = byContext?.get(context);
    // `EVALUATING` (empty) while under way: a cycle (`a = a + x`, mutual recursion) contributes nothing.
    if (cached) return cached;
    if (!byContext) {
      byContext = new Map();
      this.taintCache.set(node, byContext);
    }
    byContext.set(context, EVALUATING);
    let result: Taint[];
    try {
      result = dedupeTaints(this.compute(node, context));
    } catch (error) {
      byContext.delete(context);
      throw error;
    }
    byContext.set(context, result);
    return result;
  }

  private compute(node: ts.Expression, context: Context): Taint[] {
    const t = this.t;
    if (t.isParenthesizedExpression(node) || t.isAsExpression(node) || t.isNonNullExpression(node) || t.isSatisfiesExpression(node) || t.isTypeAssertionExpression(node) || t.isAwaitExpression(node) || t.isSpreadElement(node)) {
      return this.evaluate(node.expression, context);
    }
    if (t.isIdentifier(node)) return this.evaluateIdentifier(node, context);
    if (t.isPropertyAccessExpression(node)) return this.evaluateMember(node, node.expression, node.name.text, node.name, context);
    if (t.isElementAccessExpression(node)) {
      const argument = node.argumentExpression;
      if (t.isStringLiteralLike(argument)) return this.evaluateMember(node, node.expression, argument.text, argument, context);
      return this.evaluate(node.expression, context);
    }
    if (t.isCallExpression(node)) return this.evaluateCall(node, context);
    if (t.isNewExpression(node)) return clearFields((node.arguments ?? []).flatMap((argument) => this.evaluate(argument, context)));
    if (t.isTemplateExpression(node)) return clearFields(node.templateSpans.flatMap((span) => this.evaluate(span.expression, context)));
    if (t.isTaggedTemplateExpression(node)) {
      const template = node.template;
      return t.isTemplateExpression(template) ? clearFields(template.templateSpans.flatMap((span) => this.evaluate(span.expression, context))) : [];
    }
    if (t.isConditionalExpression(node)) return [...this.evaluate(node.whenTrue, context), ...this.evaluate(node.whenFalse, context)];
    if (t.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      switch (operator) {
        case t.SyntaxKind.PlusToken:
        case t.SyntaxKind.PlusEqualsToken:
          return clearFields([...this.evaluate(node.left, context), ...this.evaluate(node.right, context)]);
        case t.SyntaxKind.BarBarToken:
        case t.SyntaxKind.QuestionQuestionToken:
        case t.SyntaxKind.AmpersandAmpersandToken:
          return [...this.evaluate(node.left, context), ...this.evaluate(node.right, context)];
        case t.SyntaxKind.EqualsToken:
        case t.SyntaxKind.BarBarEqualsToken:
        case t.SyntaxKind.QuestionQuestionEqualsToken:
        case t.SyntaxKind.CommaToken:
          return this.evaluate(node.right, context);
        default:
          return [];
      }
    }
    if (t.isObjectLiteralExpression(node)) return this.evaluateObjectLiteral(node, context);
    if (t.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => this.evaluate(element, context));
    return [];
  }

  private evaluateObjectLiteral(node: ts.ObjectLiteralExpression, context: Context): Taint[] {
    const t = this.t;
    const taints: Taint[] = [];
    const personContext = this.objectLiteralHasPersonContext(node);
    for (const property of node.properties) {
      if (t.isSpreadAssignment(property)) {
        taints.push(...this.evaluate(property.expression, context));
        continue;
      }
      const name = property.name && (t.isIdentifier(property.name) || t.isStringLiteral(property.name) || t.isNumericLiteral(property.name)) ? property.name.text : undefined;
      if (!name) continue;
      let value: ts.Expression | undefined;
      if (t.isPropertyAssignment(property)) value = property.initializer;
      else if (t.isShorthandPropertyAssignment(property)) value = property.name;
      if (!value) continue;
      let valueTaints = this.evaluate(value, context);
      // `return { name: org.name }` into `interface Recipient { /** @personal none */ name }`: the
      // explicit mark on the property the literal is typed as wins over names (DESIGN "Names").
      // Asked only when a guess is at stake, so literals without inferred data cost no type query.
      const guessed = valueTaints.some((taint) => taint.kind === 'label' && taint.confidence === 'inferred');
      const annotated = valueTaints.some((taint) => taint.kind === 'label' && taint.confidence === 'annotated');
      let heuristic: Label | undefined;
      if (!annotated && !this.isNotData(value) && !this.hasExplicitMark(value)) {
        heuristic = this.heuristicLabel(name, property.name!, personContext || this.expressionHasPersonContext(value));
        // Asked only when a guess is at stake: a type query per key would cost every literal.
        if (heuristic && this.isBooleanValued(value)) heuristic = undefined;
      }
      if ((heuristic || guessed) && this.contextualPropertyMark(node, name)) {
        heuristic = undefined;
        valueTaints = valueTaints.filter((taint) => taint.kind !== 'label' || taint.confidence !== 'inferred');
      }
      taints.push(...valueTaints.map((taint) => ({ ...taint, field: [name, ...taint.field] })));
      // A value placed under `email:` is an email, unless it is clearly not data (a literal, a
      // boolean, a sanitized value) or an explicit mark already says what it is.
      if (heuristic) taints.push({ ...heuristic, field: [name] });
    }
    return taints;
  }

  /**
   * An explicit `@personal none` on the property `name` of the type the object literal is
   * contextually typed as (a return type, a declared variable, a parameter).
   */
  private contextualPropertyMark(literal: ts.ObjectLiteralExpression, name: string): Mark | undefined {
    const type = this.checker.getContextualType(literal);
    if (!type) return undefined;
    const members = type.isUnion() ? type.types : [type];
    for (const member of members) {
      const property = member.getProperty(name);
      for (const declaration of property?.declarations ?? []) {
        if (!this.isProjectFile(declaration.getSourceFile())) continue;
        const mark = this.marks.markOfDeclaration(declaration);
        if (mark && mark.category === 'none') return mark;
      }
    }
    return undefined;
  }

  private evaluateIdentifier(identifier: ts.Identifier, context: Context): Taint[] {
    const t = this.t;
    let symbol = this.checker.getSymbolAtLocation(identifier);
    if (!symbol) return [];
    if (t.isShorthandPropertyAssignment(identifier.parent) && identifier.parent.name === identifier) {
      symbol = this.checker.getShorthandAssignmentValueSymbol(identifier.parent) ?? symbol;
    }
    if (symbol.flags & t.SymbolFlags.Alias) {
      try {
        symbol = this.checker.getAliasedSymbol(symbol);
      } catch {
        return [];
      }
    }
    const declaration = symbol.declarations?.find((candidate) => this.isProjectFile(candidate.getSourceFile()));
    if (!declaration) return [];
    if (t.isParameter(declaration)) return this.evaluateParameter(declaration, context);
    if (t.isBindingElement(declaration)) return this.evaluateBindingElement(declaration, context);
    if (t.isVariableDeclaration(declaration)) return this.evaluateVariable(declaration, symbol, context);
    return [];
  }

  private evaluateParameter(parameter: ts.ParameterDeclaration, context: Context): Taint[] {
    const t = this.t;
    const own = this.parameterOwnLabels(parameter);
    if (own.length > 0) return own;
    const fn = parameter.parent;
    const index = fn.parameters.indexOf(parameter);
    if (fn === context && t.isIdentifier(parameter.name)) {
      return [{ kind: 'param', param: index, path: [], trace: [this.step(parameter, `parameter ${parameter.name.text}`)], field: [] }];
    }
    return this.callbackParameterTaints(fn, index, context);
  }

  /** `users.map(u => …)`, `promise.then(u => …)`, `getCurrentPosition(pos => …)`: what the callback's parameter receives. */
  private callbackParameterTaints(fn: ts.SignatureDeclaration, index: number, context: Context): Taint[] {
    const t = this.t;
    const call = fn.parent;
    if (!call || !t.isCallExpression(call) || !call.arguments.includes(fn as unknown as ts.Expression)) return [];
    const callee = call.expression;
    const argumentIndex = call.arguments.indexOf(fn as unknown as ts.Expression);
    if (t.isPropertyAccessExpression(callee) && ELEMENT_CALLBACK_METHODS.has(callee.name.text)) {
      const method = callee.name.text;
      const elementIndex = method === 'reduce' || method === 'reduceRight' ? 1 : 0;
      if (index === elementIndex) return this.evaluate(callee.expression, context);
    }
    // Framework callbacks that hand over personal data (geolocation).
    const ref = this.resolver.resolve(callee);
    if (ref) {
      for (const source of this.options.catalog.sources) {
        for (const { callback, segments } of source.callbacks) {
          if (callback.arg !== argumentIndex || callback.param !== index) continue;
          if (ref.global ? !source.rule.global : !(ref.module && moduleMatches(source.rule.modules, ref.module))) continue;
          if (matchSinkPath(segments, ref.segments)) {
            return [{ kind: 'label', category: source.category, confidence: 'annotated', trace: [this.step(fn.parameters[index] ?? fn, `${source.category} from ${callee.getText()} callback`)], field: [] }];
          }
        }
      }
    }
    return [];
  }

  /** A parameter personal by itself: marked, decorated, typed with personal fields, or named like personal data. */
  private parameterOwnLabels(parameter: ts.ParameterDeclaration): Label[] {
    const cached = this.paramOwnCache.get(parameter);
    if (cached) return cached;
    const t = this.t;
    this.paramOwnCache.set(parameter, []);
    const labels: Label[] = [];
    const mark = this.marks.markOfDeclaration(parameter);
    if (mark) {
      if (mark.category && mark.category !== 'none') labels.push(this.markLabel(mark));
    } else {
      labels.push(...this.decoratorSourceLabels(parameter));
      if (labels.length === 0 && parameter.type) {
        labels.push(...this.typeFieldLabelsOfType(this.checker.getTypeFromTypeNode(parameter.type), parameter, 0));
        labels.push(...this.prismaTypeLabels(parameter.type, parameter));
      }
      if (labels.length === 0 && t.isIdentifier(parameter.name)) {
        const heuristic = this.heuristicLabel(parameter.name.text, parameter.name, false);
        if (heuristic && !this.isBooleanValued(parameter.name)) labels.push(heuristic);
      }
    }
    this.paramOwnCache.set(parameter, labels);
    return labels;
  }

  /** `@Ip() ip`, `@Headers('user-agent') ua`: framework parameter decorators that inject personal data. */
  private decoratorSourceLabels(parameter: ts.ParameterDeclaration): Label[] {
    const t = this.t;
    const decorators = t.canHaveDecorators(parameter) ? (t.getDecorators(parameter) ?? []) : [];
    const labels: Label[] = [];
    for (const decorator of decorators) {
      const call = decorator.expression;
      if (!t.isCallExpression(call)) continue;
      const ref = this.resolver.resolve(call.expression);
      if (!ref?.module) continue;
      const last = ref.segments[ref.segments.length - 1];
      if (!last || last.kind !== 'member') continue;
      for (const source of this.options.catalog.sources) {
        if (!moduleMatches(source.rule.modules, ref.module)) continue;
        for (const candidate of source.rule.decorators ?? []) {
          if (candidate.name !== last.name) continue;
          if (candidate.when && !this.whenHoldsCaseInsensitive(call, candidate.when)) continue;
          labels.push({ kind: 'label', category: source.category, confidence: 'annotated', trace: [this.step(decorator, `@${last.name}() ${source.category}`)], field: [] });
        }
      }
    }
    return labels;
  }

  private whenHoldsCaseInsensitive(call: ts.CallExpression, when: Record<string, string | string[]>): boolean {
    for (const [selector, expected] of Object.entries(when)) {
      const argument = call.arguments[Number(selector)];
      if (!argument) return false;
      const constant = constantStringPrefix(this.t, argument, this.checker);
      if (!constant || !constant.complete) return false;
      const options = (typeof expected === 'string' ? [expected] : expected).map((value) => value.toLowerCase());
      if (!options.includes(constant.text.toLowerCase())) return false;
    }
    return true;
  }

  private evaluateBindingElement(element: ts.BindingElement, context: Context): Taint[] {
    const t = this.t;
    const path: string[] = [];
    let current: ts.Node = element;
    while (t.isBindingElement(current)) {
      const pattern: ts.BindingPattern = current.parent;
      if (t.isObjectBindingPattern(pattern)) {
        if (current.dotDotDotToken) {
          // `const { password, ...rest } = user`: the rest keeps every other field.
        } else {
          const property = current.propertyName ?? current.name;
          if (t.isIdentifier(property) || t.isStringLiteral(property)) path.unshift(property.text);
        }
      }
      current = pattern.parent;
    }
    const name = t.isIdentifier(element.name) ? element.name.text : undefined;
    const mark = this.marks.markOfDeclaration(element);
    if (mark) return mark.category && mark.category !== 'none' ? [this.markLabel(mark)] : [];
    let base: Taint[] = [];
    if (t.isParameter(current)) {
      const own = this.parameterOwnLabels(current);
      const fn = current.parent;
      if (own.length > 0) base = own;
      else if (fn === context) base = [{ kind: 'param', param: fn.parameters.indexOf(current), path: [], trace: [this.step(current, 'parameter')], field: [] }];
      else base = this.callbackParameterTaints(fn, fn.parameters.indexOf(current), context);
      if (current.type && own.length === 0) base = [...base, ...this.markOfPathInType(current.type, path)];
    } else if (t.isVariableDeclaration(current) && current.initializer) {
      base = this.evaluateInOwnContext(current.initializer, current, context);
    }
    let taints = projectTaints(base, path);
    // A heuristic name or mark on the destructured property wins over the parameter's symbolic data.
    const propertyMark = this.markOfDestructuredProperty(element);
    if (propertyMark) {
      if (propertyMark.category === 'none') return [];
      if (propertyMark.category) return [this.markLabel(propertyMark)];
    }
    if (name && !taints.some((taint) => taint.kind === 'label' && taint.confidence === 'annotated')) {
      const heuristic = this.heuristicLabel(name, element.name, false);
      if (heuristic) taints = [...taints.filter((taint) => taint.kind === 'label'), heuristic];
    }
    return taints;
  }

  private markOfPathInType(typeNode: ts.TypeNode, path: string[]): Label[] {
    if (path.length !== 1) return [];
    const type = this.checker.getTypeFromTypeNode(typeNode);
    const property = type.getProperty(path[0]!);
    for (const declaration of property?.declarations ?? []) {
      const mark = this.marks.markOfDeclaration(declaration);
      if (mark && mark.category && mark.category !== 'none') return [this.markLabel(mark)];
    }
    return [];
  }

  private markOfDestructuredProperty(element: ts.BindingElement): Mark | undefined {
    const t = this.t;
    const property = element.propertyName ?? element.name;
    if (!t.isIdentifier(property)) return undefined;
    const type = this.checker.getTypeAtLocation(element.parent);
    if (type.flags & t.TypeFlags.Any) return undefined;
    const symbol = type.getProperty(property.text);
    for (const declaration of symbol?.declarations ?? []) {
      if (!this.isProjectFile(declaration.getSourceFile())) continue;
      const mark = this.marks.markOfDeclaration(declaration);
      if (mark) return mark;
    }
    return undefined;
  }

  /** Evaluates a declaration's value; parameter data of another function is meaningless here, so only concrete labels cross. */
  private evaluateInOwnContext(expression: ts.Expression, declaration: ts.Node, context: Context): Taint[] {
    const owner = this.contextOf(declaration);
    if (owner === context || this.isInside(declaration, context)) return this.evaluate(expression, context);
    return this.evaluate(expression, owner).filter((taint) => taint.kind === 'label');
  }

  private isInside(node: ts.Node, context: Context): boolean {
    if (this.t.isSourceFile(context)) return node.getSourceFile() === context && this.contextOf(node) === context;
    return node.pos >= context.pos && node.end <= context.end && node.getSourceFile() === context.getSourceFile();
  }

  /** The outermost function containing a node, or its source file. */
  private contextOf(node: ts.Node): Context {
    let found: Context = node.getSourceFile();
    for (let current = node.parent; current; current = current.parent) {
      if (isFunctionWithBody(this.t, current)) found = current as Context;
    }
    return found;
  }

  private evaluateVariable(declaration: ts.VariableDeclaration, symbol: ts.Symbol, context: Context): Taint[] {
    const t = this.t;
    const mark = this.marks.markOfDeclaration(declaration);
    if (mark) return mark.category && mark.category !== 'none' ? [this.markLabel(mark)] : [];
    if (isEnvironmentAccess(t, declaration.initializer)) return [];
    const taints: Taint[] = [];
    if (declaration.initializer) taints.push(...this.evaluateInOwnContext(declaration.initializer, declaration, context));
    for (const assigned of this.assignmentsTo(symbol, declaration.getSourceFile())) {
      taints.push(...this.evaluateInOwnContext(assigned, assigned, context));
    }
    if (declaration.type && taints.length === 0) taints.push(...this.prismaTypeLabels(declaration.type, declaration));
    if (t.isIdentifier(declaration.name) && !taints.some((taint) => taint.kind === 'label' && taint.confidence === 'annotated')) {
      const constant = declaration.initializer && this.isNotData(declaration.initializer);
      if (!constant && !(declaration.initializer && isFunctionExpressionLike(t, declaration.initializer))) {
        const heuristic = this.heuristicLabel(declaration.name.text, declaration.name, false);
        if (heuristic && !this.isBooleanValued(declaration.name)) return [...taints.filter((taint) => taint.kind === 'label'), heuristic];
      }
    }
    return taints;
  }

  private assignmentsTo(symbol: ts.Symbol, sourceFile: ts.SourceFile): ts.Expression[] {
    let index = this.assignmentIndex.get(sourceFile);
    if (!index) {
      index = new Map();
      const t = this.t;
      const found = index;
      const visit = (node: ts.Node): void => {
        if (t.isBinaryExpression(node) && t.isIdentifier(node.left) && (node.operatorToken.kind === t.SyntaxKind.EqualsToken || node.operatorToken.kind === t.SyntaxKind.PlusEqualsToken)) {
          const target = this.checker.getSymbolAtLocation(node.left);
          if (target) {
            const list = found.get(target) ?? [];
            list.push(node.right);
            found.set(target, list);
          }
        }
        t.forEachChild(node, visit);
      };
      visit(sourceFile);
      this.assignmentIndex.set(sourceFile, index);
    }
    return index.get(symbol) ?? [];
  }

  private evaluateMember(node: ts.Expression, object: ts.Expression, name: string, nameNode: ts.Node, context: Context): Taint[] {
    const t = this.t;
    if (DERIVED_PROPERTIES.has(name)) return [];
    if (isEnvironmentAccess(t, object) || isEnvironmentAccess(t, node)) return [];
    // 1. An explicit mark on the property's declaration.
    const symbol = this.checker.getSymbolAtLocation(nameNode);
    const projectDeclarations = (symbol?.declarations ?? []).filter((declaration) => this.isProjectFile(declaration.getSourceFile()));
    for (const declaration of projectDeclarations) {
      const mark = this.marks.markOfDeclaration(declaration);
      if (mark) return mark.category && mark.category !== 'none' ? [this.markLabel(mark, node)] : [];
    }
    // 2. Prisma model fields (`user.email` where `user` is a Prisma `User`).
    const model = this.prismaModelOfExpression(object);
    if (model) {
      const field = model.fields.get(name);
      if (field?.mark) {
        const category = field.mark.raw === 'none' ? 'none' : this.options.catalog.taxonomy.resolve(field.mark.raw);
        if (category === 'none') return [];
        if (category) return [{ kind: 'label', category, confidence: 'annotated', trace: [{ file: model.file, line: field.mark.line, column: field.mark.column, note: `@personal ${field.mark.raw} (${model.name}.${name})` }, this.step(node, `read ${model.name}.${name}`)], field: [] }];
      }
    }
    // 3. Framework sources (`req.ip`, `navigator.userAgent`).
    const source = this.frameworkSourceLabels(node, object, name);
    if (source.length > 0) return source;
    // 4. The object's own data, projected on the property; then class fields.
    let taints = projectTaints(this.evaluate(object, context), [name]);
    for (const declaration of projectDeclarations) {
      if (t.isPropertyDeclaration(declaration) || (t.isParameter(declaration) && t.isConstructorDeclaration(declaration.parent))) {
        taints = [...taints, ...this.fieldLabels(declaration as ts.PropertyDeclaration | ts.ParameterDeclaration, name)];
      }
    }
    // 5. The property's name.
    if (!taints.some((taint) => taint.kind === 'label' && taint.confidence === 'annotated') && !this.isConfigObject(object, projectDeclarations)) {
      const heuristic = this.heuristicLabel(name, nameNode, this.expressionHasPersonContext(object));
      if (heuristic && !this.isBooleanValued(node)) return [...taints.filter((taint) => taint.kind === 'label'), heuristic];
    }
    return taints;
  }

  /** Data stored in a class field: its initializer and every `this.x = …` in the class, as concrete labels. */
  private fieldLabels(declaration: ts.PropertyDeclaration | ts.ParameterDeclaration, name: string): Label[] {
    const cached = this.fieldTaintCache.get(declaration);
    if (cached) return cached;
    this.fieldTaintCache.set(declaration, []);
    const t = this.t;
    const labels: Label[] = [];
    const classNode = t.isParameter(declaration) ? declaration.parent.parent : declaration.parent;
    if (t.isParameter(declaration)) labels.push(...this.parameterOwnLabels(declaration));
    else if (declaration.initializer) {
      labels.push(...this.evaluate(declaration.initializer, this.contextOf(declaration)).filter((taint): taint is Label => taint.kind === 'label'));
    }
    const visit = (node: ts.Node): void => {
      if (t.isBinaryExpression(node) && node.operatorToken.kind === t.SyntaxKind.EqualsToken && t.isPropertyAccessExpression(node.left) && node.left.expression.kind === t.SyntaxKind.ThisKeyword && node.left.name.text === name) {
        const owner = this.contextOf(node);
        const stored = this.evaluate(node.right, owner).filter((taint): taint is Label => taint.kind === 'label');
        const step = this.step(node, `stored in field ${name}`);
        labels.push(...stored.map((label) => ({ ...label, trace: [...label.trace, step] })));
      }
      t.forEachChild(node, visit);
    };
    visit(classNode);
    const result = dedupeTaints(labels) as Label[];
    this.fieldTaintCache.set(declaration, result);
    return result;
  }

  private evaluateCall(call: ts.CallExpression, context: Context): Taint[] {
    const t = this.t;
    const callee = call.expression;
    if (this.isSanitizerCall(call)) return [];
    const methodName = t.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    const calleeRef = this.resolver.resolve(callee);
    if (calleeRef?.global) {
      const path = calleeRef.segments.map((segment) => (segment.kind === 'call' ? '()' : segment.name)).join('.');
      const propagation = PROPAGATING_GLOBALS.get(path);
      if (propagation === 'first') return clearFields(call.arguments[0] ? this.evaluate(call.arguments[0], context) : []);
      if (propagation === 'all') return call.arguments.flatMap((argument) => this.evaluate(argument, context));
    }
    // Framework source calls: `req.get('user-agent')`, `headers().get('x-forwarded-for')`.
    const source = this.frameworkSourceLabels(call, t.isPropertyAccessExpression(callee) ? callee.expression : callee, methodName ?? '');
    if (source.length > 0) return source;
    const fn = this.resolver.projectFunctionOf(callee);
    if (fn) {
      const name = functionDisplayName(t, fn);
      const returnStep = this.step(call, `returned from ${name}()`);
      const taints: Taint[] = [];
      for (const returned of this.returnsOf(fn)) {
        if (returned.kind === 'label') taints.push({ ...returned, trace: [...returned.trace, returnStep] });
        else {
          const argument = argumentForParameter(call, returned.param);
          if (!argument) continue;
          const selected = this.selectPath(argument, returned.path, context).taints;
          taints.push(...selected.map((taint) => ({ ...taint, field: [...taint.field.slice(0), ...returned.field], trace: [...taint.trace, returnStep] })));
        }
      }
      if (fn.type) {
        const mark = this.marks.markOfTypeNode(fn.type, 0);
        if (mark && mark.category && mark.category !== 'none') taints.push(this.markLabel(mark, call));
      }
      return taints;
    }
    if (methodName !== undefined && t.isPropertyAccessExpression(callee)) {
      if (DERIVED_METHODS.has(methodName)) return [];
      if (methodName === 'map' || methodName === 'flatMap' || methodName === 'then') {
        const callback = call.arguments[0];
        if (callback && (t.isArrowFunction(callback) || t.isFunctionExpression(callback))) return this.callbackReturnTaints(callback, context);
        if (callback && methodName !== 'then') {
          // `.map(csvCell)`: a named function whose result carries its argument keeps the elements' data.
          const mapper = this.resolver.projectFunctionOf(callback);
          const keeps = mapper
            ? this.returnsOf(mapper).some((taint) => taint.kind === 'param' && taint.param === 0)
            : t.isIdentifier(callback) && callback.text === 'String';
          return keeps ? clearFields(this.evaluate(callee.expression, context)) : [];
        }
        return methodName === 'then' ? this.evaluate(callee.expression, context) : [];
      }
      if (RECEIVER_METHODS.has(methodName)) {
        const receiver = this.evaluate(callee.expression, context);
        const extra = methodName === 'concat' ? call.arguments.flatMap((argument) => this.evaluate(argument, context)) : [];
        const keepFields = methodName === 'filter' || methodName === 'find' || methodName === 'findLast' || methodName === 'sort' || methodName === 'slice' || methodName === 'reverse' || methodName === 'at' || methodName === 'concat';
        const result = [...receiver, ...extra];
        return keepFields ? result : clearFields(result);
      }
    }
    // The result of a library call (an API reply, a query result) is not personal unless marked.
    return [];
  }

  private callbackReturnTaints(callback: ts.ArrowFunction | ts.FunctionExpression, context: Context): Taint[] {
    const t = this.t;
    const body = callback.body;
    if (!t.isBlock(body)) return this.evaluate(body, context);
    const taints: Taint[] = [];
    const visit = (node: ts.Node): void => {
      if (t.isReturnStatement(node) && node.expression) taints.push(...this.evaluate(node.expression, context));
      if (isFunctionWithBody(t, node)) return;
      t.forEachChild(node, visit);
    };
    t.forEachChild(body, visit);
    return taints;
  }

  private isSanitizerCall(call: ts.CallExpression): boolean {
    const t = this.t;
    const callee = call.expression;
    const name = t.isPropertyAccessExpression(callee) ? callee.name.text : t.isIdentifier(callee) ? callee.text : undefined;
    if (name && this.sanitizerNames.has(name)) return true;
    const ref = this.resolver.resolve(callee);
    if (ref) {
      const segments: ConcreteSegment[] = [...ref.segments, { kind: 'call' }];
      for (const sanitizer of this.options.catalog.sanitizers) {
        const applies = ref.global ? sanitizer.rule.global === true : ref.module !== undefined && moduleMatches(sanitizer.rule.modules, ref.module);
        if (!applies) continue;
        const withoutCall = segments.slice(0, -1);
        if (matchSinkPath(sanitizer.segments, withoutCall) || matchSinkPath(sanitizer.segments, segments) || (ref.module && (matchSinkPath(sanitizer.segments, alternateDefault(withoutCall)) || matchSinkPath(sanitizer.segments, alternateDefault(segments))))) return true;
      }
    }
    if (this.sanitizerExports.length > 0) {
      const fn = this.resolver.projectFunctionOf(callee);
      if (fn && name) {
        const file = this.relativeFile(fn.getSourceFile().fileName).replace(/\.[cm]?[jt]sx?$/, '');
        if (this.sanitizerExports.some((entry) => entry.name === name && entry.module.replace(/^\.\//, '').replace(/\.[cm]?[jt]sx?$/, '') === file)) return true;
      }
      if (ref?.module && ref.segments.length > 0) {
        const first = ref.segments[0]!;
        if (first.kind === 'member' && this.sanitizerExports.some((entry) => entry.module === ref.module && entry.name === first.name)) return true;
      }
    }
    return false;
  }

  /**
   * Framework sources: the value at a source path (`req.ip`, `userAgent()`), or a header read from a
   * headers object or getter (`req.headers['user-agent']`, `headers().get('x-forwarded-for')`).
   */
  private frameworkSourceLabels(node: ts.Expression, object: ts.Expression, name: string): Label[] {
    if (this.options.catalog.sources.length === 0) return [];
    const t = this.t;
    if (!this.sourceNameFilter.has(name.toLowerCase())) return [];
    let headerName: string | undefined;
    let headerHolder: ts.Expression | undefined;
    if (t.isElementAccessExpression(node) && t.isStringLiteralLike(node.argumentExpression)) {
      headerName = node.argumentExpression.text;
      headerHolder = object;
    } else if (t.isPropertyAccessExpression(node)) {
      headerName = node.name.text;
      headerHolder = object;
    } else if (t.isCallExpression(node) && node.arguments[0]) {
      const literal = constantStringPrefix(t, node.arguments[0], this.checker);
      if (literal?.complete) headerName = literal.text;
      headerHolder = node.expression;
    }
    const labels: Label[] = [];
    let valueRef: ValueRef | undefined | null = null;
    let holderRef: ValueRef | undefined | null = null;
    for (const source of this.options.catalog.sources) {
      for (const { read, segments } of source.reads) {
        let candidate: ValueRef | undefined;
        if (read.header) {
          const headers = typeof read.header === 'string' ? [read.header] : read.header;
          if (!headerName || !headerHolder || !headers.some((header) => header.toLowerCase() === headerName!.toLowerCase())) continue;
          if (holderRef === null) holderRef = this.resolver.resolve(headerHolder);
          candidate = holderRef;
        } else {
          if (valueRef === null) valueRef = this.resolver.resolve(node);
          candidate = valueRef;
        }
        if (!candidate) continue;
        if (candidate.global ? !source.rule.global : !(candidate.module && moduleMatches(source.rule.modules, candidate.module))) continue;
        if (!matchSinkPath(segments, candidate.segments)) continue;
        if (read.when && t.isCallExpression(node) && !this.whenHoldsCaseInsensitive(node, read.when)) continue;
        labels.push({ kind: 'label', category: source.category, confidence: 'annotated', trace: [this.step(node, `${node.getText().replace(/\s+/g, ' ').slice(0, 60)} (${source.category})`)], field: [] });
      }
    }
    return labels;
  }

  // ---------------------------------------------------------------------------------------------
  // Types
  // ---------------------------------------------------------------------------------------------

  /** Personal fields of the value's type, at sink arguments: `logger.info(user)` sends every personal field of `User`. */
  private typeFieldLabels(expression: ts.Expression, context: Context, depth: number): Label[] {
    const t = this.t;
    let inner = expression;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isNonNullExpression(inner) || t.isAsExpression(inner) || t.isSatisfiesExpression(inner)) inner = inner.expression;
    if (depth > 3) return [];
    if (t.isObjectLiteralExpression(inner)) {
      const labels: Label[] = [];
      for (const property of inner.properties) {
        if (t.isSpreadAssignment(property)) labels.push(...this.typeFieldLabels(property.expression, context, depth + 1));
        else if (t.isPropertyAssignment(property) && property.name && (t.isIdentifier(property.name) || t.isStringLiteral(property.name))) {
          const key = property.name.text;
          labels.push(...this.typeFieldLabels(property.initializer, context, depth + 1).map((label) => ({ ...label, field: [key, ...label.field] })));
        } else if (t.isShorthandPropertyAssignment(property)) {
          const key = property.name.text;
          labels.push(...this.typeFieldLabels(property.name, context, depth + 1).map((label) => ({ ...label, field: [key, ...label.field] })));
        }
      }
      return labels;
    }
    if (t.isArrayLiteralExpression(inner)) return inner.elements.flatMap((element) => this.typeFieldLabels(element, context, depth + 1));
    if (!(t.isIdentifier(inner) || t.isPropertyAccessExpression(inner) || t.isElementAccessExpression(inner) || t.isCallExpression(inner))) return [];
    if (t.isCallExpression(inner) && this.isSanitizerCall(inner)) return [];
    if (t.isIdentifier(inner) && this.isDerivedOrConstantIdentifier(inner)) return [];
    const prisma = this.prismaModelOfExpression(inner);
    if (prisma) return this.prismaModelLabels(prisma, inner);
    const type = this.checker.getTypeAtLocation(inner);
    return this.typeFieldLabelsOfType(type, inner, 0);
  }

  private isDerivedOrConstantIdentifier(identifier: ts.Identifier): boolean {
    const symbol = this.checker.getSymbolAtLocation(identifier);
    const declaration = symbol?.valueDeclaration;
    if (declaration && this.t.isVariableDeclaration(declaration) && declaration.initializer) {
      return isEnvironmentAccess(this.t, declaration.initializer);
    }
    return false;
  }

  private typeFieldLabelsOfType(type: ts.Type, at: ts.Node, depth: number): Label[] {
    // The type's fields are memoised per type: its declaring files are what this use depends on.
    for (const declaration of (type.aliasSymbol ?? type.getSymbol())?.declarations ?? []) {
      const file = declaration.getSourceFile();
      if (this.isIncludedFile(file)) this.noteDependency(file);
    }
    const labels = this.personalFieldsOfType(type, depth);
    if (labels.length === 0) return labels;
    const typeName = this.checker.typeToString(type);
    const step = this.step(at, `value of type ${typeName.length > 40 ? `${typeName.slice(0, 40)}…` : typeName}`);
    return labels.map((label) => ({ ...label, trace: [...label.trace, step] }));
  }

  private personalFieldsOfType(type: ts.Type, depth: number): Label[] {
    const t = this.t;
    const cached = this.typeFieldCache.get(type);
    if (cached) return cached;
    if (depth > 3) return [];
    this.typeFieldCache.set(type, []);
    let labels: Label[] = [];
    if (type.isUnion() || type.isIntersection()) {
      labels = type.types.flatMap((member) => this.personalFieldsOfType(member, depth + 1));
    } else if (type.flags & t.TypeFlags.Object) {
      const elementType = this.checker.isArrayType(type) || this.checker.isTupleType(type) ? this.checker.getIndexTypeOfType(type, t.IndexKind.Number) : undefined;
      if (elementType) labels = this.personalFieldsOfType(elementType, depth + 1);
      else {
        const awaited = this.checker.getAwaitedType(type);
        const promised = awaited && awaited !== type ? awaited : undefined;
        if (promised) labels = this.personalFieldsOfType(promised, depth + 1);
        else labels = this.personalFieldsOfObjectType(type, depth);
      }
    }
    const result = dedupeTaints(labels) as Label[];
    this.typeFieldCache.set(type, result);
    return result;
  }

  private personalFieldsOfObjectType(type: ts.Type, depth: number): Label[] {
    const t = this.t;
    const properties = this.checker.getPropertiesOfType(type);
    const typeSymbol = type.aliasSymbol ?? type.getSymbol();
    const typeName = typeSymbol?.getName() ?? '';
    const labels: Label[] = [];
    let anyMarked = false;
    const unmarked: { property: ts.Symbol; declaration: ts.Declaration }[] = [];
    for (const property of properties) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration || !this.isProjectFile(declaration.getSourceFile())) continue;
      if (t.isMethodDeclaration(declaration) || t.isMethodSignature(declaration) || t.isGetAccessor(declaration)) continue;
      const mark = this.marks.markOfDeclaration(declaration);
      if (mark) {
        anyMarked = true;
        if (mark.category && mark.category !== 'none') labels.push({ ...this.markLabel(mark), field: [property.getName()] });
        continue;
      }
      unmarked.push({ property, declaration });
    }
    const personContext = anyMarked || isPersonLikeName(typeName);
    for (const { property, declaration } of unmarked) {
      const name = property.getName();
      const propertyType = this.checker.getTypeOfSymbolAtLocation(property, declaration);
      if (isBooleanType(t, propertyType)) continue;
      const heuristic = this.heuristicLabel(name, declaration, personContext);
      if (heuristic) {
        labels.push({ ...heuristic, field: [name] });
        continue;
      }
      if (depth < 3 && propertyType.flags & t.TypeFlags.Object) {
        labels.push(...this.personalFieldsOfType(propertyType, depth + 1).map((label) => ({ ...label, field: [name, ...label.field] })));
      }
    }
    return labels;
  }

  // ---------------------------------------------------------------------------------------------
  // Prisma
  // ---------------------------------------------------------------------------------------------

  /** `user: User` from `@prisma/client`, or `await prisma.user.findUnique(…)`. */
  private prismaModelOfExpression(expression: ts.Expression): PrismaModel | undefined {
    if (this.options.prismaModels.size === 0) return undefined;
    const t = this.t;
    let inner = expression;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isNonNullExpression(inner)) inner = inner.expression;
    if (t.isIdentifier(inner)) {
      const symbol = this.checker.getSymbolAtLocation(inner);
      const declaration = symbol?.valueDeclaration;
      if (!declaration) return undefined;
      const typeNode = (declaration as { type?: ts.TypeNode }).type;
      if (typeNode) return this.prismaModelOfTypeNode(typeNode);
      if (t.isVariableDeclaration(declaration) && declaration.initializer) return this.prismaModelOfQuery(declaration.initializer);
      return undefined;
    }
    return this.prismaModelOfQuery(inner);
  }

  private prismaModelOfQuery(expression: ts.Expression): PrismaModel | undefined {
    const t = this.t;
    let inner = expression;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner)) inner = inner.expression;
    if (!t.isCallExpression(inner)) return undefined;
    const ref = this.resolver.resolve(inner);
    if (!ref || ref.module !== '@prisma/client') return undefined;
    const segments = ref.segments;
    const method = segments[segments.length - 2];
    const model = segments[segments.length - 3];
    if (!method || method.kind !== 'member' || !/^(find|create|update|upsert)/.test(method.name)) return undefined;
    if (!model || model.kind !== 'member') return undefined;
    return prismaModelByClientProperty(this.options.prismaModels, model.name);
  }

  private prismaModelOfTypeNode(typeNode: ts.TypeNode): PrismaModel | undefined {
    const t = this.t;
    let node = typeNode;
    if (t.isArrayTypeNode(node)) node = node.elementType;
    if (t.isUnionTypeNode(node)) {
      for (const member of node.types) {
        const model = this.prismaModelOfTypeNode(member);
        if (model) return model;
      }
      return undefined;
    }
    const ref = this.resolver.resolveTypeNode(node);
    if (!ref || ref.module !== '@prisma/client') return undefined;
    const head = ref.segments[ref.segments.length - 1];
    return head && head.kind !== 'call' ? this.options.prismaModels.get(head.name) : undefined;
  }

  private prismaTypeLabels(typeNode: ts.TypeNode, at: ts.Node): Label[] {
    const model = this.prismaModelOfTypeNode(typeNode);
    return model ? this.prismaModelLabels(model, at) : [];
  }

  private prismaModelLabels(model: PrismaModel, at: ts.Node): Label[] {
    const labels: Label[] = [];
    const step = this.step(at, `value of type ${model.name}`);
    for (const field of model.fields.values()) {
      if (!field.mark || field.mark.raw === 'none') continue;
      const category = this.options.catalog.taxonomy.resolve(field.mark.raw);
      if (!category) continue;
      labels.push({ kind: 'label', category, confidence: 'annotated', trace: [{ file: model.file, line: field.mark.line, column: field.mark.column, note: `@personal ${field.mark.raw} (${model.name}.${field.name})` }, step], field: [field.name] });
    }
    return labels;
  }

  // ---------------------------------------------------------------------------------------------
  // Heuristics
  // ---------------------------------------------------------------------------------------------

  private heuristicLabel(name: string, at: ts.Node, personContext: boolean): Label | undefined {
    if (!this.options.heuristics) return undefined;
    const category = this.options.catalog.matchName(name, personContext);
    if (!category || HEURISTIC_SILENT_CATEGORIES.some((silent) => category === silent || category.startsWith(`${silent}.`))) return undefined;
    return { kind: 'label', category, confidence: 'inferred', trace: [this.step(at, `name "${name}" (${category})`)], field: [] };
  }

  /** Literals, booleans, counts, sanitized values, environment variables: never personal, whatever their key. */
  private isNotData(value: ts.Expression): boolean {
    const t = this.t;
    let inner = value;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isAsExpression(inner) || t.isNonNullExpression(inner)) inner = inner.expression;
    if (t.isStringLiteralLike(inner) || t.isNumericLiteral(inner) || t.isBigIntLiteral(inner) || t.isRegularExpressionLiteral(inner)) return true;
    const kind = inner.kind;
    if (kind === t.SyntaxKind.TrueKeyword || kind === t.SyntaxKind.FalseKeyword || kind === t.SyntaxKind.NullKeyword || kind === t.SyntaxKind.UndefinedKeyword) return true;
    if (t.isIdentifier(inner) && inner.text === 'undefined') return true;
    if (t.isPrefixUnaryExpression(inner) || t.isTypeOfExpression(inner)) return true;
    if (t.isBinaryExpression(inner)) {
      const operator = inner.operatorToken.kind;
      if (operator >= t.SyntaxKind.FirstBinaryOperator && operator <= t.SyntaxKind.LastBinaryOperator && operator !== t.SyntaxKind.PlusToken && operator !== t.SyntaxKind.BarBarToken && operator !== t.SyntaxKind.QuestionQuestionToken && operator !== t.SyntaxKind.AmpersandAmpersandToken && operator !== t.SyntaxKind.EqualsToken) return true;
    }
    if (t.isPropertyAccessExpression(inner) && DERIVED_PROPERTIES.has(inner.name.text)) return true;
    if (t.isCallExpression(inner)) {
      if (this.isSanitizerCall(inner)) return true;
      if (t.isPropertyAccessExpression(inner.expression) && DERIVED_METHODS.has(inner.expression.name.text)) return true;
      if (t.isIdentifier(inner.expression) && (inner.expression.text === 'Boolean' || inner.expression.text === 'Number')) return true;
    }
    if (isEnvironmentAccess(t, inner)) return true;
    if (t.isArrowFunction(inner) || t.isFunctionExpression(inner) || t.isObjectLiteralExpression(inner) || t.isArrayLiteralExpression(inner) || t.isNewExpression(inner)) return true;
    return false;
  }

  /** The value is a read of a declaration carrying a mark (`@personal none` included): the mark wins over its key's name. */
  private hasExplicitMark(value: ts.Expression): boolean {
    const t = this.t;
    let inner = value;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isNonNullExpression(inner) || t.isAsExpression(inner)) inner = inner.expression;
    const nameNode = t.isPropertyAccessExpression(inner) ? inner.name : t.isIdentifier(inner) ? inner : undefined;
    if (!nameNode) return false;
    const symbol = this.checker.getSymbolAtLocation(nameNode);
    return (symbol?.declarations ?? []).some((declaration) => this.isProjectFile(declaration.getSourceFile()) && this.marks.markOfDeclaration(declaration) !== undefined);
  }

  /** `config.supportEmail`, `SETTINGS.adminEmail`: a constant object literal, not a person's data. */
  private isConfigObject(object: ts.Expression, declarations: ts.Declaration[]): boolean {
    const t = this.t;
    if (declarations.some((declaration) => t.isPropertyAssignment(declaration) && this.isNotData(declaration.initializer))) return true;
    let inner = object;
    while (t.isPropertyAccessExpression(inner)) inner = inner.expression;
    if (t.isIdentifier(inner)) {
      const words = splitIdentifierWords(inner.text);
      if (words.some((word) => word === 'config' || word === 'settings' || word === 'env' || word === 'options' || word === 'constants')) return true;
      if (/^[A-Z][A-Z0-9_]+$/.test(inner.text)) return true;
    }
    return false;
  }

  private expressionHasPersonContext(expression: ts.Expression): boolean {
    const t = this.t;
    let inner: ts.Expression = expression;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isNonNullExpression(inner)) inner = inner.expression;
    let name: string | undefined;
    if (t.isIdentifier(inner)) name = inner.text;
    else if (t.isPropertyAccessExpression(inner)) name = inner.name.text;
    else if (inner.kind === t.SyntaxKind.ThisKeyword) {
      for (let node: ts.Node | undefined = inner.parent; node; node = node.parent) {
        if (t.isClassLike(node)) {
          name = node.name?.text;
          break;
        }
      }
    }
    if (name && isPersonLikeName(name)) return true;
    if (t.isPropertyAccessExpression(expression)) return this.expressionHasPersonContext(expression.expression);
    return false;
  }

  private objectLiteralHasPersonContext(node: ts.ObjectLiteralExpression): boolean {
    const t = this.t;
    const parent = node.parent;
    if (parent && t.isVariableDeclaration(parent) && t.isIdentifier(parent.name)) return isPersonLikeName(parent.name.text);
    if (parent && t.isPropertyAssignment(parent) && (t.isIdentifier(parent.name) || t.isStringLiteral(parent.name))) return isPersonLikeName(parent.name.text);
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Guards and activities
  // ---------------------------------------------------------------------------------------------

  private guardsAt(node: ts.Node): string[] {
    if (this.guardNames.size === 0) return [];
    const local = this.localGuardsAt(node);
    const missing = [...this.guardNames].filter((guard) => !local.includes(guard));
    if (missing.length === 0) return local;
    const fn = this.enclosingFunction(node);
    if (!fn) return local;
    let fromCallers = this.callerGuardCache.get(fn);
    if (!fromCallers) {
      fromCallers = this.guardsOfAllCallSites(fn, new Set());
      this.callerGuardCache.set(fn, fromCallers);
    }
    return uniqueSorted([...local, ...fromCallers]);
  }

  private guardsOfAllCallSites(fn: ts.Node, visiting: Set<ts.Node>): string[] {
    if (visiting.has(fn) || visiting.size > 5) return [];
    visiting.add(fn);
    const sites = this.callSitesOf(fn);
    if (sites.length === 0) return [];
    let common: string[] | undefined;
    for (const site of sites) {
      const local = this.localGuardsAt(site);
      const outer = this.enclosingFunction(site);
      const inherited = outer ? this.guardsOfAllCallSites(outer, visiting) : [];
      const all = uniqueSorted([...local, ...inherited]);
      common = common === undefined ? all : common.filter((guard) => all.includes(guard));
    }
    visiting.delete(fn);
    return common ?? [];
  }

  /**
   * Calls of a project function. Candidates come from the syntactic index by name (own name, its
   * variable's or property's, `default`), so only calls that can be it are resolved.
   */
  private callSitesOf(fn: ts.Node): ts.CallExpression[] {
    const cached = this.callSiteCache.get(fn);
    if (cached) return cached;
    const t = this.t;
    const names = new Set<string>();
    if (isFunctionWithBody(t, fn)) {
      const nameOf = (name: ts.Node | undefined): string | undefined => (name && (t.isIdentifier(name) || t.isStringLiteral(name) || t.isPrivateIdentifier(name)) ? name.text : undefined);
      const own = nameOf(fn.name);
      if (own) names.add(own);
      const holder = fn.parent;
      if (holder && (t.isVariableDeclaration(holder) || t.isPropertyAssignment(holder) || t.isPropertyDeclaration(holder))) {
        const name = nameOf(holder.name);
        if (name) names.add(name);
      }
      names.add('default');
    }
    const sites: ts.CallExpression[] = [];
    const seen = new Set<ts.CallExpression>();
    for (const name of names) {
      for (const call of this.index.callsNamed(name)) {
        if (seen.has(call)) continue;
        seen.add(call);
        if (this.resolver.projectFunctionOf(call.expression) === fn) sites.push(call);
      }
    }
    // Source order, as a whole-program walk would have found them.
    sites.sort((a, b) => compareStrings(a.getSourceFile().fileName, b.getSourceFile().fileName) || a.pos - b.pos);
    this.callSiteCache.set(fn, sites);
    return sites;
  }

  private enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
    for (let current = node.parent; current; current = current.parent) {
      if (isFunctionWithBody(this.t, current)) return current as ts.FunctionLikeDeclaration;
    }
    return undefined;
  }

  /** Guards whose truthy result the node depends on within its own function. */
  private localGuardsAt(node: ts.Node): string[] {
    if (this.guardNames.size === 0) return [];
    const t = this.t;
    const guards: string[] = [];
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (isFunctionWithBody(t, parent) || t.isSourceFile(parent) && child === undefined) break;
      if (t.isIfStatement(parent)) {
        if (child === parent.thenStatement) guards.push(...this.truthyGuards(parent.expression));
        else if (child === parent.elseStatement) guards.push(...this.falsyGuards(parent.expression));
      } else if (t.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) guards.push(...this.truthyGuards(parent.condition));
        else if (child === parent.whenFalse) guards.push(...this.falsyGuards(parent.condition));
      } else if (t.isBinaryExpression(parent) && parent.operatorToken.kind === t.SyntaxKind.AmpersandAmpersandToken && child === parent.right) {
        guards.push(...this.truthyGuards(parent.left));
      } else if (t.isBlock(parent) || t.isSourceFile(parent) || t.isCaseClause(parent)) {
        const statements = parent.statements;
        for (const statement of statements) {
          if (statement === child) break;
          if (t.isIfStatement(statement) && !statement.elseStatement && alwaysExits(t, statement.thenStatement)) {
            guards.push(...this.falsyGuards(statement.expression));
          }
        }
      }
      if (isFunctionWithBody(t, parent)) break;
    }
    return uniqueSorted(guards);
  }

  private truthyGuards(expression: ts.Expression): string[] {
    const t = this.t;
    let inner = expression;
    while (t.isParenthesizedExpression(inner) || t.isAwaitExpression(inner) || t.isNonNullExpression(inner)) inner = inner.expression;
    if (t.isCallExpression(inner)) {
      const callee = inner.expression;
      const name = t.isIdentifier(callee) ? callee.text : t.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      return name && this.guardNames.has(name) ? [name] : [];
    }
    if (t.isBinaryExpression(inner) && inner.operatorToken.kind === t.SyntaxKind.AmpersandAmpersandToken) {
      return [...this.truthyGuards(inner.left), ...this.truthyGuards(inner.right)];
    }
    if (t.isIdentifier(inner)) {
      const declaration = this.checker.getSymbolAtLocation(inner)?.valueDeclaration;
      if (declaration && t.isVariableDeclaration(declaration) && declaration.initializer && !(declaration.parent.flags & t.NodeFlags.Let)) {
        return this.truthyGuards(declaration.initializer);
      }
    }
    return [];
  }

  /** Guards known to be true when `expression` is falsy (`!guard()`, `!a || !b`). */
  private falsyGuards(expression: ts.Expression): string[] {
    const t = this.t;
    let inner = expression;
    while (t.isParenthesizedExpression(inner)) inner = inner.expression;
    if (t.isPrefixUnaryExpression(inner) && inner.operator === t.SyntaxKind.ExclamationToken) return this.truthyGuards(inner.operand);
    if (t.isBinaryExpression(inner) && inner.operatorToken.kind === t.SyntaxKind.BarBarToken) {
      return [...this.falsyGuards(inner.left), ...this.falsyGuards(inner.right)];
    }
    return [];
  }

  private activityAt(node: ts.Node): string | undefined {
    const t = this.t;
    for (let current: ts.Node | undefined = node; current && !t.isSourceFile(current); current = current.parent) {
      if (isFunctionWithBody(t, current) || t.isClassLike(current) || t.isVariableStatement(current) || t.isPropertyDeclaration(current)) {
        for (const tag of t.getJSDocTags(current)) {
          if (tag.tagName.text !== 'activity') continue;
          const value = t.getTextOfJSDocComment(tag.comment)?.trim().split(/\s+/)[0];
          if (value) return value;
        }
      }
    }
    return this.fileActivity(node.getSourceFile());
  }

  /** `// @activity x` or a JSDoc `@activity x` at the top of a file, not attached to the first declaration. */
  private fileActivity(sourceFile: ts.SourceFile): string | undefined {
    const cached = this.activityCache.get(sourceFile);
    if (cached !== undefined) return cached ?? undefined;
    const t = this.t;
    const first = sourceFile.statements[0];
    const headerEnd = first ? first.getStart(sourceFile) : sourceFile.text.length;
    const header = sourceFile.text.slice(0, headerEnd);
    let activity: string | undefined;
    const match = /@activity\s+([A-Za-z0-9_.-]+)/.exec(header);
    if (match) {
      const isDeclaration = first && (t.isFunctionDeclaration(first) || t.isClassDeclaration(first) || t.isVariableStatement(first) || (t.isExportAssignment(first)));
      const afterTag = header.slice(match.index);
      const lineComment = /^\s*\/\/[^\n]*@activity/m.test(header.slice(Math.max(0, header.lastIndexOf('\n', match.index)), match.index + 9));
      const separated = /\*\/[ \t]*\r?\n[ \t]*\r?\n/.test(afterTag) || /\n[ \t]*\r?\n\s*$/.test(afterTag);
      if (!isDeclaration || lineComment || separated) activity = match[1];
    }
    this.activityCache.set(sourceFile, activity ?? null);
    return activity;
  }

  // ---------------------------------------------------------------------------------------------
  // Locations
  // ---------------------------------------------------------------------------------------------

  relativeFile(fileName: string): string {
    const root = this.options.rootDir.replace(/\\/g, '/').replace(/\/+$/, '');
    const normalized = fileName.replace(/\\/g, '/');
    if (normalized.startsWith(`${root}/`)) return normalized.slice(root.length + 1);
    return normalized;
  }

  location(node: ts.Node): SourceLocation {
    const sourceFile = node.getSourceFile();
    const position = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    return { file: this.relativeFile(sourceFile.fileName), line: position.line + 1, column: position.character + 1 };
  }

  private step(node: ts.Node, note: string): TraceStep {
    return { ...this.location(node), note };
  }

  private markStep(mark: Mark): TraceStep {
    const note = mark.kind === 'jsdoc' ? `@personal ${mark.raw}` : mark.kind === 'brand' ? `Personal<…, '${mark.raw}'>` : `@Personal('${mark.raw}')`;
    return this.step(mark.node, note);
  }

  private markLabel(mark: Mark, readAt?: ts.Node): Label {
    const trace = [this.markStep(mark)];
    if (readAt) trace.push(this.step(readAt, `read ${readAt.getText().slice(0, 60)}`));
    return { kind: 'label', category: mark.category!, confidence: 'annotated', trace, field: [] };
  }
}

// -----------------------------------------------------------------------------------------------
// Helpers
// -----------------------------------------------------------------------------------------------

function isFunctionExpressionLike(t: typeof ts, node: ts.Expression): boolean {
  return t.isArrowFunction(node) || t.isFunctionExpression(node) || t.isClassExpression(node);
}

const nameRequirementsByCatalog = new WeakMap<AnalyzerCatalog, SinkNameRequirements>();

/** One object per catalog, so the project index can keep per-file facts across programs (the editor). */
function nameRequirementsOf(catalog: AnalyzerCatalog): SinkNameRequirements {
  let requirements = nameRequirementsByCatalog.get(catalog);
  if (!requirements) {
    requirements = sinkNameRequirements(
      catalog.sinks.flatMap((rule) => rule.calls.map((call) => call.segments)),
      catalog.sinks.flatMap((rule) => rule.assignments),
    );
    nameRequirementsByCatalog.set(catalog, requirements);
  }
  return requirements;
}

/** The value an evaluation has in the cache while it is under way. */
const EVALUATING = Object.freeze([]) as unknown as Taint[];

function isNullish(t: typeof ts, node: ts.Expression): boolean {
  return node.kind === t.SyntaxKind.NullKeyword || (t.isIdentifier(node) && node.text === 'undefined');
}

/**
 * Whether a written type is a flag, when the syntax says so: `boolean`, `true`, `boolean | null`
 * → true; a keyword or literal of another kind (`string`, `Date[]`) → false; a reference to a named
 * type (which may alias `boolean`) → undefined, for the checker to decide.
 */
function writtenBooleanType(t: typeof ts, typeNode: ts.TypeNode): boolean | undefined {
  if (t.isParenthesizedTypeNode(typeNode)) return writtenBooleanType(t, typeNode.type);
  if (typeNode.kind === t.SyntaxKind.BooleanKeyword) return true;
  if (t.isLiteralTypeNode(typeNode)) {
    const literal = typeNode.literal.kind;
    if (literal === t.SyntaxKind.TrueKeyword || literal === t.SyntaxKind.FalseKeyword) return true;
    return literal === t.SyntaxKind.NullKeyword ? undefined : false;
  }
  if (typeNode.kind === t.SyntaxKind.UndefinedKeyword) return undefined;
  if (t.isUnionTypeNode(typeNode)) {
    let sawBoolean = false;
    for (const member of typeNode.types) {
      const answer = writtenBooleanType(t, member);
      if (answer === false) return false;
      if (answer === true) sawBoolean = true;
      else if (!(member.kind === t.SyntaxKind.UndefinedKeyword || (t.isLiteralTypeNode(member) && member.literal.kind === t.SyntaxKind.NullKeyword))) return undefined;
    }
    return sawBoolean ? true : undefined;
  }
  if (t.isTypeReferenceNode(typeNode) || t.isTypeQueryNode(typeNode) || t.isIndexedAccessTypeNode(typeNode) || t.isConditionalTypeNode(typeNode) || t.isTypeOperatorNode(typeNode)) return undefined;
  return false;
}

/** `boolean`, `true`, `boolean | undefined`, `false | null`: a flag, once absence is set aside. */
function isBooleanType(t: typeof ts, type: ts.Type): boolean {
  if (type.flags & t.TypeFlags.BooleanLike) return true;
  if (!type.isUnion()) return false;
  // `boolean | undefined` is the union `true | false | undefined`: flags alone answer, no type query.
  let sawBoolean = false;
  for (const member of type.types) {
    if (member.flags & t.TypeFlags.BooleanLike) sawBoolean = true;
    else if (!(member.flags & (t.TypeFlags.Undefined | t.TypeFlags.Null | t.TypeFlags.Void))) return false;
  }
  return sawBoolean;
}

function isErrorLikeType(checker: ts.TypeChecker, type: ts.Type): boolean {
  return checker.typeToString(type) === 'any';
}

/** `process.env.X`, `process.env['X']`, `import.meta.env.X`: configuration, never personal. */
function isEnvironmentAccess(t: typeof ts, node: ts.Node | undefined): boolean {
  let current = node;
  while (current && (t.isParenthesizedExpression(current) || t.isNonNullExpression(current) || t.isAsExpression(current))) current = current.expression;
  if (!current) return false;
  if (t.isBinaryExpression(current) && (current.operatorToken.kind === t.SyntaxKind.BarBarToken || current.operatorToken.kind === t.SyntaxKind.QuestionQuestionToken)) {
    return isEnvironmentAccess(t, current.left);
  }
  while (t.isPropertyAccessExpression(current) || t.isElementAccessExpression(current)) {
    const object: ts.Expression = current.expression;
    if (t.isPropertyAccessExpression(object) && object.name.text === 'env') {
      const base = object.expression;
      if (t.isIdentifier(base) && base.text === 'process') return true;
      if (t.isMetaProperty(base)) return true;
    }
    if (t.isPropertyAccessExpression(current) && current.name.text === 'env' && t.isIdentifier(current.expression) && current.expression.text === 'process') return true;
    current = object;
  }
  return false;
}

function alwaysExits(t: typeof ts, statement: ts.Statement): boolean {
  if (t.isReturnStatement(statement) || t.isThrowStatement(statement)) return true;
  if (t.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && alwaysExits(t, last);
  }
  return false;
}

function propertyValueOfObjectLiteral(t: typeof ts, expression: ts.Expression, name: string): ts.Expression | undefined {
  let inner = expression;
  while (t.isParenthesizedExpression(inner) || t.isAsExpression(inner) || t.isSatisfiesExpression(inner)) inner = inner.expression;
  if (!t.isObjectLiteralExpression(inner)) return undefined;
  for (const property of inner.properties) {
    if (t.isPropertyAssignment(property) && property.name && (t.isIdentifier(property.name) || t.isStringLiteral(property.name)) && property.name.text === name) return property.initializer;
    if (t.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
  }
  return undefined;
}

/** Taints of `value.path`: labels inside another field drop out, parameter data gets a longer path. */
function projectTaints(taints: Taint[], path: string[]): Taint[] {
  const result: Taint[] = [];
  for (const taint of taints) {
    let field = taint.field;
    let extra: string[] = [];
    let dropped = false;
    for (const name of path) {
      if (field.length > 0) {
        if (field[0] !== name) {
          dropped = true;
          break;
        }
        field = field.slice(1);
      } else {
        extra = [...extra, name];
      }
    }
    if (dropped) continue;
    if (taint.kind === 'param') result.push({ ...taint, field, path: [...taint.path, ...extra] });
    else result.push({ ...taint, field });
  }
  return result;
}

function clearFields(taints: Taint[]): Taint[] {
  return taints.map((taint) => (taint.field.length === 0 ? taint : { ...taint, field: [] }));
}

function dedupeTaints(taints: Taint[]): Taint[] {
  const seen = new Map<string, Taint>();
  for (const taint of taints) {
    const key = taint.kind === 'label' ? `L|${taint.category}|${taint.confidence}|${taint.field.join('.')}` : `P|${taint.param}|${taint.path.join('.')}|${taint.field.join('.')}`;
    const existing = seen.get(key);
    if (!existing || taint.trace.length < existing.trace.length) seen.set(key, taint);
  }
  return [...seen.values()];
}

function dedupeSummarySinks(sinks: SummarySink[]): SummarySink[] {
  const seen = new Map<string, SummarySink>();
  for (const sink of sinks) {
    const last = sink.trace[sink.trace.length - 1];
    const key = `${sink.param}|${sink.path.join('.')}|${sink.sink.id}|${last ? `${last.file}:${last.line}:${last.column}` : ''}`;
    const existing = seen.get(key);
    if (!existing || sink.trace.length < existing.trace.length) seen.set(key, sink);
  }
  return [...seen.values()];
}

function traceKey(trace: TraceStep[]): string {
  return trace.map((step) => `${step.file}:${step.line}:${step.column}:${step.note}`).join('|');
}

/** One flow per (location, sink, category): annotated over inferred, then the shortest trace. */
export function dedupeFlows(flows: Flow[]): Flow[] {
  const best = new Map<string, Flow>();
  for (const flow of flows) {
    const key = `${flow.location.file}:${flow.location.line}:${flow.location.column}|${flow.sink.id}|${flow.category}`;
    const existing = best.get(key);
    if (!existing || isBetterFlow(flow, existing)) best.set(key, flow);
  }
  return [...best.values()].sort(compareFlows);
}

function isBetterFlow(candidate: Flow, existing: Flow): boolean {
  if (candidate.confidence !== existing.confidence) return candidate.confidence === 'annotated';
  if (candidate.trace.length !== existing.trace.length) return candidate.trace.length < existing.trace.length;
  return compareStrings(traceKey(candidate.trace), traceKey(existing.trace)) < 0;
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}


function sinkVerb(kind: SinkKind): string {
  switch (kind) {
    case 'log':
      return 'logged by';
    case 'third-party':
      return 'sent to';
    default:
      return 'written to';
  }
}

function functionDisplayName(t: typeof ts, fn: ts.FunctionLikeDeclaration): string {
  if (fn.name && (t.isIdentifier(fn.name) || t.isStringLiteral(fn.name))) return fn.name.text;
  const parent = fn.parent;
  if (parent && (t.isVariableDeclaration(parent) || t.isPropertyAssignment(parent) || t.isPropertyDeclaration(parent)) && t.isIdentifier(parent.name)) return parent.name.text;
  if (t.isConstructorDeclaration(fn)) return 'constructor';
  return 'function';
}

function parameterName(t: typeof ts, fn: ts.FunctionLikeDeclaration, index: number): string {
  const parameter = fn.parameters[index];
  if (!parameter) return `argument ${index + 1}`;
  return t.isIdentifier(parameter.name) ? parameter.name.text : `argument ${index + 1}`;
}

/** The argument a call passes for parameter `index` (a rest parameter takes the first of the rest). */
function argumentForParameter(call: ts.CallExpression, index: number): ts.Expression | undefined {
  return call.arguments[index];
}

