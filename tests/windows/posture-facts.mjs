// Reads the five posture findings of `tukiem-cli.exe check --json` under Wine, after
// tests/windows/wine-test seeded the prefix's registry the way a real user's machine would be
// (a Run box with a fake-CAPTCHA PowerShell line beside `notepad` and `cmd`, SmartScreen off by
// policy, the firewall off on the public profile), for tests/windows/wine-test.
//
//   node tests/windows/posture-facts.mjs CHECK.json SECRET FULL_COMMAND DOMAIN SEEDED_DAY TEXT_OUTPUT...
//
// Prints each finding's status and reason (the log documents what each fact gives under Wine)
// and fails when: a status is not one of the check's states; `unknown` comes without a reason;
// run-box is not a problem naming powershell and DOMAIN only, dated by the Run box key's
// last-write time (SEEDED_DAY, the UTC day the test wrote it, or the day after); SECRET or FULL_COMMAND appears in
// the JSON or in any TEXT_OUTPUT (the CLI's words in each language); smartscreen or firewall
// does not show what was seeded (or `unknown` with Wine's reason).
import { readFileSync } from "node:fs";

const [checkFile, secret, command, domain, seededDay, ...textFiles] = process.argv.slice(2);
if (!seededDay) {
  console.error("usage: posture-facts.mjs CHECK.json SECRET FULL_COMMAND DOMAIN SEEDED_DAY TEXT_OUTPUT...");
  process.exit(2);
}
const raw = readFileSync(checkFile, "utf8");
const report = JSON.parse(raw);
const problems = [];
const STATES = ["ok", "warning", "critical", "unknown", "not_applicable"];
const IDS = ["windows-support", "windows-updates", "firewall", "smartscreen", "run-box"];

const said = (msg) => (msg ? `${msg.id} ${JSON.stringify(msg.args ?? {})}` : "-");
const byId = Object.fromEntries(report.findings.map((f) => [f.id, f]));

for (const id of IDS) {
  const f = byId[id];
  if (!f) {
    problems.push(`no ${id} finding`);
    continue;
  }
  console.log(`    ${id}: ${f.status}; summary ${said(f.summary)}; reason ${said(f.reason)}`);
  console.log(`      evidence ${JSON.stringify(f.evidence)}`);
  if (!STATES.includes(f.status)) problems.push(`${id}: "${f.status}" is not a state of the check`);
  if (f.status === "unknown" && !f.reason?.id) problems.push(`${id} is unknown without a reason`);
  if (id !== "run-box" && f.evidence?.recommendation !== true) {
    problems.push(`${id} is not labelled as TựKiểm's recommendation`);
  }
}

// A seeded fact either reads as seeded or is unknown with Wine's reason: never "ok".
const seeded = (id, check, what) => {
  const f = byId[id];
  if (!f) return;
  if (f.status === "unknown") return;
  if (!check(f)) problems.push(`${id} does not show ${what}: ${f.status} ${JSON.stringify(f.evidence)}`);
};
seeded(
  "firewall",
  (f) => f.status === "warning" && f.evidence.public === "off" && f.evidence.domain === "on" && f.evidence.private === "on",
  "the public profile off (domain and private on)",
);
seeded(
  "smartscreen",
  (f) => f.status === "warning" && f.evidence.apps === "off-by-policy",
  "SmartScreen for apps off by policy",
);

const runBox = byId["run-box"];
if (runBox) {
  if (runBox.status !== "critical") problems.push(`run-box is ${runBox.status}, not a problem`);
  const ev = runBox.evidence ?? {};
  if (JSON.stringify(ev.programs) !== JSON.stringify(["powershell"])) {
    problems.push(`run-box names programs ${JSON.stringify(ev.programs)}, not powershell alone`);
  }
  if (JSON.stringify(ev.domains) !== JSON.stringify([domain])) {
    problems.push(`run-box names domains ${JSON.stringify(ev.domains)}, not ${domain} alone`);
  }
  // The line was run last (MRUList "bac"): Windows' last-write time of the key is its date.
  const nextDay = new Date(Date.parse(`${seededDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  if (![seededDay, nextDay].includes(ev.last_run) || runBox.summary?.args?.date == null) {
    problems.push(`run-box is not dated ${seededDay} by the key's last-write time: last_run ${ev.last_run}, summary ${said(runBox.summary)}`);
  }
  if (ev.suspicious !== 1) problems.push(`run-box counts ${ev.suspicious} suspicious lines, not 1 (notepad and cmd are ordinary)`);
}

// The Run box's line can carry a token: neither it nor the command may be repeated anywhere.
for (const [name, text] of [[checkFile, raw], ...textFiles.map((f) => [f, readFileSync(f, "utf8")])]) {
  if (text.includes(secret)) problems.push(`${name} repeats the token from the Run box`);
  if (text.includes(command)) problems.push(`${name} repeats the Run box's command`);
  if (name !== checkFile && !(text.includes("powershell") && text.includes(domain))) {
    problems.push(`${name} does not name powershell and ${domain}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`posture facts read: ${IDS.map((id) => `${id} ${byId[id].status}`).join(", ")}`);
