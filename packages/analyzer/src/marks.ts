/**
 * Explicit marks on declarations (DESIGN "Sources" 1–3): JSDoc `@personal`, the branded type
 * `Personal<T, C>`, and the `@Personal('…')` decorator. An explicit mark always wins over a guess;
 * `@personal none` silences heuristics on the declaration.
 */
import type ts from 'typescript';
import type { TaxonomyLike } from '@lawful/core';

export type MarkKind = 'jsdoc' | 'brand' | 'decorator' | 'prisma';

export interface Mark {
  /** Resolved taxonomy key, or `none`; undefined when the raw text names no known category. */
  category: string | undefined;
  raw: string;
  kind: MarkKind;
  /** Where the mark is written (the tag, the type argument, the decorator). */
  node: ts.Node;
}

export function isNoneMark(raw: string): boolean {
  return raw === 'none';
}

/** The text of a `@personal` tag: its first word. */
export function personalTagText(t: typeof ts, tag: ts.JSDocTag): string | undefined {
  if (tag.tagName.text !== 'personal') return undefined;
  const comment = t.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
  const first = comment.split(/\s+/)[0];
  return first && first.length > 0 ? first : undefined;
}

export class MarkReader {
  private readonly declarationMarks = new Map<ts.Node, Mark | null>();

  constructor(
    private readonly t: typeof ts,
    private readonly checker: ts.TypeChecker,
    private readonly taxonomy: TaxonomyLike,
  ) {}

  private makeMark(raw: string, kind: MarkKind, node: ts.Node): Mark {
    return { category: isNoneMark(raw) ? 'none' : this.taxonomy.resolve(raw), raw, kind, node };
  }

  /** JSDoc, decorator or declared-type mark of a property, parameter, variable or type alias. */
  markOfDeclaration(declaration: ts.Node): Mark | undefined {
    const cached = this.declarationMarks.get(declaration);
    if (cached !== undefined) return cached ?? undefined;
    this.declarationMarks.set(declaration, null);
    const mark = this.computeDeclarationMark(declaration);
    this.declarationMarks.set(declaration, mark ?? null);
    return mark;
  }

  private computeDeclarationMark(declaration: ts.Node): Mark | undefined {
    const t = this.t;
    for (const tag of t.getJSDocTags(declaration)) {
      const raw = personalTagText(t, tag);
      if (raw) return this.makeMark(raw, 'jsdoc', tag);
    }
    // JSDoc on `const x = …` sits on the variable statement.
    if (t.isVariableDeclaration(declaration) && t.isVariableDeclarationList(declaration.parent) && t.isVariableStatement(declaration.parent.parent)) {
      for (const tag of t.getJSDocTags(declaration.parent.parent)) {
        const raw = personalTagText(t, tag);
        if (raw) return this.makeMark(raw, 'jsdoc', tag);
      }
    }
    if (t.canHaveDecorators(declaration)) {
      for (const decorator of t.getDecorators(declaration) ?? []) {
        const call = decorator.expression;
        if (t.isCallExpression(call) && t.isIdentifier(call.expression) && call.expression.text === 'Personal') {
          const argument = call.arguments[0];
          if (argument && t.isStringLiteralLike(argument)) return this.makeMark(argument.text, 'decorator', decorator);
        }
      }
    }
    const typeNode = (declaration as { type?: ts.TypeNode }).type;
    if (typeNode && (t.isPropertySignature(declaration) || t.isPropertyDeclaration(declaration) || t.isParameter(declaration) || t.isVariableDeclaration(declaration))) {
      return this.markOfTypeNode(typeNode, 0);
    }
    return undefined;
  }

  /** `Personal<string, 'email'>`, an alias marked `@personal`, `User['email']`, `Email[]`, `Email | null`. */
  markOfTypeNode(typeNode: ts.TypeNode, depth: number): Mark | undefined {
    const t = this.t;
    if (depth > 8) return undefined;
    if (t.isUnionTypeNode(typeNode) || t.isIntersectionTypeNode(typeNode)) {
      for (const member of typeNode.types) {
        const mark = this.markOfTypeNode(member, depth + 1);
        if (mark) return mark;
      }
      return undefined;
    }
    if (t.isArrayTypeNode(typeNode)) return this.markOfTypeNode(typeNode.elementType, depth + 1);
    if (t.isParenthesizedTypeNode(typeNode)) return this.markOfTypeNode(typeNode.type, depth + 1);
    if (t.isIndexedAccessTypeNode(typeNode)) {
      const index = typeNode.indexType;
      if (t.isLiteralTypeNode(index) && t.isStringLiteral(index.literal)) {
        const objectType = this.checker.getTypeFromTypeNode(typeNode.objectType);
        const property = objectType.getProperty(index.literal.text);
        for (const declaration of property?.declarations ?? []) {
          const mark = this.markOfDeclaration(declaration);
          if (mark) return mark;
        }
      }
      return undefined;
    }
    if (!t.isTypeReferenceNode(typeNode)) return undefined;
    const name = t.isIdentifier(typeNode.typeName) ? typeNode.typeName.text : typeNode.typeName.right.text;
    const typeArguments = typeNode.typeArguments ?? [];
    if (name === 'Personal' && typeArguments.length === 2) {
      const category = typeArguments[1]!;
      if (t.isLiteralTypeNode(category) && t.isStringLiteral(category.literal)) return this.makeMark(category.literal.text, 'brand', category);
    }
    if (name === 'Array' && typeArguments[0]) return this.markOfTypeNode(typeArguments[0], depth + 1);
    let symbol = this.checker.getSymbolAtLocation(t.isIdentifier(typeNode.typeName) ? typeNode.typeName : typeNode.typeName.right);
    if (symbol && symbol.flags & t.SymbolFlags.Alias) {
      try {
        symbol = this.checker.getAliasedSymbol(symbol);
      } catch {
        return undefined;
      }
    }
    for (const declaration of symbol?.declarations ?? []) {
      if (!t.isTypeAliasDeclaration(declaration)) continue;
      if (declaration.getSourceFile().isDeclarationFile) continue;
      for (const tag of t.getJSDocTags(declaration)) {
        const raw = personalTagText(t, tag);
        if (raw) return this.makeMark(raw, 'jsdoc', tag);
      }
      return this.markOfTypeNode(declaration.type, depth + 1);
    }
    return undefined;
  }
}
