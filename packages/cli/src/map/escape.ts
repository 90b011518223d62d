/**
 * Escaping for the HTML map. Everything in the map comes from source code or config, and source code
 * can hold `</script>`: the model is embedded as JSON with every character that could end the script
 * element or start markup written as a `\uXXXX` escape, and the page renders it with `textContent`.
 */

/** Text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>`, `&` and the JavaScript line
 * terminators U+2028/U+2029 become `\u003c`-style escapes, so no `</script`, `<!--` or `]]>` can appear,
 * and `JSON.parse` of the element's text returns the original value.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Guards inlined third-party script text: it must not be able to close or confuse the script element.
 * We refuse rather than rewrite, since rewriting minified code could change what it does.
 */
export function assertInlineableScript(code: string, what: string): string {
  if (/<\/script|<!--|<script/i.test(code)) {
    throw new Error(`${what} contains "</script", "<script" or "<!--" and cannot be inlined safely`);
  }
  return code;
}
