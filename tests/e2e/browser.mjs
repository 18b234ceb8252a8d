// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, with every
// console error and failed request collected so a test can fail on them.
import { chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * Opens a fresh context and page that record problems: console errors, uncaught page errors, failed
 * requests and HTTP errors. `allow(url, status)` may excuse an expected response. A page opened
 * straight at a deep link gets the site's 404.html (the app shell) with status 404, as on GitHub
 * Pages: that navigation response is expected and excused. `deviceScaleFactor` sets the pixels per
 * CSS pixel (3 for a phone's screen).
 */
export async function openPage(browser, { allow = () => false, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 404/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    // A request cancelled because the test navigated on (net::ERR_ABORTED) did not fail.
    const error = request.failure()?.errorText ?? "";
    if (error !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on("response", (response) => {
    const shellFallback = response.status() === 404 && response.request().isNavigationRequest();
    if (response.status() >= 400 && !shellFallback && !allow(response.url(), response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { context, page, problems };
}

/** Waits until the service worker controls the page (the app shell is cached for offline use). */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** The axe-core violations (WCAG 2.1 A and AA) of the page as it is now, one line each. */
export async function axeViolations(page) {
  const { createRequire } = await import("node:module");
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}
