// Checks HTML files with axe-core in headless Chromium and reads their DOM back.
// Usage: node axe-check.mjs [--widths=320,1280] [--schemes=light,dark] FILE...
// Prints one JSON document: for every file, the axe violations at each width and colour
// scheme (WCAG 2.0/2.1/2.2 A and AA rules), whether the page scrolls sideways, and what the
// DOM holds (language, headings, links with their accessible names, table headers, text)
// and which fonts Chromium drew the text of headings and elements with a lang with.
// One browser for all files keeps a run of 12 files × 2 widths × 2 schemes to seconds.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const options = { widths: [320, 1280], schemes: ['light', 'dark'] };
const files = [];
for (const arg of process.argv.slice(2)) {
  const match = /^--(widths|schemes)=(.*)$/.exec(arg);
  if (match) {
    options[match[1]] = match[2].split(',').map(v => (match[1] === 'widths' ? Number(v) : v));
  } else {
    files.push(path.resolve(arg));
  }
}

if (files.length === 0) {
  console.error('usage: node axe-check.mjs [--widths=320,1280] [--schemes=light,dark] FILE...');
  process.exit(2);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});

const results = [];
try {
  const page = await browser.newPage();
  // The pages forbid every script (Content-Security-Policy); axe-core is injected by this
  // harness, so the policy is bypassed here. script-check.mjs loads the pages with it in force.
  await page.setBypassCSP(true);
  for (const file of files) {
    const result = { file, runs: [], dom: null };
    for (const width of options.widths) {
      for (const scheme of options.schemes) {
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.addScriptTag({ path: axePath });
        const run = await page.evaluate(async (tags) => {
          const outcome = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return {
            violations: outcome.violations.map(v => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary })),
            })),
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          };
        }, tags);
        result.runs.push({ width, scheme, ...run });
        if (result.dom === null) {
          // The fonts Chromium actually drew the first heading, list item and paragraph with.
          const cdp = await page.createCDPSession();
          await cdp.send('DOM.enable');
          await cdp.send('CSS.enable');
          const { root } = await cdp.send('DOM.getDocument');
          const renderedFonts = [];
          for (const selector of ['h1', 'h2', 'li', 'p']) {
            const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
            if (nodeId) {
              const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
              renderedFonts.push(...fonts.map(f => ({ selector, family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount })));
            }
          }

          // And of every heading and every element with a lang: which fonts drew its own text.
          await page.evaluate(() => document.fonts.ready);
          const textSelector = 'body h1, body h2, body h3, body [lang]';
          const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: textSelector });
          const elements = await page.evaluate((selector) => [...document.querySelectorAll(selector)].map(e => ({
            tag: e.tagName.toLowerCase(),
            lang: e.closest('[lang]')?.getAttribute('lang') ?? null,
            text: e.textContent.trim(),
          })), textSelector);
          const elementFonts = [];
          for (const [index, nodeId] of nodeIds.entries()) {
            const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
            elementFonts.push({ ...elements[index], fonts: fonts.map(f => ({ family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount })) });
          }

          await cdp.detach();
          result.dom = await page.evaluate(() => {
            // The accessible-name computation needs axe's virtual tree.
            axe.setup(document);
            const dom = {
            lang: document.documentElement.getAttribute('lang'),
            dir: document.documentElement.getAttribute('dir'),
            title: document.title,
            headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => ({ level: Number(h.tagName[1]), text: h.textContent.trim() })),
            links: [...document.querySelectorAll('a[href]')].map(a => ({ href: a.getAttribute('href'), text: a.textContent.trim(), name: axe.commons.text.accessibleText(a) })),
            headerCells: [...document.querySelectorAll('th')].map(th => ({ scope: th.getAttribute('scope'), text: th.textContent.trim() })),
            languageSpans: [...document.querySelectorAll('body [lang]')].map(e => ({ tag: e.tagName.toLowerCase(), lang: e.getAttribute('lang'), dir: e.getAttribute('dir'), text: e.innerText })),
            landmarks: [...document.querySelectorAll('header, main, footer, nav, aside')].map(e => e.tagName.toLowerCase()),
            text: document.body.innerText,
            fonts: [...document.fonts].map(f => ({ family: f.family, weight: f.weight, style: f.style, status: f.status })),
            // A right-to-left page as it is seen: each line's characters from left to right, by
            // where Chromium drew them (so a phone number drawn as "7065-560-860" reads so).
            visualLines: document.documentElement.getAttribute('dir') !== 'rtl' ? [] : (() => {
              const chars = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.data.length; i++) {
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const rect = range.getBoundingClientRect();
                  if (rect.width > 0 || node.data[i] === ' ') chars.push({ c: node.data[i], x: rect.left + rect.width / 2, y: Math.round(rect.top + rect.height / 2) });
                }
              }
              const lines = new Map();
              for (const ch of chars) {
                const key = [...lines.keys()].find(y => Math.abs(y - ch.y) < 4) ?? ch.y;
                if (!lines.has(key)) lines.set(key, []);
                lines.get(key).push(ch);
              }
              return [...lines.values()].map(line => line.sort((a, b) => a.x - b.x).map(ch => ch.c).join(''));
            })(),
            };
            axe.teardown();
            return dom;
          });
          result.dom.renderedFonts = renderedFonts;
          result.dom.elementFonts = elementFonts;
        }
      }
    }

    results.push(result);
  }
} finally {
  await browser.close();
}

process.stdout.write(JSON.stringify(results, null, 1) + '\n');
