import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 levels A and AA: the tags of the axe-core rules run (the accessibility statement quotes them). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Waits for the page's finite animations and transitions to end (2 s at most): a DSFR dialog
 * fades in, and axe measuring colour contrast halfway through reads a half-transparent text.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.race([
      Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]);
  });
}

/** axe-core on the page once it is still: no critical or serious violation (WCAG 2.1 A and AA). */
export async function expectNoSeriousAccessibilityViolation(page: Page): Promise<void> {
  await settleAnimations(page);
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
  expect(serious, page.url()).toEqual([]);
}

/** How far the page is wider than its viewport, and the innermost elements past the edge. */
async function measureOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 0.5;
    // The innermost elements past the edge: what to fix, not every ancestor around it.
    const innermost = Array.from(document.body.querySelectorAll('*')).filter(
      (element) => sticksOut(element) && !Array.from(element.children).some(sticksOut),
    );
    return {
      overflow: document.documentElement.scrollWidth - width,
      culprits: innermost.slice(0, 5).map((element) => {
        const name = [element.tagName.toLowerCase(), ...Array.from(element.classList)].join('.');
        const right = Math.round(element.getBoundingClientRect().right);
        return `${name} (right edge ${right} px): « ${(element.textContent ?? '').trim().slice(0, 40)} »`;
      }),
    };
  });
}

/**
 * Nothing wider than the screen: no sideways scrolling on a phone. Right after a resize, charts
 * and grids lay themselves out again over a few frames (ResizeObserver): the page gets up to
 * three seconds to settle. A failure names what sticks out.
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const settleBy = Date.now() + 3_000;
  let measured = await measureOverflow(page);
  while (measured.overflow > 0 && Date.now() < settleBy) {
    await page.waitForTimeout(100);
    measured = await measureOverflow(page);
  }
  expect(
    measured.overflow,
    `${page.url()} is wider than the screen: ${measured.culprits.join('; ')}`,
  ).toBeLessThanOrEqual(0);
}
