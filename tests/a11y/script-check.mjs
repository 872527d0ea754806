// Loads HTML files in headless Chromium the way a reader's browser does and reports whether
// anything in them ran: a dialog (alert, confirm, prompt), a change a payload makes to the page
// (window.__pwned, document.title), a navigation away, and the Content-Security-Policy
// violations the browser reported. Each file is loaded twice: with the page's policy in force,
// and with the policy bypassed, so the escaping alone is tested too.
// Usage: node script-check.mjs FILE...   Prints JSON: [{ file, runs: [{ csp, dialogs, pwned, title, url, violations }] }]
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const files = process.argv.slice(2).map(f => path.resolve(f));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const results = [];
try {
  for (const file of files) {
    const result = { file, runs: [] };
    for (const csp of [true, false]) {
      const page = await browser.newPage();
      await page.setBypassCSP(!csp);
      const dialogs = [];
      page.on('dialog', async dialog => { dialogs.push(dialog.message()); await dialog.dismiss(); });
      await page.evaluateOnNewDocument(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const href = pathToFileURL(file).href;
      await page.goto(href, { waitUntil: 'load' });
      // Give timers and event handlers a moment to fire.
      await new Promise(resolve => setTimeout(resolve, 300));
      const state = await page.evaluate(() => ({ pwned: window.__pwned ?? null, title: document.title, url: location.href, violations: window.__violations ?? [] }));
      result.runs.push({ csp, dialogs, ...state, navigated: state.url !== href });
      await page.close();
    }
    results.push(result);
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results, null, 1) + '\n');
