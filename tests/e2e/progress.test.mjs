// End-to-end: the Progress page on the release build. Without a profile it points to onboarding; with
// less than two weeks of check-ins it says what will appear; with a year of synthetic history (made by
// `durable synth` and restored through Settings) it shows the activities, pain next to training and
// walking, with named charts and their hidden tables, no console errors and no axe violations.
// `DIST=dir` tests another build folder (default dist/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, openPage } from "./browser.mjs";
import { daysAgo, synthYear } from "./synth.mjs";

const DIST = process.env.DIST ?? "dist";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser;
let server;
let yearFile;
let newcomerFile;

before(async () => {
  assert.ok(existsSync(`${DIST}/index.html`), `${DIST}/ is missing: run \`make build\` first`);
  const scratch = mkdtempSync(join(tmpdir(), "durable-progress-"));
  // A year of history up to yesterday.
  yearFile = synthYear("progress");
  // Someone who started today: the same profile and program, and one check-in.
  const year = JSON.parse(readFileSync(yearFile, "utf8"));
  year.data.sessions = [];
  year.data.outcomes = [];
  year.data.checkins = [{ date: daysAgo(0), pain: 4 }];
  newcomerFile = join(scratch, "newcomer.json");
  writeFileSync(newcomerFile, JSON.stringify(year));
  browser = await launch();
  server = await serve(DIST, "/");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page whose data is replaced by the backup `file` through Settings (none: empty data). */
async function openWith(file) {
  const allow = (url, status) => status === 404 && [`${server.url}settings`, `${server.url}progress`].includes(url);
  const opened = await openPage(browser, { allow });
  const { page } = opened;
  await page.goto(server.url);
  // Let the first load finish (icons, service worker) so leaving it aborts no request.
  await page.waitForLoadState("networkidle");
  if (file) {
    await page.goto(`${server.url}settings`);
    const restore = page.getByRole("region", { name: "Restore from a backup file" });
    await page.getByLabel("Backup file", { exact: true }).setInputFiles(file);
    await restore.getByRole("button", { name: "Replace my data" }).click();
    await restore.getByRole("status").getByText(/^Your data was replaced with the backup\./).waitFor();
  }
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await page.getByRole("heading", { level: 1, name: "Progress" }).waitFor();
  return opened;
}

/** An axe-core scan (WCAG 2.1 A and AA) of the page as it is now. */
async function scan(page, name) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], `${name} has accessibility violations`);
}

test("without a profile, the page points to setting up a program", async () => {
  const { context, page, problems } = await openWith(null);
  const start = page.getByRole("main").getByRole("link", { name: "Set up your program" });
  assert.equal(new URL(await start.getAttribute("href"), server.url).pathname, "/start");
  assert.equal(await page.getByRole("img").count(), 0);
  await scan(page, "progress without a profile");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});

