// The accessibility check itself: the browser stories trust `expectNoAxeViolations` to fail on a
// page that breaks WCAG 2.1 A or AA, also after the single-page app has changed screens without
// loading a new document (axe is injected once per document and must check what is there now).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, describeStory, expectNoAxeViolations, launchBrowser } from './harness.ts';

const ACCESSIBLE = '<!doctype html><html lang="nl"><head><title>Goed</title></head><body><main><h1>Goed</h1><p>Tekst.</p></main></body></html>';

async function violationsOf(page: Page): Promise<string> {
  const found = (await axeViolations(page)).join('\n');
  // The stories' check fails exactly when there is something to report.
  if (found) await expect(expectNoAxeViolations(page)).rejects.toThrow(/axe found accessibility violations/);
  else await expectNoAxeViolations(page);
  return found;
}

describeStory('the accessibility check of the browser stories', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('passes an accessible page and fails one with an unlabelled field and an image without text', async () => {
    await page.setContent(ACCESSIBLE);
    expect(await violationsOf(page)).toBe('');
    await page.setContent(
      '<!doctype html><html lang="nl"><head><title>Fout</title></head><body><main><h1>Fout</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>',
    );
    const found = await violationsOf(page);
    expect(found).toContain('image-alt');
    expect(found).toContain('label');
  });

  it('checks the document as it is now after a screen changed in place, with axe already injected', async () => {
    await page.setContent(ACCESSIBLE);
    expect(await violationsOf(page)).toBe('');
    expect(await page.evaluate(() => 'axe' in window)).toBe(true);
    // As a single-page app does: same document, new content.
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p style="color:#eee;background:#fff">Bijna onzichtbaar</p>');
    });
    expect(await violationsOf(page)).toContain('color-contrast');
  });

  it('leaves out only the off-screen live region of React Aria', async () => {
    await page.setContent(ACCESSIBLE);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<div data-live-announcer="true"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>');
    });
    expect(await violationsOf(page)).toBe('');
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
    });
    expect(await violationsOf(page)).toContain('image-alt');
  });
});
