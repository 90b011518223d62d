// @ts-check
/** Pure formatting of a bench report (bench-results/bench.json) as Markdown tables. */

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values) {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const TOOL_LABELS = {
  tsc: 'tsc --noEmit',
  lawful: 'lawful scan',
  eslint: 'eslint (ts-eslint type-checked)',
  'eslint+lawful': 'eslint + lawful/recommended',
};

function projectLabel(project) {
  return project.kind === 'generated' ? `${project.files} files` : `${project.name} (${project.files} files)`;
}

const percent = (value) => (value === null || value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const times = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}×`);

/** @param {any} report the object written to bench.json */
export function formatReport(report) {
  const projects = report.projects;
  const lines = [];
  lines.push(
    `lawful bench — node ${report.machine.node}, ${report.machine.cpuCount} CPUs (${report.machine.cpuModel}), ` +
      `${Math.round(report.machine.totalMemMB / 1024)} GB, commit ${report.machine.commit}; ` +
      `median of ${report.runsPerTool} run(s); wall s / peak RSS MB`,
    '',
  );
  lines.push(`| tool | ${projects.map(projectLabel).join(' | ')} |`);
  lines.push(`|---|${projects.map(() => '---:').join('|')}|`);
  const tools = [...new Set(report.measurements.map((entry) => entry.tool))];
  for (const tool of tools) {
    const cells = projects.map((project) => {
      const entry = report.measurements.find((candidate) => candidate.project === project.name && candidate.tool === tool);
      if (!entry || entry.skipped) return 'n/a';
      if (entry.failure) return 'failed';
      return entry.median ? `${entry.median.wallS.toFixed(2)} s / ${Math.round(entry.median.peakRssMB)} MB` : 'n/a';
    });
    lines.push(`| ${TOOL_LABELS[tool] ?? tool} | ${cells.join(' | ')} |`);
  }
  if (Object.keys(report.cache).length > 0) {
    const cacheRow = (label, pick) => {
      const cells = projects.map((project) => {
        const cache = report.cache[project.name];
        if (!cache || !cache.supported) return 'n/a';
        if (cache.failure) return 'failed';
        const value = pick(cache);
        return value ? `${value.wallS.toFixed(2)} s / ${Math.round(value.peakRssMB)} MB` : 'n/a';
      });
      lines.push(`| ${label} | ${cells.join(' | ')} |`);
    };
    cacheRow('lawful scan --cache, first run (fills it)', (cache) => cache.fill);
    cacheRow('lawful scan --cache, 1 file edited', (cache) => cache.median);
  }
  lines.push('', `| ratio | ${projects.map(projectLabel).join(' | ')} |`, `|---|${projects.map(() => '---:').join('|')}|`);
  const ratioRow = (label, pick) => lines.push(`| ${label} | ${projects.map((project) => times(pick(report.ratios[project.name]))).join(' | ')} |`);
  ratioRow('lawful / tsc, wall', (ratios) => ratios.lawfulOverTsc?.wall);
  ratioRow('lawful / tsc, peak RSS', (ratios) => ratios.lawfulOverTsc?.rss);
  ratioRow('(eslint + lawful) / eslint, wall (medians)', (ratios) => ratios.eslintLawfulOverEslint?.wall);
  ratioRow('(eslint + lawful) / eslint, wall (median of paired runs)', (ratios) => ratios.eslintLawfulOverEslintPaired?.wall);
  ratioRow('(eslint + lawful) / eslint, CPU (median of paired runs)', (ratios) => ratios.eslintLawfulOverEslintPaired?.cpu);
  ratioRow('(eslint + lawful) / eslint, peak RSS', (ratios) => ratios.eslintLawfulOverEslint?.rss);
  lines.push(
    `| warm --cache / cold scan, wall (median of paired runs) | ${projects.map((project) => percent(report.ratios[project.name]?.warmCacheOverColdScan)).join(' | ')} |`,
  );

  const failures = [
    ...report.measurements.filter((entry) => entry.failure).map((entry) => `${entry.project} ${entry.tool}: ${entry.failure}`),
    ...Object.entries(report.cache)
      .filter(([, cache]) => cache.failure)
      .map(([project, cache]) => `${project} lawful-cache: ${cache.failure}`),
  ];
  if (failures.length > 0) lines.push('', 'Failed:', ...failures.map((failure) => `- ${failure}`));
  return `${lines.join('\n')}\n`;
}