test("with less than two weeks of check-ins, it says what will appear and when", async () => {
  const { context, page, problems } = await openWith(newcomerFile);
  await page.getByRole("heading", { level: 2, name: "Coming soon" }).waitFor();
  await page.getByText(/^Your charts appear once your morning check-ins cover 2 weeks: .* So far they cover 1 week \(1 check-in\)\.$/).waitFor();
  assert.equal(await page.getByRole("img").count(), 0);
  await scan(page, "progress with too little data");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a year of history: activities first, pain next to training, walking, named charts", async () => {
  const { context, page, problems } = await openWith(yearFile);
  const headings = await page.locator("main h1, main h2").allTextContents();
  assert.deepEqual(headings, ["Progress", "Your everyday activities", "Pain and training", "Strength", "Walking", "Patterns, not proof", "For your clinician"]);

  // The person's own activities, each with a sentence judged against the change that matters.
  const activities = page.getByRole("region", { name: "Your everyday activities" });
  await activities.getByText(/^Since \d+ \w{3} \d{4}, the average of your activity scores (went from [\d.]+ to [\d.]+|is still [\d.]+): /).waitFor();
  const items = await activities.getByRole("listitem").allTextContents();
  assert.ok(items.length >= 1, "at least one activity");
  for (const item of items) {
    assert.match(item, /^Your ‘.+’ score (went from \d+ to \d+|is still \d+): (a change that matters|no clear change yet|lower than at the start)/);
  }
  await activities.getByText(/^Your confidence in doing your usual activities despite the pain /).waitFor();

  // Pain and training on one axis: a line with 12 weeks and bars with 12 weeks, each with its table.
  const pain = page.getByRole("region", { name: "Pain and training" });
  await pain.getByText(/^Morning pain averaged [\d.]+ over your first 14 days of check-ins \(\d+ days rated\) and [\d.]+ over the latest 14 \(\d+ days rated\): /).waitFor();
  const charts = [
    [pain, /^Average morning pain by week, 0 to 10/, /^\d+\.\d \(\d+ days?\)$|^No check-ins$/],
    [pain, "Hard sets of training by week", /^\d+( \(so far\))?$/],
    [page.getByRole("region", { name: "Walking" }), /^Minutes walked by week, with each week's target and the goal of 150 minutes a week$/, /^\d+ of \d+ minutes, \d+ days? of 30 minutes or more( \(so far\))?$/],
  ];
  for (const [region, name, cell] of charts) {
    const image = region.getByRole("img", { name });
    assert.ok(await image.isVisible(), `${name} is drawn`);
    const box = await image.boundingBox();
    assert.ok(box.width > 300 && box.width <= 390, `${name} fits the phone's width (${box.width}px)`);
    const title = await image.evaluate((svg) => svg.querySelector(":scope > title")?.namespaceURI ?? null);
    assert.equal(title, "http://www.w3.org/2000/svg", `${name} has an SVG <title>`);
    const table = region.getByRole("table", { name });
    assert.equal(await table.locator("tbody tr").count(), 12, `${name}: a row per week`);
    for (const text of await table.locator("tbody td").allTextContents()) assert.match(text, cell, `${name}: ${text}`);
  }
  assert.ok((await pain.locator(".chart-point").count()) >= 10, "a year of daily check-ins fills the pain line");
  assert.ok((await pain.locator(".chart-bar").count()) >= 10, "and the training bars");
  await pain.getByText(/^In the last 12 weeks: \d+ sessions and \d+ hard sets\.$/).waitFor();
  await page.getByRole("region", { name: "Walking" }).getByText(/^Last week: \d+ minutes of walking/).waitFor();
  assert.equal(await page.getByRole("region", { name: "Walking" }).locator(".chart-mark").count(), 12, "each week's target");

  // Both charts share the axis: the same week sits at the same x in the line and the bars.
  const xs = await pain.locator("svg").evaluateAll((svgs) =>
    svgs.map((svg) => [...svg.querySelectorAll("text[text-anchor=middle]")].map((label) => label.getAttribute("x"))),
  );
  assert.deepEqual(xs[0], xs[1]);

  // Strength: each movement with its exercises since when and the best set, labelled honestly.
  const strength = page.getByRole("region", { name: "Strength" });
  const movements = strength.getByRole("article");
  assert.ok((await movements.count()) >= 4, "a card per movement trained");
  await movements.first().getByText(/^Best set of the .+ since you started it on \d+ \w{3} \d{4}: .+, on \d+ \w{3} \d{4}\.$/).waitFor();
  await movements.first().getByText(/: week by week and every exercise$/).click();
  const line = movements.first().getByRole("img");
  assert.ok((await line.boundingBox()).width <= 390, "the strength line fits the phone");
  assert.equal(await movements.first().getByRole("table").locator("tbody tr").count(), 12);

  // Personal patterns: at least one card with its day counts and the reverse direction; never "avoid".
  const patterns = page.getByRole("region", { name: "Patterns, not proof" });
  const cards = patterns.getByRole("article");
  assert.ok((await cards.count()) >= 1, "at least one pattern card");
  for (const card of await cards.all()) {
    const text = await card.textContent();
    assert.match(text, /Morning pain averaged [\d.]+ .* \(\d+ days?\) and [\d.]+ .* \(\d+ days?\)\./);
    assert.match(text, /The other way round: /);
    assert.doesNotMatch(text, /avoid/i);
  }
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/progress-year-390.png", fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no sideways scrolling at 390 px");

  // Chart labels (SVG text, which axe does not check) pass WCAG AA contrast on the card, in the light
  // and the dark colour scheme.
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const ratios = await page.evaluate(() => {
      const rgb = (text) => text.match(/[\d.]+/g).slice(0, 3).map(Number);
      const luminance = ([r, g, b]) => {
        const channel = (value) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      return [...document.querySelectorAll(".chart-label")].map((label) => {
        // The nearest ancestor that paints a background.
        let painted = label.parentElement;
        while (painted && /rgba\(.*, 0\)|transparent/.test(getComputedStyle(painted).backgroundColor)) painted = painted.parentElement;
        const fore = luminance(rgb(getComputedStyle(label).fill));
        const back = luminance(rgb(getComputedStyle(painted ?? document.body).backgroundColor));
        return (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      });
    });
    assert.ok(ratios.length >= 10, "labels found");
    for (const ratio of ratios) assert.ok(ratio >= 4.5, `${scheme}: a chart label has contrast ${ratio.toFixed(2)}`);
  }
  await page.emulateMedia({ colorScheme: "light" });

  await pain.getByText(/^Hard sets by movement, last 12 weeks$/).click();
  assert.ok((await pain.getByRole("table").last().locator("tbody tr").count()) >= 4);
  await scan(page, "progress with a year of history");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});
