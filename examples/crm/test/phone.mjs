// The reference CRM at a phone's width (390 × 844, an iPhone 14's CSS viewport): the header stays
// one line, nothing scrolls sideways, and an opened call covers the timeline until it is closed
// (close button or Escape), which returns to the row it was opened from, focus included. While
// open, focus is in it and the page behind does not scroll. Screenshots of both widths go to `shots`.
import { join } from 'node:path';

const PHONE = { width: 390, height: 844 };

/** What the layout looks like now: overflow, the header's lines, the open call's box. */
const measure = (page) =>
  page.evaluate(() => {
    const header = document.querySelector('.topbar');
    // One line: every item of the bar overlaps every other vertically (items differ in height).
    const boxes = [...header.children].map((c) => c.getBoundingClientRect()).filter((b) => b.height);
    const oneLine = Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
    const last = header.lastElementChild.getBoundingClientRect();
    const detail = document.querySelector('[data-testid="call-detail"]');
    const box = detail?.getBoundingClientRect();
    const center = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      oneLine,
      headerHeight: Math.round(header.getBoundingClientRect().height),
      headerRight: Math.round(last.right),
      detail: box && {
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
        width: Math.round(box.width),
      },
      detailCoversCenter: Boolean(detail && center && detail.closest('.detail')?.contains(center)),
    };
  });

/**
 * `row` is the timeline row of a call with a contact name (Claire Lambert), far enough down the
 * timeline that a phone has to scroll to it.
 */
export async function checkPhoneLayout(page, { row, shots }) {
  const detail = page.getByTestId('call-detail');
  const close = () => detail.getByRole('button', { name: 'Close call' }).click();
  // The desktop layout, for comparison: timeline and call side by side.
  await page.setViewportSize({ width: 1280, height: 800 });
  if ((await detail.count()) === 0) await row.locator('.cb-call__title').click();
  await detail.getByText('Claire Lambert').first().waitFor({ timeout: 2000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, 'desktop-1280x800.png') });
  await close();

  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  const idle = await measure(page);
  if (idle.scrollWidth > PHONE.width)
    throw new Error(`at 390 px the page is ${idle.scrollWidth} px wide: it scrolls sideways`);
  if (!idle.oneLine || idle.headerHeight > 64)
    throw new Error(`at 390 px the header wraps (${idle.headerHeight} px high)`);
  if (idle.headerRight > PHONE.width) throw new Error(`Sign out ends at ${idle.headerRight} px, off screen`);
  await page.screenshot({ path: join(shots, 'phone-390x844.png') });

  await row.locator('.cb-call__title').click();
  await detail.getByText('Claire Lambert').first().waitFor({ timeout: 2000 });
  await detail.locator('.cb-player__play').waitFor({ timeout: 2000 });
  const open = await measure(page);
  if (!open.detail || open.detail.top < 0 || open.detail.top > 80)
    throw new Error(`on a phone the call opens at ${open.detail?.top} px, not at the top of the screen`);
  if (!open.detailCoversCenter) throw new Error('on a phone the open call does not cover the timeline');
  if (open.scrollWidth > PHONE.width || open.detail.width > PHONE.width)
    throw new Error(
      `with a call open the page is ${open.scrollWidth} px wide (call ${open.detail.width} px)`,
    );
  if (!(await detail.getByRole('button', { name: 'Close call' }).isVisible()))
    throw new Error('on a phone the open call cannot be closed');
  await detail.locator('.cb-player__waveform[data-state="ready"]').waitFor({ timeout: 5000 });
  await page.screenshot({ path: join(shots, 'phone-call-view-390x844.png') });
  // Where the row is under the open call (the click may have scrolled the page to reach it).
  const from = await row.boundingBox();

  await checkPanelFocusAndScroll(page);

  // Closing (Escape, then the close button) goes back to the row the call was opened from, not
  // to the end of the page, and so does focus.
  await page.keyboard.press('Escape');
  await checkClosed(page, { row, from });
  // While the call loads, the panel is too short to scroll itself: the page must not scroll either.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const call = /\/api\/v1\/calls\/(?!stats)[^/?]+$/;
  await page.route(call, async (route) => {
    await held;
    await route.continue();
  });
  await row.locator('.cb-call__title').click();
  await page.locator('.detail.open').getByText('Loading…').waitFor({ timeout: 2000 });
  await checkPanelFocusAndScroll(page);
  release();
  await detail.getByText('Claire Lambert').first().waitFor({ timeout: 2000 });
  await page.unroute(call);
  await close();
  await checkClosed(page, { row, from });
  await page.setViewportSize({ width: 1280, height: 860 });
}

/**
 * Focus is in the open call; the call fills the screen, its end can be scrolled to, and neither
 * the wheel nor the keyboard scrolls the page behind it.
 */
async function checkPanelFocusAndScroll(page) {
  const focusIn = await page.evaluate(() => Boolean(document.activeElement?.closest('.detail.open')));
  if (!focusIn) throw new Error('on a phone, focus stays behind the open call instead of moving into it');
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(PHONE.width / 2, PHONE.height - 40);
  await page.mouse.wheel(0, 2000);
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => {
    const panel = document.querySelector('.detail.open');
    return {
      scrollY: window.scrollY,
      covers: panel.contains(document.elementFromPoint(innerWidth / 2, innerHeight - 2)),
      end: Math.round(panel.lastElementChild.getBoundingClientRect().bottom),
    };
  });
  if (state.scrollY !== before)
    throw new Error(`the page behind the open call scrolled from ${before} to ${state.scrollY} px`);
  if (!state.covers) throw new Error('the open call stops short of the bottom of the screen');
  if (state.end > PHONE.height)
    throw new Error(`the end of the open call is at ${state.end} px, below the screen, out of reach`);
}

/** The call is closed: its row is where it was, and has focus. */
async function checkClosed(page, { row, from }) {
  await page.getByTestId('call-detail').waitFor({ state: 'detached', timeout: 2000 });
  const back = await row.boundingBox();
  if (!back || Math.abs(back.y - from.y) > 2 || back.y < 0 || back.y > PHONE.height - 24)
    throw new Error(`the row was at ${from.y} px; after closing its call it is at ${back?.y} px`);
  const title = row.locator('.cb-call__title');
  if (!(await title.evaluate((el) => el === document.activeElement)))
    throw new Error('after closing the call, focus is not back on the row it was opened from');
}
