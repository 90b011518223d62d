/**
 * Styles of the HTML map. Colours are chosen for WCAG AA contrast (text ≥ 4.5:1 on its background);
 * undeclared is shown by colour AND a dashed line or border, never by colour alone.
 */
export const MAP_STYLES = `
:root { color-scheme: light; --text: #1f2328; --muted: #4b5563; --border: #9ca3af; --undeclared: #b3261e;
  --category: #1d4ed8; --activity: #15803d; --store: #b45309; --recipient: #7e22ce; --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
header { padding: 12px 20px; border-bottom: 1px solid var(--border); }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 8px; }
main { display: grid; grid-template-columns: 260px minmax(0, 1fr) 420px; grid-template-areas: "filters graph details" "flows flows flows"; gap: 16px; padding: 16px 20px; }
#filters { grid-area: filters; }
#graph-section { grid-area: graph; min-width: 0; }
#details { grid-area: details; min-width: 0; max-height: 80vh; overflow: auto; }
#flows { grid-area: flows; }
#graph { height: 70vh; min-height: 420px; border: 1px solid var(--border); border-radius: 6px; }
.hint, #details-hint { color: var(--muted); margin: 0 0 8px; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { left: 8px; top: 8px; background: #fff; padding: 6px; z-index: 10; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
label { display: block; font-weight: 600; margin-bottom: 4px; }
input[type=search] { width: 100%; padding: 6px; border: 1px solid #6b7280; border-radius: 4px; font: inherit; margin-bottom: 8px; }
fieldset { border: 1px solid var(--border); border-radius: 4px; margin: 0 0 8px; padding: 4px 8px 6px; max-height: 180px; overflow: auto; }
legend { font-weight: 600; padding: 0 4px; }
fieldset label { font-weight: normal; display: flex; gap: 6px; align-items: baseline; margin: 2px 0; word-break: break-all; }
button { font: inherit; padding: 4px 10px; border: 1px solid #4b5563; border-radius: 4px; background: #f3f4f6; color: var(--text); cursor: pointer; }
button:hover { background: #e5e7eb; }
.legend { margin: 4px 0 0; display: flex; flex-wrap: wrap; gap: 12px; }
.legend-item::before { content: ""; display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; border: 2px solid; border-radius: 2px; }
.legend-category::before { border-color: var(--category); background: #dbeafe; }
.legend-activity::before { border-color: var(--activity); background: #dcfce7; }
.legend-store::before { border-color: var(--store); background: #fef3c7; }
.legend-recipient::before { border-color: var(--recipient); background: #f3e8ff; }
.legend-undeclared::before { border-color: var(--undeclared); border-style: dashed; background: #fde8e7; }
#node-list { list-style: none; padding: 0; columns: 2; }
#node-list li { break-inside: avoid; }
#node-list button { width: 100%; text-align: left; margin: 2px 0; background: #fff; word-break: break-all; }
#node-list button[aria-pressed=true] { background: #dbeafe; }
#details-list { padding-left: 20px; }
.flow-item { margin: 0 0 12px; padding: 6px 8px; border: 1px solid var(--border); border-radius: 4px; }
.flow-item.undeclared { border: 2px dashed var(--undeclared); }
.flow-title { font-weight: 600; word-break: break-all; }
.status { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: 600; border: 1px solid; }
.status-undeclared { color: var(--undeclared); border-style: dashed; background: #fff; }
.status-declared { color: var(--activity); }
.trace { margin: 4px 0; padding-left: 20px; }
.trace li { word-break: break-all; }
pre.excerpt { margin: 4px 0 0; padding: 6px; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; overflow: auto; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre; }
pre.excerpt .sink-line { background: #fff4c2; display: inline-block; min-width: 100%; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); margin-bottom: 4px; }
th, td { border-bottom: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; word-break: break-all; }
tbody th[scope=rowgroup] { background: #eef2ff; font-weight: 600; }
td button.link { border: none; background: none; padding: 0; color: #0b57d0; text-decoration: underline; text-align: left; word-break: break-all; }
tr.undeclared td:first-child { border-left: 4px dashed var(--undeclared); }
.pager { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
.filtered-out, .paged-out, .group-empty { display: none; }
@media (max-width: 1100px) {
  main { grid-template-columns: 1fr; grid-template-areas: "filters" "graph" "details" "flows"; }
  #details { max-height: none; }
}
@media print {
  #filters, #graph-section, #details, .pager, .skip-link { display: none !important; }
  main { display: block; padding: 0; }
  .paged-out { display: table-row; }
  tr, .flow-item { break-inside: avoid; }
  td button.link { color: #000; text-decoration: none; }
}
`;
