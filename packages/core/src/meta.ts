/** Where lawful lives: one place for every link the tools print or embed (SARIF, ESLint docs urls). */
export const PROJECT_URL = 'https://github.com/lawful-dev/lawful';

/** The documentation page of a finding id / ESLint rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`;
}
