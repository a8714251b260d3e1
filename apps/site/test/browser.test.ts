/**
 * The built site in a real browser (playwright-core + Debian Chromium), served by a tiny static server:
 * navigation in both languages, the language switch, search in Chinese and English, definition previews
 * by keyboard and touch, the graph, the matrix highlight, and an axe scan of every page type.
 */
import AxeBuilder from '@axe-core/playwright';
import { kb } from '@cloudvirt/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserRequired, findChromium, launchChromium, skipNote } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const siteDir = inject('siteDir');
const chromiumPath = findChromium();
if (chromiumPath === null && !browserRequired()) console.log(skipNote);

describe.runIf(chromiumPath === null && browserRequired())('browser tests (required)', () => {
  it('should find Chromium when CI=true or REQUIRE_BROWSER=1', () => {
    expect.fail(skipNote.replace('Browser tests skipped', 'Browser tests required (CI=true or REQUIRE_BROWSER=1)'));
  });
});

describe.runIf(chromiumPath !== null)('the site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Open a page and record its script errors and failed requests. */
  async function open(path: string, target: BrowserContext = context): Promise<Page> {
    const page = await target.newPage();
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${path}: console ${message.text()}`);
    });
    page.on('requestfailed', (request) => {
      // Navigating away aborts what is still loading (the favicon…): not a failure of the site.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`${path}: request failed ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) errors.push(`${path}: external request ${request.url()}`);
    });
    await page.goto(server.origin + path);
    return page;
  }

  const pathOf = (page: Page): string => new URL(page.url()).pathname;

  /** Name and expanded state of the preview button for a term, from Chromium's accessibility tree. */
  async function accessibleState(page: Page, term: string): Promise<{ name: string; expanded: boolean } | null> {
    const session = await page.context().newCDPSession(page);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; properties?: { name: string; value: { value?: unknown } }[] }[];
    };
    await session.detach();
    const button = nodes.find((node) => node.role?.value === 'button' && (node.name?.value ?? '').endsWith(term));
    if (button === undefined) return null;
    const expanded = button.properties?.find((property) => property.name === 'expanded')?.value.value === true;
    return { name: button.name?.value ?? '', expanded };
  }

  describe('navigation', () => {
    it('should go from the language chooser through home, a concept and the glossary in English', async () => {
      const page = await open('/');
      await page.getByRole('link', { name: /English/ }).click();
      expect(pathOf(page)).toBe('/en/');
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');
      await page.locator('#start-here ~ ol a, section[aria-labelledby="start-here"] ol a').first().click();
      expect(pathOf(page)).toMatch(/^\/en\/concepts\/[a-z0-9-]+\/$/);
      await expect.poll(() => page.locator('h1').textContent()).toBeTruthy();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary A–Z' }).click();
      expect(pathOf(page)).toBe('/en/glossary/');
      await page.locator('.breadcrumbs a').first().click();
      expect(pathOf(page)).toBe('/en/');
      await page.close();
    });

    it('should go from the language chooser through home, a concept and the matrix in Chinese', async () => {
      const page = await open('/');
      await page.getByRole('link', { name: /中文/ }).click();
      expect(pathOf(page)).toBe('/zh/');
      expect(await page.evaluate('document.documentElement.lang')).toBe('zh-Hans');
      await page.getByRole('link', { name: kb.getConcept('virtualization').label.zh, exact: true }).first().click();
      expect(pathOf(page)).toBe('/zh/concepts/virtualization/');
      expect(await page.locator('h1').textContent()).toContain(kb.getConcept('virtualization').label.zh);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '谁管理什么' }).click();
      expect(pathOf(page)).toBe('/zh/matrix/');
      await page.close();
    });
  });

  describe('language switch', () => {
    // Every page's switch link is checked on the files (site.test.ts); here it is followed in a browser.
    it('should lead to the same page in the other language and back', async () => {
      for (const path of ['/en/concepts/hosted-model/', '/en/comparisons/vmm-structure-models/', '/en/matrix/', '/en/']) {
        const page = await open(path);
        await page.locator('.lang-switch a').click();
        const zh = path.replace('/en/', '/zh/');
        expect(pathOf(page)).toBe(zh);
        expect(await page.evaluate('document.documentElement.lang')).toBe('zh-Hans');
        await page.locator('.lang-switch a').click();
        expect(pathOf(page)).toBe(path);
        await page.close();
      }
    });
  });

  describe('concept IRIs and redirects', () => {
    it('should dereference a concept IRI (served at the IRI itself, as clean-URL static hosts do) to a page that leads to both concept pages', async () => {
      const page = await open('/concepts/hypervisor');
      expect(pathOf(page)).toBe('/concepts/hypervisor');
      expect(await page.locator('h1').textContent()).toContain(kb.getConcept('hypervisor').label.zh);
      await page.getByRole('link', { name: kb.getConcept('hypervisor').label.zh }).click();
      expect(pathOf(page)).toBe('/zh/concepts/hypervisor/');
      await page.close();
    });

    it('should send the old page of a renamed concept to its new page, in both languages', async () => {
      for (const lang of ['en', 'zh']) {
        const page = await open(`/${lang}/concepts/vmm/`);
        await page.waitForURL(`**/${lang}/concepts/virtual-machine-monitor/`);
        expect(await page.locator('h1').textContent()).toContain(kb.getConcept('virtual-machine-monitor').label[lang as 'en' | 'zh']);
        await page.close();
      }
    });

    it.each(['/en/concepts/vmm/', '/zh/concepts/grid-computing/'])('should find no axe violation on the redirect page %s', async (path) => {
      const page = await context.newPage();
      // Answer the refresh with 204 No Content: the browser stays on the redirect page, so axe can scan it.
      let refreshed = '';
      await page.route(/\/(en|zh)\/(concepts\/virtual-machine-monitor\/)?$/, async (route) => {
        refreshed = new URL(route.request().url()).pathname;
        await route.fulfill({ status: 204 });
      });
      await page.goto(server.origin + path);
      await expect.poll(() => refreshed).toBe(path.includes('vmm') ? '/en/concepts/virtual-machine-monitor/' : '/zh/');
      expect(pathOf(page)).toBe(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      await page.close();
    });
  });

  describe('search', () => {
    const searchPages = new Map<string, Page>();

    /** Type a query on the search page of a language (one page per language) and return the result links, best first. */
    async function search(lang: 'en' | 'zh', query: string): Promise<string[]> {
      let page = searchPages.get(lang);
      if (page === undefined) {
        page = await open(`/${lang}/search/`);
        searchPages.set(lang, page);
      }
      await page.locator('#search-page-q').fill(query);
      await page.locator(`#search-results[data-query="${query}"]`).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      return page.locator('#search-results ol a').evaluateAll((anchors) => anchors.map((a) => new URL((a as unknown as { href: string }).href).pathname));
    }

    it.each([
      ['zh', '宿主', 'hosted-model'],
      ['zh', '虚拟化', 'virtualization'],
      ['zh', '类虚拟化', 'paravirtualization'],
      ['zh', '容器', 'container'],
      ['en', 'hypervisor', 'hypervisor'],
      ['en', 'paravirtualization', 'paravirtualization'],
      ['en', 'hosted', 'hosted-model'],
    ] as const)('should rank the concept page first for %s “%s”', async (lang, query, id) => {
      const results = await search(lang, query);
      expect(results[0], results.slice(0, 5).join(', ')).toBe(`/${lang}/concepts/${id}/`);
    });

    it('should run the query given in the address', async () => {
      const page = await open(`/zh/search/?q=${encodeURIComponent('虚拟化')}`);
      await page.locator('#search-results[data-query="虚拟化"] ol a').first().waitFor();
      expect(await page.locator('#search-noscript').isHidden()).toBe(true);
      expect(await page.locator('#search-page-q').inputValue()).toBe('虚拟化');
      await page.close();
    });

    it('should search from the header form of any page', async () => {
      const page = await open('/zh/concepts/kvm/');
      await page.getByRole('searchbox', { name: '搜索知识库' }).fill('宿主');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/zh\/search\/\?q=/);
      await page.locator('#search-results[data-query="宿主"] ol a').first().waitFor();
      expect(await page.locator('#search-results ol a').first().getAttribute('href')).toBe('/zh/concepts/hosted-model/');
      await page.close();
    });
  });

  describe('definition previews', () => {
    it('should open by keyboard from the button after a concept link, and close with Escape', async () => {
      const page = await open('/en/concepts/hypervisor/');
      const link = page.locator('#explanation ~ p a.concept-link').first();
      const target = await link.getAttribute('data-concept');
      expect(target).toBeTruthy();
      await link.focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate("document.activeElement?.getAttribute('popovertarget')");
      expect(focused).toBe(`preview-${target}`);
      const popover = page.locator(`#preview-${target}`);
      await expect.poll(() => popover.isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      await expect.poll(() => popover.isVisible()).toBe(true);
      const concept = kb.concepts.find((each) => each.id === target);
      expect(await popover.textContent()).toContain(concept?.definition.en);
      expect(await accessibleState(page, concept?.label.en ?? '?')).toEqual({ name: `Definition of ${concept?.label.en}`, expanded: true });
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.isVisible()).toBe(false);
      await page.close();
    });

    it('should also open on mouse hover, and close when the pointer leaves', async () => {
      const page = await open('/en/concepts/kvm/');
      const link = page.locator('#explanation ~ p a.concept-link').first();
      const popover = page.locator(`#preview-${await link.getAttribute('data-concept')}`);
      await link.hover();
      await expect.poll(() => popover.isVisible()).toBe(true);
      await page.mouse.move(0, 0);
      await expect.poll(() => popover.isVisible()).toBe(false);
      await page.close();
    });

    it('should open on tap on a touch screen', async () => {
      const phone = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
      const page = await open('/zh/concepts/hypervisor/', phone);
      const button = page.locator('#explanation ~ p .preview-button').first();
      const target = await button.getAttribute('popovertarget');
      await button.tap();
      const popover = page.locator(`#${target}`);
      await expect.poll(() => popover.isVisible()).toBe(true);
      const box = await popover.boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(390);
      await phone.close();
    });
  });

  describe('graph view', () => {
    it('should draw every concept and relation as SVG, and highlight the neighbours of a focused node', async () => {
      const page = await open('/en/graph/');
      await page.locator('#graph svg').waitFor();
      expect(await page.locator('#graph svg a.node circle').count()).toBe(kb.concepts.length);
      expect(await page.locator('#graph svg line.edge').count()).toBe(kb.relations.length);
      const hypervisor = page.locator('#graph svg a.node', { hasText: kb.getConcept('hypervisor').label.en }).first();
      await hypervisor.focus();
      const near = await page.locator('#graph .node.is-near').count();
      expect(near).toBe(new Set(kb.related('hypervisor').map((entry) => entry.concept.id)).size + 1);
      expect(await hypervisor.getAttribute('href')).toBe('/en/concepts/hypervisor/');
      // The same relations are listed as links.
      expect(await page.locator('#all-relations ~ ul li').count()).toBe(kb.relations.length);
      await page.close();
    });
  });

  describe('responsibility matrix', () => {
    it('should say who manages each cell in words and highlight its row and column on hover', async () => {
      const page = await open('/en/matrix/');
      const cells = page.locator('table[data-matrix] tbody td');
      const matrix = kb.responsibilityMatrix;
      expect(await cells.count()).toBe(matrix.layers.length * matrix.models.length);
      for (const text of await cells.allTextContents()) expect(text).toMatch(/Provider|Customer|Shared/);
      await cells.nth(7).hover();
      const highlighted = await page.locator('table[data-matrix] .is-highlighted').count();
      expect(highlighted).toBe(matrix.models.length + 1 + matrix.layers.length + 1 - 1);
      await page.close();
    });
  });

  describe('layout', () => {
    it('should fit a phone screen without sideways scrolling (wide tables scroll in their own box)', async () => {
      const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      for (const path of ['/zh/concepts/hypervisor/', '/en/matrix/', '/zh/comparisons/virtualization-techniques/', '/en/glossary/', '/en/']) {
        const page = await open(path, phone);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow, path).toBeLessThanOrEqual(0);
        await page.close();
      }
      await phone.close();
    });

    it('should print the content without navigation, search or preview buttons', async () => {
      const page = await open('/en/concepts/hypervisor/');
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.search-form', '.preview-button', '.breadcrumbs']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('#explanation').isVisible()).toBe(true);
      await page.close();
    });
  });

  describe('accessibility (axe)', () => {
    // Every page type in English, and in Chinese the ones whose content differs in shape (pinyin
    // glossary, learning path, search results); the other Chinese pages share their template.
    const pageTypes = [
      '/',
      '/404.html',
      '/en/',
      '/en/concepts/hypervisor/',
      '/en/comparisons/vmm-structure-models/',
      '/en/matrix/',
      '/en/topics/virtualization/',
      '/en/kinds/product/',
      '/en/glossary/',
      '/en/downloads/',
      '/en/graph/',
      '/en/search/?q=hypervisor',
      '/zh/',
      '/zh/concepts/hosted-model/',
      '/zh/comparisons/virtualization-techniques/',
      '/zh/glossary/',
      '/zh/search/?q=宿主',
      '/concepts/',
      '/concepts/hypervisor',
      '/vocab',
      '/vocab/data',
      '/comparisons/virtualization-techniques/cells/paravirtualization/guest-modified',
      '/relations/kvm/uses/hardware-assisted-virtualization',
    ];

    it.each(pageTypes)('should find no violation on %s (light theme)', async (path) => {
      const page = await open(path);
      await page.waitForLoadState('load');
      if (path.includes('/search/')) await page.locator('#search-results ol a').first().waitFor();
      if (path.endsWith('/graph/')) await page.locator('#graph svg').waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      await page.close();
    });

    it.each(['/en/concepts/hypervisor/', '/zh/matrix/', '/zh/graph/'])('should find no violation on %s in the dark theme, with a preview open', async (path) => {
      const dark = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
      const page = await open(path, dark);
      if (path.endsWith('/graph/')) await page.locator('#graph svg').waitFor();
      const button = page.locator('.preview-button').first();
      if ((await button.count()) > 0) {
        await button.click();
        await expect.poll(() => page.locator('.preview:popover-open').count()).toBe(1);
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      await dark.close();
    });
  });

  it('should log no script error and request nothing outside the site', () => {
    expect(errors).toEqual([]);
  });
});
