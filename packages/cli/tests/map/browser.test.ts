/**
 * The HTML map in real headless Chromium (Debian's `chromium`, driven by playwright-core): it renders
 * the graph, filters hide flows, selecting shows the trace, no request leaves the page, and the XSS
 * fixture's payloads show as text and never run.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LawfulConfig, ScanResult } from '@lawful/core';
import { buildMapModel, renderMapHtml } from '../../src/map/index.js';
import { scan } from '../../src/scan.js';
import { draftConfig, readSinkCatalogRecipients } from '../../src/init/index.js';
import { PINO, PRISMA_USER, SEGMENT, flow, scanResult, shopConfig, shopResult, testTaxonomy } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const xssFixture = path.join(repoRoot, 'fixtures/map-xss');
const SCRIPT_PAYLOAD = '</script><script>alert(1)</script>';
const IMG_PAYLOAD = '<img src=x onerror=alert(1)>';

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the HTML map is tested in real Chromium. Install it with \`apt-get install chromium\`.`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  workDir = mkdtempSync(path.join(tmpdir(), 'lawful-map-'));
});

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface OpenedMap {
  page: Page;
  externalRequests: string[];
  dialogs: string[];
  errors: string[];
}

async function openMap(html: string, name: string): Promise<OpenedMap> {
  const file = path.join(workDir, name);
  writeFileSync(file, html);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const externalRequests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !externalRequests.includes(request.url())) externalRequests.push(request.url());
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (globalThis as unknown as { __lawfulMap?: unknown }).__lawfulMap !== undefined);
  return { page, externalRequests, dialogs, errors };
}

const visibleFlowCount = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __lawfulMap: { visibleFlowCount(): number } }).__lawfulMap.visibleFlowCount());
const visibleTableRows = (page: Page) => page.locator('#flow-table tbody tr:not(.group-header):visible').count();

describe('HTML map in Chromium', () => {
  it('renders the graph, filters, shows traces on click and keyboard, and stays offline', async () => {
    const sources: Record<string, string> = {
      'src/signup.ts': Array.from({ length: 30 }, (_, i) => `const line${i + 1} = ${i + 1};`).join('\n'),
    };
    const model = buildMapModel(shopResult(), shopConfig(), testTaxonomy(), { readFile: (file) => sources[file] });
    const { page, externalRequests, dialogs, errors } = await openMap(renderMapHtml(model, { title: 'Example shop' }), 'shop.html');

    const graph = await page.evaluate(() => {
      const cy = (globalThis as unknown as { __lawfulMap: { cy: { nodes(): { length: number }; edges(): { length: number } } } }).__lawfulMap.cy;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    expect(graph).toEqual({ nodes: model.nodes.length, edges: model.edges.length });
    await expect(page.locator('#graph canvas').count()).resolves.toBeGreaterThan(0);
    expect(await visibleFlowCount(page)).toBe(6);
    expect(await visibleTableRows(page)).toBe(6);

    // Filter: hide undeclared flows.
    await page.getByRole('checkbox', { name: /^undeclared/ }).uncheck();
    expect(await visibleFlowCount(page)).toBe(3);
    expect(await visibleTableRows(page)).toBe(3);
    await expect(page.locator('#summary').textContent()).resolves.toContain('Showing 3 flows of 6');
    // Search narrows further.
    await page.getByLabel('Search flows').fill('newsletter');
    await page.waitForFunction(() => (globalThis as unknown as { __lawfulMap: { visibleFlowCount(): number } }).__lawfulMap.visibleFlowCount() === 1);
    await page.getByRole('button', { name: 'Show everything' }).click();
    expect(await visibleFlowCount(page)).toBe(6);

    // Click a node on the canvas: the accounts database store.
    const point = await page.evaluate(() => {
      const cy = (globalThis as unknown as { __lawfulMap: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } } }).__lawfulMap.cy;
      return cy.getElementById('store:accounts_db').renderedPosition();
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect(page.locator('#details-title').textContent()).resolves.toBe('accounts_db (store)');
    const details = (await page.locator('#details-list').textContent()) ?? '';
    expect(details).toContain('src/signup.ts:18:5 — @personal user.contact.email');
    expect(details).toContain('20 | const line20 = 20;');

    // Keyboard: focus a flow in the table and press Enter.
    const trackButton = page.getByRole('button', { name: /Show trace of Phone number to sdk\/segment at src\/track\.ts:5/ });
    await trackButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#details-title').textContent()).resolves.toBe('Flow at src/track.ts:5');
    await expect(page.locator('#details-list').textContent()).resolves.toContain('passed to sdk/segment');

    mkdirSync(path.join(repoRoot, 'test-artifacts'), { recursive: true });
    const screenshot = path.join(repoRoot, 'test-artifacts/map.png');
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await page.screenshot({ path: screenshot, fullPage: false });

    expect(externalRequests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the map of the bundled example app (what `pnpm demo` writes)', async () => {
    const outcome = await scan({ dir: path.join(repoRoot, 'fixtures/apps/express-prisma-shop') });
    expect(outcome.result.flows.length).toBeGreaterThan(0);
    const model = buildMapModel(outcome.result, outcome.config, outcome.taxonomy, { readFile: outcome.readFile });
    const { page, externalRequests, dialogs, errors } = await openMap(
      renderMapHtml(model, { title: 'lawful data-flow map — express-prisma-shop' }),
      'express-prisma-shop.html',
    );
    const rendered = await page.evaluate(() => (globalThis as unknown as { __lawfulMap: { cy: { nodes(): { length: number } } } }).__lawfulMap.cy.nodes().length);
    expect(rendered).toBe(model.nodes.length);
    expect(await visibleFlowCount(page)).toBe(model.flows.length);
    expect(await visibleTableRows(page)).toBe(Math.min(100, model.flows.length));
    const firstRecipient = model.nodes.find((node) => node.type === 'recipient')!;
    await page.getByText('Graph elements (keyboard access)').click();
    await page.locator(`#node-list button[data-node="${firstRecipient.id}"]`).press('Enter');
    await expect(page.locator('#details-hint').textContent()).resolves.toBe(
      `${firstRecipient.flowCount} flow${firstRecipient.flowCount === 1 ? '' : 's'}`,
    );
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    mkdirSync(path.join(repoRoot, 'test-artifacts'), { recursive: true });
    const screenshot = path.join(repoRoot, 'test-artifacts/map-express-prisma-shop.png');
    await page.screenshot({ path: screenshot });
    // The docs show the README's bundled example as the demo prints it: its own config, some flows undeclared.
    // The image changes by a few pixels on every run; refresh it on purpose, not as a side effect.
    if (process.env.LAWFUL_UPDATE_DOCS_IMAGES === '1') copyFileSync(screenshot, path.join(repoRoot, 'docs/images/map.png'));
    expect(externalRequests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);

    // The same app after `lawful init`: every flow declared.
    const configFile = path.join(workDir, 'express-prisma-shop.lawful.config.yaml');
    writeFileSync(configFile, draftConfig(outcome.result.flows, readSinkCatalogRecipients(), outcome.taxonomy));
    const declared = await scan({ dir: path.join(repoRoot, 'fixtures/apps/express-prisma-shop'), configFile });
    const declaredModel = buildMapModel(declared.result, declared.config, declared.taxonomy, { readFile: declared.readFile });
    const opened = await openMap(renderMapHtml(declaredModel, { title: 'lawful data-flow map — express-prisma-shop' }), 'express-prisma-shop-declared.html');
    expect(await visibleFlowCount(opened.page)).toBe(declaredModel.flows.length);
    const segment = declaredModel.nodes.find((node) => node.id === 'recipient:segment');
    if (segment) {
      await opened.page.getByText('Graph elements (keyboard access)').click();
      await opened.page.locator('#node-list button[data-node="recipient:segment"]').click();
      await opened.page.getByText('Graph elements (keyboard access)').click();
    }
    await opened.page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    const docsShot = path.join(repoRoot, 'test-artifacts/map-docs.png');
    await opened.page.screenshot({ path: docsShot });
    expect(opened.errors).toEqual([]);
    expect(opened.externalRequests).toEqual([]);
  });

  it('stays usable at 1,500 flows: the graph groups by node, the table pages, print shows every row', async () => {
    const categories = ['user.contact.email', 'user.device.ip_address', 'user.name', 'user.contact.phone_number'];
    const sinks = [PINO, PRISMA_USER, SEGMENT];
    const flows = Array.from({ length: 1500 }, (_, i) =>
      flow(categories[i % categories.length]!, sinks[i % sinks.length]!, `src/module${String(i % 150).padStart(3, '0')}.ts`, 1 + Math.floor(i / 150)),
    );
    const model = buildMapModel(scanResult(flows), shopConfig(), testTaxonomy());
    const started = Date.now();
    const { page, errors } = await openMap(renderMapHtml(model), 'large.html');
    expect(Date.now() - started).toBeLessThan(20_000);
    const nodes = await page.evaluate(() => (globalThis as unknown as { __lawfulMap: { cy: { nodes(): { length: number } } } }).__lawfulMap.cy.nodes().length);
    expect(nodes).toBe(model.nodes.length);
    expect(nodes).toBeLessThan(20);
    expect(await visibleTableRows(page)).toBe(100);
    await expect(page.locator('#page-status').textContent()).resolves.toBe('Page 1 of 15 (1500 flows)');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.locator('#page-status').textContent()).resolves.toBe('Page 2 of 15 (1500 flows)');
    expect(await visibleTableRows(page)).toBe(100);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleTableRows(page)).toBe(1500);
    await expect(page.locator('#graph').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('shows the XSS fixture’s payloads as text and never runs them', async () => {
    const result = JSON.parse(readFileSync(path.join(xssFixture, 'scan-result.json'), 'utf8')) as ScanResult;
    const config = parse(readFileSync(path.join(xssFixture, 'lawful.config.yaml'), 'utf8')) as LawfulConfig;
    const model = buildMapModel(result, config, testTaxonomy(), {
      readFile: (file) => {
        const full = path.join(xssFixture, file);
        return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
      },
    });
    const html = renderMapHtml(model, { title: `Map of ${SCRIPT_PAYLOAD}` });
    const { page, externalRequests, dialogs, errors } = await openMap(html, 'xss.html');

    await expect(page.title()).resolves.toBe(`Map of ${SCRIPT_PAYLOAD}`);
    // Open every flow of the undeclared activity and of the log store, so all payload-bearing text is in the DOM.
    await page.getByText('Graph elements (keyboard access)').click();
    await page.getByRole('button', { name: /^Undeclared \(activity/ }).click();
    const undeclaredText = (await page.locator('#details').textContent()) ?? '';
    expect(undeclaredText).toContain(`sent by fetch() ${SCRIPT_PAYLOAD}`);
    expect(undeclaredText).toContain(`http/${IMG_PAYLOAD}`);
    expect(undeclaredText).toContain('\u202Eevil\u200D😀');
    await page.getByRole('button', { name: /Show trace of Email address to log\/pino/ }).click();
    const logText = (await page.locator('#details').textContent()) ?? '';
    expect(logText).toContain(`const banner = '${SCRIPT_PAYLOAD}';`);
    expect(logText).toContain(`@personal user.contact.email ${SCRIPT_PAYLOAD}`);
    await expect(page.locator('#node-list').textContent()).resolves.toContain(`${IMG_PAYLOAD} Tracker (recipient)`);
    await expect(page.locator('#filters').textContent()).resolves.toContain(`${IMG_PAYLOAD}\u2028\u2029 (not declared)`);

    // No markup from the data became elements.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(3);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
