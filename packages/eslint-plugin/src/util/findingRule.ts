/**
 * Every lawful ESLint rule reports one finding id of the shared policy; this makes such a rule.
 * The findings come from `analyseLintedFile`, computed once per file and shared by all rules.
 */
import { createRequire } from 'node:module';
import { ESLintUtils, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Finding, FindingId, Flow } from '@lawful/core';
import { analyseLintedFile, claimConfigErrorReport } from './analysis.js';
import { createRule } from './createRule.js';

export type MessageId = 'finding' | 'configError' | 'suggestIgnore' | 'suggestPersonalNone';
export type Options = [];

const REPORTED_NODE_TYPES = new Set(['CallExpression', 'NewExpression', 'AssignmentExpression', 'TaggedTemplateExpression', 'AwaitExpression']);

export function createFindingRule(id: FindingId, description: string, recommended: 'error' | 'warn' = 'error') {
  return createRule<Options, MessageId>({
    name: id,
    meta: {
      type: 'problem',
      docs: { description, recommended, requiresTypeChecking: true },
      hasSuggestions: true,
      schema: [],
      messages: {
        finding: '{{message}}',
        configError: 'lawful config error (reported once, on the first linted file):\n{{message}}',
        suggestIgnore: 'Suppress with a `lawful-ignore {{ruleId}}` comment (give the reason)',
        suggestPersonalNone: 'Mark `{{name}}` as not personal data (`@personal none`)',
      },
    },
    defaultOptions: [],
    create(context) {
      const services = ESLintUtils.getParserServices(context);
      const program = services.program;
      const tsInstance = loadTypeScript();
      return {
        Program(programNode) {
          const result = analyseLintedFile(tsInstance, program, context.filename, programNode);
          if (result.configError && claimConfigErrorReport(result.configError.key)) {
            context.report({
              node: programNode,
              loc: { line: 1, column: 0 },
              messageId: 'configError',
              data: { message: result.configError.error.format(context.cwd) },
            });
          }
          for (const finding of result.findings) {
            if (finding.ruleId !== id) continue;
            reportFinding(context, services, finding, result.flows);
          }
        },
      };
    },
  });
}

function reportFinding(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  services: ParserServicesWithTypeInformation,
  finding: Finding,
  flows: Flow[],
): void {
  const sourceCode = context.sourceCode;
  const start = { line: finding.location.line, column: finding.location.column - 1 };
  const node = nodeAt(sourceCode, start);
  const message = finding.message + crossFileTrace(finding);
  const lineStart = sourceCode.getIndexFromLoc({ line: start.line, column: 0 });
  const indent = /^[ \t]*/.exec(sourceCode.lines[start.line - 1] ?? '')?.[0] ?? '';
  const suggestions: TSESLint.ReportSuggestionArray<MessageId> = [
    {
      messageId: 'suggestIgnore',
      data: { ruleId: finding.ruleId },
      fix: (fixer) => fixer.insertTextBeforeRange([lineStart, lineStart], `${indent}// lawful-ignore ${finding.ruleId} -- TODO: why this flow is fine\n`),
    },
  ];
  const personalNone = personalNoneSuggestion(sourceCode, services, finding, flows);
  if (personalNone) suggestions.push(personalNone);
  context.report({
    ...(node ? { node } : { loc: { start, end: start } }),
    messageId: 'finding',
    data: { message },
    suggest: suggestions,
  });
}

/** The call or assignment that starts at the finding's location. */
function nodeAt(sourceCode: Readonly<TSESLint.SourceCode>, loc: TSESTree.Position): TSESTree.Node | undefined {
  const index = sourceCode.getIndexFromLoc(loc);
  let node = sourceCode.getNodeByRangeIndex(index) as TSESTree.Node | null;
  let best: TSESTree.Node | undefined;
  while (node && node.range[0] === index) {
    if (REPORTED_NODE_TYPES.has(node.type)) best = node;
    node = node.parent ?? null;
  }
  return best;
}

/** `(trace: a.ts:3 → lib/b.ts:10)` when the trace crosses files, since the editor shows one file. */
function crossFileTrace(finding: Finding): string {
  const files = new Set(finding.trace.map((step) => step.file));
  if (files.size <= 1) return '';
  return ` (trace: ${finding.trace.map((step) => `${step.file}:${step.line}`).join(' → ')})`;
}

/**
 * For a name-heuristic guess whose name is declared in this file (a property, a parameter or a
 * variable), offer to mark that declaration `@personal none`, which silences the heuristic at its root.
 * The declaration is found through the type checker from where the trace says the name was seen.
 */
function personalNoneSuggestion(
  sourceCode: Readonly<TSESLint.SourceCode>,
  services: ParserServicesWithTypeInformation,
  finding: Finding,
  flows: Flow[],
): TSESLint.SuggestionReportDescriptor<MessageId> | undefined {
  const flow = flows.find(
    (candidate) =>
      candidate.category === finding.category &&
      candidate.sink.id === finding.sink?.id &&
      candidate.location.line === finding.location.line &&
      candidate.location.column === finding.location.column,
  );
  const source = flow?.trace[0];
  if (!flow || flow.confidence !== 'inferred' || !source || source.file !== finding.location.file) return undefined;
  const seen = sourceCode.getNodeByRangeIndex(sourceCode.getIndexFromLoc({ line: source.line, column: source.column - 1 })) as TSESTree.Node | null;
  if (!seen || (seen.type !== 'Identifier' && seen.type !== 'PrivateIdentifier')) return undefined;
  const symbol = services.program.getTypeChecker().getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(seen));
  const tsDeclaration = symbol?.declarations?.find((declaration) => declaration.getSourceFile() === services.esTreeNodeToTSNodeMap.get(seen).getSourceFile());
  const declaration = tsDeclaration ? (services.tsNodeToESTreeNodeMap.get(tsDeclaration) as TSESTree.Node | undefined) : undefined;
  const target = declaration ? markableDeclaration(declaration) : undefined;
  if (!target) return undefined;
  const lineStart = sourceCode.getIndexFromLoc({ line: target.node.loc.start.line, column: 0 });
  const indent = /^[ \t]*/.exec(sourceCode.lines[target.node.loc.start.line - 1] ?? '')?.[0] ?? '';
  return {
    messageId: 'suggestPersonalNone',
    data: { name: target.name },
    fix: (fixer) => fixer.insertTextBeforeRange([lineStart, lineStart], `${indent}/** @personal none */\n`),
  };
}

/** Where a `@personal none` JSDoc can go: a property, a variable statement (single declarator). */
function markableDeclaration(node: TSESTree.Node): { node: TSESTree.Node; name: string } | undefined {
  if ((node.type === 'TSPropertySignature' || node.type === 'PropertyDefinition') && node.key.type === 'Identifier') {
    return { node, name: node.key.name };
  }
  if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.parent.type === 'VariableDeclaration' && node.parent.declarations.length === 1) {
    return { node: node.parent, name: node.id.name };
  }
  return undefined;
}

/**
 * The `typescript` instance typescript-eslint built the program with: the same module the plugin
 * resolves when both are installed side by side, as ESLint setups do. Loaded with `require`, like
 * typescript-eslint loads it: an ES `import` of this 9 MB CommonJS file makes Node scan it for named
 * exports on every run (about 0.3 s, more than lawful's own work on a small project).
 */
let typescript: typeof import('typescript') | undefined;
function loadTypeScript(): typeof import('typescript') {
  typescript ??= createRequire(import.meta.url)('typescript') as typeof import('typescript');
  return typescript;
}
