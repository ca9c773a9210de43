// Compares `tukiem-cli check --json` from the Windows build under Wine with the Linux CLI's over
// the same stores (the fixture profile as a recorded scenario), for tests/windows/wine-test.
//
//   node tests/windows/compare-check.mjs LINUX.json WINDOWS.json
//
// Every browser finding must be the same (status, counts, domains, stores, reasons), and the
// antivirus check must say "unknown" with a reason: Wine has no Security Center, and the check
// must never call that "ok". Exit 1 with the differences otherwise.
import { readFileSync } from "node:fs";

const [linuxFile, windowsFile] = process.argv.slice(2);
const linux = JSON.parse(readFileSync(linuxFile, "utf8"));
const windows = JSON.parse(readFileSync(windowsFile, "utf8"));
const problems = [];

const browserFindings = (report) =>
  Object.fromEntries(
    report.findings
      .filter((f) => f.id === "browser-passwords" || f.id.startsWith("browser-"))
      .map((f) => [f.id, { status: f.status, summary: f.summary, reason: f.reason, evidence: f.evidence }]),
  );

const onLinux = browserFindings(linux);
const onWindows = browserFindings(windows);
if (Object.keys(onLinux).length < 6) {
  problems.push(`the Linux check found only ${Object.keys(onLinux).length} browser findings`);
}
for (const id of new Set([...Object.keys(onLinux), ...Object.keys(onWindows)])) {
  const a = JSON.stringify(onLinux[id] ?? null);
  const b = JSON.stringify(onWindows[id] ?? null);
  if (a !== b) problems.push(`${id} differs:\n  Linux:   ${a}\n  Windows: ${b}`);
}

const total = onWindows["browser-passwords"]?.evidence ?? {};
if (!(total.saved_logins > 0) || !(total.gov_logins > 0)) {
  problems.push(`the Windows check counted no saved logins: ${JSON.stringify(total)}`);
}
if (!(total.unreadable > 0)) {
  problems.push(`the corrupt store was not reported as unreadable: ${JSON.stringify(total)}`);
}

const av = windows.findings.find((f) => f.id === "antivirus");
if (!av) {
  problems.push("no antivirus finding");
} else if (av.status !== "unknown") {
  problems.push(`antivirus says ${av.status} under Wine (no Security Center): must be unknown`);
} else if (av.reason == null || JSON.stringify(av.reason).length < 3) {
  problems.push(`antivirus is unknown without a reason: ${JSON.stringify(av)}`);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const counts = `${total.saved_logins} saved logins (${total.gov_logins} for gov.vn) in ${total.profiles} profiles, ${total.unreadable} unreadable`;
console.log(`same browser findings on Windows and Linux: ${counts}; antivirus unknown (${JSON.stringify(av.reason)})`);
