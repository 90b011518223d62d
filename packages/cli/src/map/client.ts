/**
 * The script of the HTML map, as text inlined into the page. It reads the model from the
 * `lawful-data` JSON element and builds every element with `textContent`: no data ever goes through
 * `innerHTML`, so code holding `<img onerror>` shows as text. Plain ES2019, no template literals,
 * so it can live inside this TypeScript template string.
 */
export const MAP_CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var model = JSON.parse(document.getElementById('lawful-data').textContent);
  var PAGE_SIZE = 100;
  var DETAILS_BATCH = 50;
  var nodesById = {};
  model.nodes.forEach(function (node) { nodesById[node.id] = node; });
  var edgesById = {};
  model.edges.forEach(function (edge) { edgesById[edge.id] = edge; });

  var hidden = { status: {}, kind: {}, category: {}, activity: {}, target: {} };
  var query = '';
  var page = 0;
  var selection = null;
  var detailsShown = 0;
  var visible = new Array(model.flows.length);

  function $(id) { return document.getElementById(id); }
  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }
  function plural(count, word) { return count + ' ' + word + (count === 1 ? '' : 's'); }
  function location(flow) { return flow.file + ':' + flow.line; }
  function nodeLabel(id) { var node = nodesById[id]; return node ? node.label : id; }

  var searchText = model.flows.map(function (flow) {
    var parts = [flow.category, flow.categoryName, flow.sinkId, flow.kind, flow.activity, location(flow),
      flow.declared ? 'declared' : 'undeclared'];
    flow.targetNodes.forEach(function (id) { parts.push(nodeLabel(id)); });
    flow.trace.forEach(function (step) { parts.push(step.file + ':' + step.line, step.note); });
    if (flow.excerpt) parts.push(flow.excerpt.lines.join('\n'));
    return parts.join('\n').toLowerCase();
  });

  function flowVisible(flow) {
    if (hidden.status[flow.declared ? 'declared' : 'undeclared']) return false;
    if (hidden.kind[flow.kind]) return false;
    if (hidden.category[flow.categoryNode]) return false;
    if (hidden.activity[flow.activityNode]) return false;
    if (flow.targetNodes.length > 0 && flow.targetNodes.every(function (id) { return hidden.target[id]; })) return false;
    if (query && searchText[flow.index].indexOf(query) < 0) return false;
    return true;
  }

  // ---- filters --------------------------------------------------------------------------------
  function countBy(key) {
    var counts = {};
    model.flows.forEach(function (flow) {
      var values = key(flow);
      (Array.isArray(values) ? values : [values]).forEach(function (value) { counts[value] = (counts[value] || 0) + 1; });
    });
    return counts;
  }
  function addCheckboxes(fieldsetId, group, entries) {
    var fieldset = $(fieldsetId);
    entries.forEach(function (entry, position) {
      var id = fieldsetId + '-' + position;
      var label = make('label');
      label.htmlFor = id;
      var box = make('input');
      box.type = 'checkbox';
      box.id = id;
      box.checked = true;
      box.dataset.group = group;
      box.dataset.value = entry.value;
      box.addEventListener('change', function () {
        if (box.checked) delete hidden[group][entry.value]; else hidden[group][entry.value] = true;
        page = 0;
        refresh();
      });
      label.appendChild(box);
      label.appendChild(make('span', null, entry.label + ' (' + entry.count + ')'));
      fieldset.appendChild(label);
    });
    if (entries.length === 0) fieldset.appendChild(make('p', 'hint', 'none'));
  }
  function nodeEntries(type, counts) {
    return model.nodes.filter(function (node) { return node.type === type && counts[node.id]; })
      .map(function (node) { return { value: node.id, label: node.label + (node.undeclared ? ' (not declared)' : ''), count: counts[node.id] }; });
  }
  var statusCounts = countBy(function (flow) { return flow.declared ? 'declared' : 'undeclared'; });
  addCheckboxes('filter-status', 'status', ['declared', 'undeclared'].filter(function (s) { return statusCounts[s]; })
    .map(function (s) { return { value: s, label: s, count: statusCounts[s] }; }));
  var kindCounts = countBy(function (flow) { return flow.kind; });
  addCheckboxes('filter-kind', 'kind', Object.keys(kindCounts).sort().map(function (k) { return { value: k, label: k, count: kindCounts[k] }; }));
  var categoryCounts = countBy(function (flow) { return flow.categoryNode; });
  addCheckboxes('filter-category', 'category', nodeEntries('category', categoryCounts));
  var activityCounts = countBy(function (flow) { return flow.activityNode; });
  addCheckboxes('filter-activity', 'activity', nodeEntries('activity', activityCounts));
  var targetCounts = countBy(function (flow) { return flow.targetNodes; });
  addCheckboxes('filter-target', 'target', nodeEntries('store', targetCounts).concat(nodeEntries('recipient', targetCounts)));

  var searchTimer = null;
  $('search').addEventListener('input', function (event) {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { query = event.target.value.trim().toLowerCase(); page = 0; refresh(); }, 120);
  });
  $('reset-filters').addEventListener('click', function () {
    Object.keys(hidden).forEach(function (group) { hidden[group] = {}; });
    Array.prototype.forEach.call(document.querySelectorAll('#filters input[type=checkbox]'), function (box) { box.checked = true; });
    $('search').value = '';
    query = '';
    page = 0;
    refresh();
  });

  // ---- table ----------------------------------------------------------------------------------
  var table = $('flow-table');
  var groups = [];
  var rowsByFlow = new Array(model.flows.length);
  var flowsByCategory = {};
  model.flows.forEach(function (flow) { (flowsByCategory[flow.categoryNode] = flowsByCategory[flow.categoryNode] || []).push(flow); });
  model.nodes.filter(function (node) { return node.type === 'category' && flowsByCategory[node.id]; }).forEach(function (node) {
    var body = make('tbody');
    var headerRow = make('tr', 'group-header');
    var header = make('th', null, node.label + ' — ' + node.key + (node.special ? ' — special category (Art. 9)' : ''));
    header.scope = 'rowgroup';
    header.colSpan = 6;
    headerRow.appendChild(header);
    body.appendChild(headerRow);
    var rows = flowsByCategory[node.id].map(function (flow) {
      var row = make('tr', flow.declared ? 'declared' : 'undeclared');
      var cell = make('td');
      var button = make('button', 'link', location(flow));
      button.type = 'button';
      button.setAttribute('aria-label', 'Show trace of ' + flow.categoryName + ' to ' + flow.sinkId + ' at ' + location(flow));
      button.addEventListener('click', function () { select({ type: 'flow', index: flow.index }); });
      cell.appendChild(button);
      row.appendChild(cell);
      row.appendChild(make('td', null, flow.activity));
      row.appendChild(make('td', null, flow.sinkId + (flow.targetNodes.length ? ' → ' + flow.targetNodes.map(nodeLabel).join(', ') : '')));
      row.appendChild(make('td', null, flow.kind));
      var statusCell = make('td');
      statusCell.appendChild(make('span', 'status status-' + (flow.declared ? 'declared' : 'undeclared'), (flow.declared ? 'declared' : 'undeclared') + (flow.suppressed ? ', suppressed' : '')));
      row.appendChild(statusCell);
      row.appendChild(make('td', null, flow.confidence));
      body.appendChild(row);
      rowsByFlow[flow.index] = row;
      return { flow: flow, row: row };
    });
    table.appendChild(body);
    groups.push({ body: body, header: headerRow, rows: rows });
  });

  function renderTable(visibleCount) {
    var pages = Math.max(1, Math.ceil(visibleCount / PAGE_SIZE));
    if (page >= pages) page = pages - 1;
    var first = page * PAGE_SIZE;
    var last = first + PAGE_SIZE;
    var position = 0;
    groups.forEach(function (group) {
      var anyVisible = false;
      var anyOnPage = false;
      group.rows.forEach(function (entry) {
        var row = entry.row;
        if (!visible[entry.flow.index]) {
          row.classList.add('filtered-out');
          row.classList.remove('paged-out');
          return;
        }
        anyVisible = true;
        row.classList.remove('filtered-out');
        var onPage = position >= first && position < last;
        row.classList.toggle('paged-out', !onPage);
        if (onPage) anyOnPage = true;
        position += 1;
      });
      group.body.classList.toggle('group-empty', !anyVisible);
      group.header.classList.toggle('paged-out', anyVisible && !anyOnPage);
    });
    $('page-status').textContent = 'Page ' + (page + 1) + ' of ' + pages + ' (' + plural(visibleCount, 'flow') + ')';
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page >= pages - 1;
  }
  $('page-prev').addEventListener('click', function () { if (page > 0) { page -= 1; refresh(); } });
  $('page-next').addEventListener('click', function () { page += 1; refresh(); });

  // ---- details --------------------------------------------------------------------------------
  function selectionFlows() {
    if (!selection) return [];
    if (selection.type === 'flow') return [model.flows[selection.index]];
    var indexes;
    if (selection.type === 'edge') indexes = edgesById[selection.id].flows;
    else indexes = model.flows.filter(function (flow) {
      return flow.categoryNode === selection.id || flow.activityNode === selection.id || flow.targetNodes.indexOf(selection.id) >= 0;
    }).map(function (flow) { return flow.index; });
    return indexes.map(function (index) { return model.flows[index]; }).filter(function (flow) { return visible[flow.index]; });
  }
  function selectionTitle() {
    if (!selection) return 'Selected flows';
    if (selection.type === 'flow') {
      var flow = model.flows[selection.index];
      return 'Flow at ' + location(flow);
    }
    if (selection.type === 'edge') {
      var edge = edgesById[selection.id];
      return nodeLabel(edge.source) + ' → ' + nodeLabel(edge.target) + (edge.declared ? '' : ' (undeclared)');
    }
    var node = nodesById[selection.id];
    return node.label + ' (' + node.type + ')';
  }
  var ASSIGNED_BY = {
    'flow-activity': 'named by the scan',
    'paths': 'by the activity\u2019s paths',
    'declaration': 'declared by the activity',
    'none': 'no activity declares it'
  };
  function renderFlowItem(flow) {
    var item = make('li', 'flow-item' + (flow.declared ? '' : ' undeclared'));
    item.tabIndex = 0;
    item.appendChild(make('div', 'flow-title', flow.categoryName + ' (' + flow.category + ') → ' + flow.sinkId + ' at ' + location(flow)));
    var meta = make('div');
    meta.appendChild(make('span', 'status status-' + (flow.declared ? 'declared' : 'undeclared'), flow.declared ? 'declared' : 'undeclared'));
    meta.appendChild(document.createTextNode(' activity: ' + flow.activity + ' (' + ASSIGNED_BY[flow.assignedBy] + ') · ' + flow.kind + ' · ' + flow.confidence +
      (flow.findings.length ? ' · findings: ' + flow.findings.join(', ') : '') + (flow.suppressed ? ' · suppressed' : '')));
    item.appendChild(meta);
    var trace = make('ol', 'trace');
    trace.setAttribute('aria-label', 'Trace');
    flow.trace.forEach(function (step) { trace.appendChild(make('li', null, step.file + ':' + step.line + ':' + step.column + ' — ' + step.note)); });
    item.appendChild(trace);
    if (flow.excerpt) {
      var pre = make('pre', 'excerpt');
      pre.setAttribute('aria-label', 'Code around ' + location(flow));
      var width = String(flow.excerpt.startLine + flow.excerpt.lines.length - 1).length;
      flow.excerpt.lines.forEach(function (text, offset) {
        var number = flow.excerpt.startLine + offset;
        var numberText = String(number);
        while (numberText.length < width) numberText = ' ' + numberText;
        var line = make('span', number === flow.line ? 'sink-line' : null, numberText + ' | ' + text);
        pre.appendChild(line);
        pre.appendChild(document.createTextNode('\n'));
      });
      item.appendChild(pre);
    }
    return item;
  }
  function renderDetails(reset) {
    var list = $('details-list');
    var flows = selectionFlows();
    if (reset) { list.textContent = ''; detailsShown = 0; }
    $('details-title').textContent = selectionTitle();
    $('details-hint').textContent = selection ? plural(flows.length, 'flow') + (flows.length ? '' : ' match the filters') : 'Select a node, an edge or a flow to see its traces and code.';
    var until = Math.min(flows.length, detailsShown + DETAILS_BATCH);
    for (var i = detailsShown; i < until; i++) list.appendChild(renderFlowItem(flows[i]));
    detailsShown = until;
    var more = $('details-more');
    more.hidden = detailsShown >= flows.length;
    more.textContent = 'Show more (' + (flows.length - detailsShown) + ' left)';
  }
  $('details-more').addEventListener('click', function () { renderDetails(false); });
  $('details-list').addEventListener('keydown', function (event) {
    var item = event.target.closest ? event.target.closest('.flow-item') : null;
    if (!item) return;
    if (event.key === 'ArrowDown' && item.nextElementSibling) { item.nextElementSibling.focus(); event.preventDefault(); }
    if (event.key === 'ArrowUp' && item.previousElementSibling) { item.previousElementSibling.focus(); event.preventDefault(); }
  });

  function select(next) {
    selection = next;
    Array.prototype.forEach.call(document.querySelectorAll('#node-list button'), function (button) {
      button.setAttribute('aria-pressed', String(!!selection && selection.type === 'node' && button.dataset.node === selection.id));
    });
    if (cy) {
      cy.elements().unselect();
      if (selection && selection.type !== 'flow') cy.getElementById(selection.id).select();
    }
    renderDetails(true);
    $('details-title').focus({ preventScroll: false });
  }

  // ---- node list (keyboard access to the graph) ------------------------------------------------
  var nodeButtons = {};
  model.nodes.forEach(function (node) {
    var item = make('li');
    var button = make('button', null, node.label + ' (' + node.type + (node.undeclared ? ', not declared' : '') + ')');
    button.type = 'button';
    button.dataset.node = node.id;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', function () { select({ type: 'node', id: node.id }); });
    item.appendChild(button);
    $('node-list').appendChild(item);
    nodeButtons[node.id] = { item: item, button: button };
  });

  // ---- graph ----------------------------------------------------------------------------------
  var TIER = { category: 0, activity: 1, store: 2, recipient: 2 };
  var COLOURS = {
    category: ['#dbeafe', '#1d4ed8'], activity: ['#dcfce7', '#15803d'],
    store: ['#fef3c7', '#b45309'], recipient: ['#f3e8ff', '#7e22ce']
  };
  var SHAPES = { category: 'round-rectangle', activity: 'rectangle', store: 'barrel', recipient: 'hexagon' };
  var rowInTier = [0, 0, 0];
  var rowOf = {};
  // Rows: categories in model order; each later tier by the mean row of the nodes feeding it
  // (barycentre ordering), which removes most edge crossings without a layout library.
  var incoming = {};
  model.edges.forEach(function (edge) {
    (incoming[edge.target] = incoming[edge.target] || []).push({ source: edge.source, weight: edge.flowCount });
  });
  function barycentre(node) {
    var sum = 0;
    var weight = 0;
    (incoming[node.id] || []).forEach(function (link) {
      if (rowOf[link.source] === undefined) return;
      sum += rowOf[link.source] * link.weight;
      weight += link.weight;
    });
    return weight > 0 ? sum / weight : Infinity;
  }
  function placeTier(nodes, tier) {
    nodes.map(function (node, position) { return { node: node, key: barycentre(node), position: position }; })
      .sort(function (a, b) { return a.key === b.key ? a.position - b.position : (a.key < b.key ? -1 : 1); })
      .forEach(function (entry) { rowOf[entry.node.id] = rowInTier[tier]++; });
  }
  function ofType(type) { return model.nodes.filter(function (node) { return node.type === type; }); }
  placeTier(ofType('category'), 0);
  placeTier(ofType('activity'), 1);
  placeTier(ofType('store'), 2);
  placeTier(ofType('recipient'), 2);
  var cy = null;
  try {
    var elements = [];
    model.nodes.forEach(function (node) {
      var tier = TIER[node.type];
      elements.push({ group: 'nodes', data: { id: node.id, label: node.label, type: node.type, count: node.flowCount,
        display: node.label + '\n' + plural(node.flowCount, 'flow'), row: rowOf[node.id], col: tier },
        classes: node.type + (node.undeclared ? ' undeclared' : '') + (node.special ? ' special' : '') + (node.flowCount === 0 ? ' unused' : '') });
    });
    model.edges.forEach(function (edge) {
      elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, count: edge.flowCount },
        classes: edge.declared ? 'declared' : 'undeclared' });
    });
    var style = [
      { selector: 'node', style: { 'label': 'data(display)', 'text-wrap': 'wrap', 'text-max-width': '176px', 'text-valign': 'center', 'text-halign': 'center',
        'font-size': 12, 'color': '#111827', 'width': 190, 'height': 52, 'border-width': 2 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#6b7280', 'target-arrow-color': '#6b7280',
        'width': function (edge) { return Math.min(14, 1.5 + 2 * Math.log2(1 + edge.data('count'))); },
        'label': 'data(count)', 'font-size': 10, 'color': '#111827', 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': 2 } },
      { selector: 'edge.undeclared', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'line-style': 'dashed', 'color': '#b3261e' } },
      { selector: 'node.undeclared', style: { 'border-color': '#b3261e', 'border-style': 'dashed', 'border-width': 3, 'background-color': '#fde8e7' } },
      { selector: 'node.special', style: { 'border-width': 4, 'border-style': 'double' } },
      { selector: 'node.unused', style: { 'opacity': 0.6 } },
      { selector: ':selected', style: { 'overlay-color': '#0b57d0', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
      { selector: '.filtered-out', style: { 'display': 'none' } }
    ];
    Object.keys(COLOURS).forEach(function (type) {
      style.splice(1, 0, { selector: 'node.' + type, style: { 'background-color': COLOURS[type][0], 'border-color': COLOURS[type][1], 'shape': SHAPES[type] } });
    });
    cy = window.cytoscape({
      container: $('graph'), elements: elements, style: style, wheelSensitivity: 0.3, boxSelectionEnabled: false,
      layout: { name: 'grid', cols: 3, rows: Math.max(1, rowInTier[0], rowInTier[1], rowInTier[2]), avoidOverlap: true, condense: false,
        position: function (node) { return { row: node.data('row'), col: node.data('col') }; } }
    });
    cy.on('tap', 'node', function (event) { select({ type: 'node', id: event.target.id() }); });
    cy.on('tap', 'edge', function (event) { select({ type: 'edge', id: event.target.id() }); });
  } catch (error) {
    $('graph').textContent = 'The graph could not be drawn (' + (error && error.message ? error.message : error) + '); the table below lists every flow.';
  }

  function renderGraph() {
    if (!cy) return;
    var edgeCounts = {};
    var nodeCounts = {};
    model.flows.forEach(function (flow) {
      if (!visible[flow.index]) return;
      [flow.categoryNode, flow.activityNode].concat(flow.targetNodes).forEach(function (id) { nodeCounts[id] = (nodeCounts[id] || 0) + 1; });
    });
    model.edges.forEach(function (edge) {
      edgeCounts[edge.id] = edge.flows.filter(function (index) { return visible[index]; }).length;
    });
    var filtering = query || Object.keys(hidden).some(function (group) { return Object.keys(hidden[group]).length > 0; });
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        var count = edgeCounts[edge.id()] || 0;
        edge.data('count', count);
        edge.toggleClass('filtered-out', count === 0);
      });
      cy.nodes().forEach(function (node) {
        var count = nodeCounts[node.id()] || 0;
        var node0 = nodesById[node.id()];
        node.data('display', node0.label + '\n' + plural(count, 'flow'));
        // Configured nodes without flows stay visible until the user filters: they show declared but unused entries.
        node.toggleClass('filtered-out', count === 0 && (filtering || node0.flowCount > 0));
      });
    });
    Object.keys(nodeButtons).forEach(function (id) {
      var count = nodeCounts[id] || 0;
      nodeButtons[id].item.hidden = count === 0 && (filtering || nodesById[id].flowCount > 0);
    });
  }

  function refresh() {
    var count = 0;
    var undeclared = 0;
    model.flows.forEach(function (flow) {
      visible[flow.index] = flowVisible(flow);
      if (visible[flow.index]) { count += 1; if (!flow.declared) undeclared += 1; }
    });
    $('summary').textContent = 'Showing ' + plural(count, 'flow') + ' of ' + model.stats.flows + ' (' + undeclared + ' undeclared) · ' +
      plural(model.stats.categories, 'category').replace('categorys', 'categories') + ' · ' + plural(model.stats.activities, 'activity').replace('activitys', 'activities') + ' · ' +
      plural(model.stats.stores, 'store') + ' · ' + plural(model.stats.recipients, 'recipient') +
      (model.stats.problems ? ' · ' + plural(model.stats.problems, 'file') + ' could not be analysed' : '');
    renderTable(count);
    renderGraph();
    if (selection) renderDetails(true);
    return count;
  }

  refresh();
  window.__lawfulMap = {
    cy: cy,
    model: model,
    visibleFlowCount: function () { return visible.filter(Boolean).length; },
    visibleNodeCount: function () { return cy ? cy.nodes().filter(function (node) { return !node.hasClass('filtered-out'); }).length : 0; },
    select: select
  };
})();
`;
