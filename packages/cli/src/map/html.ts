/**
 * `lawful map --format html`: one self-contained HTML file that opens from disk. The graph is drawn by
 * cytoscape (MIT, inlined with its license comment) with its built-in `grid` layout in three columns
 * (categories, activities, stores and recipients); a filterable, paginated table lists every flow and
 * is what prints. A strict Content-Security-Policy forbids any network access.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assertInlineableScript, escapeHtml, serializeJsonForScript } from './escape.js';
import { MAP_CLIENT_SCRIPT } from './client.js';
import { MAP_STYLES } from './styles.js';
import type { MapModel } from './model.js';

export const MAP_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

export interface RenderMapHtmlOptions {
  title?: string;
  /** Cytoscape's browser bundle; defaults to the installed `cytoscape/dist/cytoscape.min.js`. */
  cytoscapeSource?: string;
}

let cachedCytoscape: string | undefined;

/** The installed cytoscape browser bundle, license comment included. */
export function loadCytoscapeSource(): string {
  if (cachedCytoscape === undefined) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('cytoscape/dist/cytoscape.min.js');
    cachedCytoscape = assertInlineableScript(readFileSync(path, 'utf8'), 'cytoscape.min.js');
  }
  return cachedCytoscape;
}

export function renderMapHtml(model: MapModel, options: RenderMapHtmlOptions = {}): string {
  const title = escapeHtml(options.title ?? 'lawful data-flow map');
  const cytoscape =
    options.cytoscapeSource !== undefined
      ? assertInlineableScript(options.cytoscapeSource, 'cytoscape source')
      : loadCytoscapeSource();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${MAP_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>
${MAP_STYLES}
</style>
</head>
<body>
<a class="skip-link" href="#flows">Skip to the table of flows</a>
<header>
  <h1>${title}</h1>
  <p id="summary" role="status" aria-live="polite"></p>
  <p class="legend" aria-label="Legend">
    <span class="legend-item legend-category">Data category</span>
    <span class="legend-item legend-activity">Activity</span>
    <span class="legend-item legend-store">Store</span>
    <span class="legend-item legend-recipient">Recipient</span>
    <span class="legend-item legend-undeclared">Undeclared (dashed, red)</span>
  </p>
</header>
<main>
  <section id="filters" aria-labelledby="filters-title">
    <h2 id="filters-title">Filters</h2>
    <label for="search">Search flows</label>
    <input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="file, category, sink, trace…">
    <fieldset id="filter-status"><legend>Status</legend></fieldset>
    <fieldset id="filter-kind"><legend>Sink kind</legend></fieldset>
    <fieldset id="filter-category"><legend>Data category</legend></fieldset>
    <fieldset id="filter-activity"><legend>Activity</legend></fieldset>
    <fieldset id="filter-target"><legend>Store or recipient</legend></fieldset>
    <button type="button" id="reset-filters">Show everything</button>
  </section>
  <section id="graph-section" aria-labelledby="graph-title">
    <h2 id="graph-title">Data-flow graph</h2>
    <p class="hint">Click a node or an edge to list its flows. Keyboard: use the element list under the graph or the table.</p>
    <div id="graph" role="img" aria-label="Graph: data categories on the left, activities in the middle, stores and recipients on the right; edge width grows with the number of flows."></div>
    <details id="elements">
      <summary>Graph elements (keyboard access)</summary>
      <ul id="node-list"></ul>
    </details>
  </section>
  <section id="details" aria-labelledby="details-title">
    <h2 id="details-title" tabindex="-1">Selected flows</h2>
    <p id="details-hint">Select a node, an edge or a flow to see its traces and code.</p>
    <ol id="details-list"></ol>
    <button type="button" id="details-more" hidden>Show more</button>
  </section>
  <section id="flows" aria-labelledby="flows-title">
    <h2 id="flows-title">All flows</h2>
    <nav class="pager" aria-label="Table pages">
      <button type="button" id="page-prev">Previous page</button>
      <span id="page-status" aria-live="polite"></span>
      <button type="button" id="page-next">Next page</button>
    </nav>
    <table id="flow-table">
      <caption>Every flow of personal data found in the code, grouped by data category.</caption>
      <thead><tr>
        <th scope="col">Location</th><th scope="col">Activity</th><th scope="col">Sink</th>
        <th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Confidence</th>
      </tr></thead>
    </table>
  </section>
</main>
<script type="application/json" id="lawful-data">${serializeJsonForScript(model)}</script>
<script>
${cytoscape}
</script>
<script>
${MAP_CLIENT_SCRIPT}
</script>
</body>
</html>
`;
}
