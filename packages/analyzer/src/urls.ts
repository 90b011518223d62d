/**
 * Hosts of URLs written in code, for `http/{host}` sinks: a literal or template URL names a host;
 * anything else is unknown (`http/*`). Loopback, private ranges, `*.internal`, `*.local`,
 * `localhost` and same-origin paths are the organisation's own services, not third parties.
 */
import type ts from 'typescript';

export type UrlHost = { kind: 'host'; host: string } | { kind: 'internal' } | { kind: 'unknown' };

export interface ConstantString {
  text: string;
  /** False when only a prefix is known (`https://api.x.com/${id}` → `https://api.x.com/`). */
  complete: boolean;
}

/** The statically known (prefix of the) string value of an expression. */
export function constantStringPrefix(t: typeof ts, expression: ts.Expression, checker: ts.TypeChecker, depth = 0): ConstantString | undefined {
  if (depth > 8) return undefined;
  if (t.isParenthesizedExpression(expression) || t.isAsExpression(expression) || t.isNonNullExpression(expression) || t.isSatisfiesExpression(expression)) {
    return constantStringPrefix(t, expression.expression, checker, depth + 1);
  }
  if (t.isStringLiteralLike(expression)) return { text: expression.text, complete: true };
  if (t.isTemplateExpression(expression)) {
    let text = expression.head.text;
    for (const span of expression.templateSpans) {
      const inner = constantStringPrefix(t, span.expression, checker, depth + 1);
      if (!inner || !inner.complete) return { text: inner ? text + inner.text : text, complete: false };
      text += inner.text + span.literal.text;
    }
    return { text, complete: true };
  }
  if (t.isBinaryExpression(expression) && expression.operatorToken.kind === t.SyntaxKind.PlusToken) {
    const left = constantStringPrefix(t, expression.left, checker, depth + 1);
    if (!left) return undefined;
    if (!left.complete) return left;
    const right = constantStringPrefix(t, expression.right, checker, depth + 1);
    if (!right) return { text: left.text, complete: false };
    return { text: left.text + right.text, complete: right.complete };
  }
  if (t.isIdentifier(expression)) {
    let symbol = checker.getSymbolAtLocation(expression);
    if (symbol && symbol.flags & t.SymbolFlags.Alias) {
      try {
        symbol = checker.getAliasedSymbol(symbol);
      } catch {
        return undefined;
      }
    }
    const declaration = symbol?.valueDeclaration;
    if (declaration && t.isVariableDeclaration(declaration) && declaration.initializer && declaration.parent.flags & t.NodeFlags.Const) {
      return constantStringPrefix(t, declaration.initializer, checker, depth + 1);
    }
    return undefined;
  }
  if (t.isPropertyAccessExpression(expression)) {
    // `API.base` where `const API = { base: 'https://…' } as const`.
    const symbol = checker.getSymbolAtLocation(expression.name);
    const declaration = symbol?.valueDeclaration;
    if (declaration && t.isPropertyAssignment(declaration)) return constantStringPrefix(t, declaration.initializer, checker, depth + 1);
    return undefined;
  }
  if (t.isNewExpression(expression) && t.isIdentifier(expression.expression) && expression.expression.text === 'URL') {
    // `new URL(path, base)`: the base names the host when the path is relative.
    const [path, base] = expression.arguments ?? [];
    const pathText = path ? constantStringPrefix(t, path, checker, depth + 1) : undefined;
    if (pathText && /^[a-z][a-z0-9+.-]*:\/\//i.test(pathText.text)) return pathText;
    if (base) {
      const baseText = constantStringPrefix(t, base, checker, depth + 1);
      if (baseText) return { text: baseText.text, complete: false };
    }
    return pathText;
  }
  return undefined;
}

export function isInternalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.internal') || h.endsWith('.local') || h === '0.0.0.0' || h === '::1') return true;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    if (a === 10 || a === 127) return true;
    if (a === 192 && b === 168) return true;
    if (a === 172 && b >= 16 && b <= 31) return true;
    if (a === 169 && b === 254) return true;
  }
  // Unqualified names (`http://users-service:8080`) are service names inside the organisation's network.
  if (!h.includes('.') && !h.includes(':')) return true;
  return false;
}

/** Classifies the host a URL expression points at. */
export function classifyUrlHost(t: typeof ts, expression: ts.Expression, checker: ts.TypeChecker): UrlHost {
  const value = constantStringPrefix(t, expression, checker);
  if (!value) return { kind: 'unknown' };
  const text = value.text;
  if (text.startsWith('/') && !text.startsWith('//')) return { kind: 'internal' };
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i.exec(text);
  if (!match) return value.complete && !text.includes(':') ? { kind: 'internal' } : { kind: 'unknown' };
  const authority = match[1]!.replace(/^[^@]*@/, '');
  // The host is known only when the literal text goes past it.
  const hostComplete = value.complete || text.length > match[0].length;
  if (!hostComplete) return { kind: 'unknown' };
  const host = authority.replace(/:\d+$/, '').toLowerCase();
  if (host === '') return { kind: 'unknown' };
  if (isInternalHost(host)) return { kind: 'internal' };
  return { kind: 'host', host };
}
