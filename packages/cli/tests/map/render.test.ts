import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LawfulConfig, ScanResult } from '@lawful/core';
import {
  MAP_CONTENT_SECURITY_POLICY,
  assertInlineableScript,
  buildMapModel,
  escapeHtml,
  escapeMermaidLabel,
  renderMapHtml,
  renderMermaid,
  serializeJsonForScript,
} from '../../src/map/index.js';
import { shopConfig, shopResult, testTaxonomy } from './helpers.js';

const xssDir = fileURLToPath(new URL('../../../../fixtures/map-xss/', import.meta.url));
const xssResult = JSON.parse(readFileSync(`${xssDir}scan-result.json`, 'utf8')) as ScanResult;
const xssConfig = parse(readFileSync(`${xssDir}lawful.config.yaml`, 'utf8')) as LawfulConfig;

describe('escaping for the HTML map', () => {
  it('serialises JSON that cannot close the script element and parses back to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x --> & ]]>', c: '\u2028\u2029\u202E\u200D😀' };
    const text = serializeJsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes HTML text and attributes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&#60;img src=x onerror=&#34;alert(&#39;1&#39;)&#34;&#62;&#38;');
  });

  it('refuses to inline a script that could close its element', () => {
    expect(() => assertInlineableScript('var a = "</script>";', 'x')).toThrow(/cannot be inlined/);
    expect(() => assertInlineableScript('var a = "<!--";', 'x')).toThrow();
    expect(assertInlineableScript('var a = 1 < 2;', 'x')).toBe('var a = 1 < 2;');
  });

  it('renders the XSS fixture with no payload outside the escaped JSON', () => {
    const model = buildMapModel(xssResult, xssConfig, testTaxonomy(), { readFile: (file) => readFileSync(`${xssDir}${file}`, 'utf8') });
    const html = renderMapHtml(model, { title: '<b>title</b>' });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${MAP_CONTENT_SECURITY_POLICY}">`);
    expect(html).toContain('<title>&#60;b&#62;title&#60;/b&#62;</title>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    // Offline: no URL-bearing attributes except the in-page skip link.
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>');
    expect(markup.match(/\s(?:src|href|action|srcset|poster)=/g)).toEqual([' href=']);
    expect(html).toContain('The Cytoscape Consortium');
    const embedded = /<script type="application\/json" id="lawful-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(embedded)).toEqual(JSON.parse(JSON.stringify(model)));
    expect(model.flows.find((f) => f.file === 'src/signup.ts')!.excerpt!.lines.join('\n')).toContain("const banner = '</script><script>alert(1)</script>';");
  });
});

describe('renderMermaid', () => {
  it('escapes labels into Mermaid entity codes', () => {
    expect(escapeMermaidLabel('a "b" <c> #1 [x] | `y`\nz')).toBe('a #quot;b#quot; #lt;c#gt; #35;1 #91;x#93; #124; #96;y#96; z');
  });

  it('draws categories → activities → stores/recipients with undeclared links styled', () => {
    const model = buildMapModel(shopResult(), shopConfig(), testTaxonomy());
    expect(renderMermaid(model)).toBe(`flowchart LR
  n0(["Email address #40;category#41;"])
  n1(["IP address #40;category#41;"])
  n2(["Phone number #40;category#41;"])
  n3["accounts #40;activity#41;"]
  n4["analytics #40;activity#41;"]
  n5["newsletter #40;activity#41;"]
  n6["server_logs #40;activity#41;"]
  n7["Undeclared #40;activity#41;"]
  n8[("access_log #40;store#41;")]
  n9[("accounts_db #40;store#41;")]
  n10[("cache/ioredis #40;store#41;")]
  n11{{"Brevo #40;recipient#41;"}}
  n12{{"Segment #40;recipient#41;"}}
  n0 -->|"1 flow"| n3
  n0 -->|"1 flow"| n5
  n0 -.->|"1 flow, undeclared"| n7
  n1 -->|"1 flow"| n6
  n1 -.->|"1 flow, undeclared"| n7
  n2 -.->|"1 flow, undeclared"| n4
  n3 -->|"1 flow"| n9
  n4 -.->|"1 flow, undeclared"| n12
  n5 -->|"1 flow"| n11
  n6 -->|"1 flow"| n8
  n7 -.->|"1 flow, undeclared"| n8
  n7 -.->|"1 flow, undeclared"| n10
  classDef undeclared stroke:#b3261e,stroke-width:2px,stroke-dasharray:5 5
  class n7,n10 undeclared
  linkStyle 2,4,5,7,10,11 stroke:#b3261e,stroke-width:2px,stroke-dasharray:5 5
`);
  });

  it('never lets config or code text reach a node id', () => {
    const model = buildMapModel(xssResult, xssConfig, testTaxonomy());
    const mermaid = renderMermaid(model);
    for (const line of mermaid.split('\n').slice(1)) {
      expect(line.replace(/-\.?->/g, '')).not.toMatch(/[<>]/);
    }
    expect(mermaid).toContain('#lt;img src=x onerror=alert#40;1#41;#gt;');
  });
});
