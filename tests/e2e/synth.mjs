// Shared by the end-to-end tests that need history: local dates counted back from today, a year
// of synthetic history written by `durable synth`, and an axe-core scan of the page as it is.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** A local date as YYYY-MM-DD, `back` days before today (the browser reads the same time zone). */
export function daysAgo(back) {
  const date = new Date();
  date.setDate(date.getDate() - back);
  const pad = (number) => String(number).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Writes a backup with a year of history up to yesterday into a new scratch folder; its path. */
export function synthYear(name) {
  const file = join(mkdtempSync(join(tmpdir(), `durable-${name}-`)), "year.json");
  execFileSync("cargo", ["run", "--quiet", "--bin", "durable", "--", "synth", "--years", "1", "--start", daysAgo(365), "--out", file], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  return file;
}

/** The axe-core (WCAG 2.1 A and AA) violations of the page as it is, one line each. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}
