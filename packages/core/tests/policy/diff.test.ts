import { describe, expect, it } from 'vitest';
import { filterFindingsToChangedLines, parseUnifiedDiff, type Finding } from '@lawful/core';

const DIFF = `diff --git a/src/a.ts b/src/a.ts
index 1111111..2222222 100644
--- a/src/a.ts
+++ b/src/a.ts
@@ -3,0 +4,2 @@ export function signup() {
+  log.info(user.email);
+++counter;
@@ -10 +12 @@ function other() {
-  old();
+  analytics.track(user.email);
@@ -20,2 +21,0 @@
-  removed();
-  removed();
diff --git a/src/gone.ts b/src/gone.ts
deleted file mode 100644
--- a/src/gone.ts
+++ /dev/null
@@ -1 +0,0 @@
-export const x = 1;
diff --git a/src/new file.ts b/src/new file.ts
new file mode 100644
--- /dev/null
+++ "b/src/new file.ts"
@@ -0,0 +1 @@
+export const y = 2;
\\ No newline at end of file
`;

describe('parseUnifiedDiff', () => {
  it('collects added lines of the new version per file', () => {
    const changed = parseUnifiedDiff(DIFF);
    expect([...changed.keys()]).toEqual(['src/a.ts', 'src/new file.ts']);
    expect([...(changed.get('src/a.ts') ?? [])]).toEqual([4, 5, 12]);
    expect([...(changed.get('src/new file.ts') ?? [])]).toEqual([1]);
  });

  it('counts context lines in diffs with context', () => {
    const withContext = `--- a/x.ts\n+++ b/x.ts\n@@ -1,3 +1,4 @@\n a\n+b\n c\n+d\n`;
    expect([...(parseUnifiedDiff(withContext).get('x.ts') ?? [])]).toEqual([2, 4]);
  });
});

describe('filterFindingsToChangedLines', () => {
  const at = (file: string, line: number): Finding => ({
    ruleId: 'undeclared-logging',
    severity: 'error',
    message: 'm',
    location: { file, line, column: 1 },
    trace: [],
    fingerprint: `${file}:${line}`,
  });

  it('keeps findings on changed lines only, with an optional path prefix', () => {
    const changed = parseUnifiedDiff(DIFF);
    const findings = [at('src/a.ts', 4), at('src/a.ts', 6), at('src/a.ts', 12), at('src/b.ts', 4)];
    expect(filterFindingsToChangedLines(findings, changed).map((f) => f.fingerprint)).toEqual(['src/a.ts:4', 'src/a.ts:12']);
    expect(filterFindingsToChangedLines([at('a.ts', 4)], changed, 'src/').map((f) => f.fingerprint)).toEqual(['a.ts:4']);
  });
});
