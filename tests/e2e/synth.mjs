// Shared by the end-to-end tests that need history: local dates counted back from today, a year
// of synthetic history written by `durable synth`, and an axe-core scan of the page as it is.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";


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
