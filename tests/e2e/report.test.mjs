// End-to-end: the clinician report on the release build with a year of synthetic history (made by
// `durable synth` and restored through Settings): reached from Progress, it shows every section,
// never scrolls sideways at 390 px, has no axe violations, and its print view fits one A4 page
// (counted in the PDF that Chromium prints). Screenshots go to test-results/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve } from "./serve.mjs";
import { launch, openPage } from "./browser.mjs";
import { daysAgo, synthYear } from "./synth.mjs";

const DIST = process.env.DIST ?? "dist";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser;
let server;
let yearFile;

before(async () => {
  assert.ok(existsSync(`${DIST}/index.html`), `${DIST}/ is missing: run \`make build\` first`);
  yearFile = synthYear("report");
  browser = await launch();
  server = await serve(DIST, "/");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the report of a year: every section, phone-sized, accessible, one A4 page in print", async () => {
  const allow = (url, status) => status === 404 && [`${server.url}settings`].includes(url);
  const { context, page, problems } = await openPage(browser, { allow });
  await page.goto(server.url);
  await page.waitForLoadState("networkidle");
  await page.goto(`${server.url}settings`);
  const restore = page.getByRole("region", { name: "Restore from a backup file" });
  await page.getByLabel("Backup file", { exact: true }).setInputFiles(yearFile);
  await restore.getByRole("button", { name: "Replace my data" }).click();
  await restore.getByRole("status").getByText(/^Your data was replaced with the backup\./).waitFor();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await page.getByRole("region", { name: "For your clinician" }).getByRole("link", { name: "Make a report" }).click();
  await page.getByRole("heading", { level: 1, name: "Report for your clinician" }).waitFor();

  const report = page.getByRole("article");
  await report.getByRole("heading", { level: 2, name: /^Durable report: \d+ \w{3} \d{4} to \d+ \w{3} \d{4} \(84 days\)$/ }).waitFor();
  const headings = await report.getByRole("heading", { level: 3 }).allTextContents();
  assert.deepEqual(headings, ["Pain", "Training", "Activities and confidence", "Walking", "Current plan", "Safety questions", "About this report"]);
  await report.getByText(/^Sessions done: \d+ of \d+ planned \(3 a week\)\.$/).waitFor();
  await report.getByText(/^Morning pain averaged [\d.]+ over the first 14 days \(\d+ rated\) and [\d.]+ over the last 14 \(\d+ rated\): /).waitFor();
  await report.getByText(/^Walked \d+ minutes against weekly targets adding up to \d+ minutes; /).waitFor();
  await report.getByText(/it does not diagnose/).waitFor();

  // A shorter period changes the report.
  await page.getByLabel("From").fill(daysAgo(27));
  await report.getByRole("heading", { level: 2, name: /\(28 days\)$/ }).waitFor();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no sideways scrolling at 390 px");
  for (const control of await page.locator("main button, main input").all()) {
    const box = await control.boundingBox();
    assert.ok(box.height >= 44, `a control is ${box.height}px high`);
  }
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/report-390.png", fullPage: true });
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], "the report page has accessibility violations");

  // Back to the default 12 weeks, then print: one A4 page, without the app's header and tabs.
  await page.getByLabel("From").fill(daysAgo(83));
  await report.getByRole("heading", { level: 2, name: /\(84 days\)$/ }).waitFor();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("navigation", { name: "Main" }).isVisible(), false, "no tabs in print");
  assert.equal(await page.getByRole("heading", { level: 1 }).isVisible(), false, "no page heading in print");
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  writeFileSync("test-results/report-a4.pdf", pdf);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  assert.equal(pages, 1, `the printed report is ${pages} pages`);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: "test-results/report-print-a4.png", fullPage: true });

  await page.waitForLoadState("networkidle");
  assert.deepEqual(problems, []);
  await context.close();
});
