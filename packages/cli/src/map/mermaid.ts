/**
 * `lawful map --format mermaid|json`. The Mermaid flowchart renders in GitHub Markdown: node ids are
 * generated (`n0`, `n1`, …) so nothing from code or config reaches an id, and labels are quoted with
 * Mermaid's entity codes for every character that could end the quote or be read as markup.
 */
import type { MapModel, MapNode } from './model.js';

const UNDECLARED_COLOUR = '#b3261e';

/** Mermaid label text: entity codes (`#quot;`) for quote, markup and entity characters; one line. */
export function escapeMermaidLabel(text: string): string {
  return text
    .replace(/[\u2028\u2029\r\n\t]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
    .replace(/[\[\]{}()]/g, (char) => `#${char.charCodeAt(0)};`);
}

function nodeLabel(node: MapNode): string {
  const kind = node.type === 'category' && node.special ? 'category, Art. 9' : node.type;
  return escapeMermaidLabel(`${node.label} (${kind})`);
}

function nodeShape(node: MapNode, id: string, label: string): string {
  switch (node.type) {
    case 'category':
      return `${id}(["${label}"])`;
    case 'activity':
      return `${id}["${label}"]`;
    case 'store':
      return `${id}[("${label}")]`;
    case 'recipient':
      return `${id}{{"${label}"}}`;
  }
}

export function renderMermaid(model: MapModel): string {
  const ids = new Map(model.nodes.map((node, position) => [node.id, `n${position}`]));
  const lines: string[] = ['flowchart LR'];
  for (const node of model.nodes) {
    if (node.flowCount === 0) continue;
    lines.push(`  ${nodeShape(node, ids.get(node.id)!, nodeLabel(node))}`);
  }
  const undeclaredLinks: number[] = [];
  let linkIndex = 0;
  for (const edge of model.edges) {
    const label = `${edge.flowCount} flow${edge.flowCount === 1 ? '' : 's'}${edge.declared ? '' : ', undeclared'}`;
    const arrow = edge.declared ? '-->' : '-.->';
    lines.push(`  ${ids.get(edge.source)} ${arrow}|"${escapeMermaidLabel(label)}"| ${ids.get(edge.target)}`);
    if (!edge.declared) undeclaredLinks.push(linkIndex);
    linkIndex += 1;
  }
  const undeclaredNodes = model.nodes.filter((node) => node.undeclared && node.flowCount > 0).map((node) => ids.get(node.id)!);
  if (undeclaredNodes.length > 0) {
    lines.push(`  classDef undeclared stroke:${UNDECLARED_COLOUR},stroke-width:2px,stroke-dasharray:5 5`);
    lines.push(`  class ${undeclaredNodes.join(',')} undeclared`);
  }
  if (undeclaredLinks.length > 0) {
    lines.push(`  linkStyle ${undeclaredLinks.join(',')} stroke:${UNDECLARED_COLOUR},stroke-width:2px,stroke-dasharray:5 5`);
  }
  return `${lines.join('\n')}\n`;
}

/** Stable JSON of the map model (keys in declaration order, arrays already sorted by the model). */
export function renderMapJson(model: MapModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
