// Drives the real TựKiểm window: Xvfb + tauri-driver + WebKitWebDriver, spoken to over plain W3C
// WebDriver with Node's built-in fetch. (selenium-webdriver needs Node 22 and WebdriverIO brings
// hundreds of packages; Debian 12 and Ubuntu 24.04 ship Node 18, and the protocol calls we need
// fit in this file.)
//
// Every wait polls for a condition a user would see, with a deadline; nothing sleeps and hopes.

import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, mkdirSync, writeFileSync, rmSync, readdirSync, readFileSync, lstatSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, homedir } from "node:os";
import { join, resolve } from "node:path";

export const REPO = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../..");
export const APP = process.env.TUKIEM_E2E_APP ?? join(REPO, "target/e2e/tukiem");
// Screenshots go under target/ so a test run never rewrites tracked files; `scripts/screenshots`
// copies them over the README ones in docs/screenshots/.
export const SHOTS = process.env.TUKIEM_SCREENSHOTS ?? join(REPO, "target/screenshots");
const TAURI_DRIVER = process.env.TAURI_DRIVER ?? join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin/tauri-driver");

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** An error `waitFor` passes on at once instead of retrying. */
class Fatal extends Error {
  constructor(cause) {
    super(cause.message, { cause });
  }
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `ms`. */
export async function waitFor(what, probe, ms = 20000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      if (e instanceof Fatal) throw e.cause;
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How long a launch may take to give a session: seconds at worst on a loaded 2-core machine. */
const SESSION_MS = 90000;

function startXvfb() {
  return new Promise((ok, fail) => {
    // -displayfd: Xvfb picks a free display and writes its number once it accepts connections.
    const x = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    x.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/^(\d+)\n/);
      if (m) ok({ proc: x, display: `:${m[1]}` });
    });
    x.on("error", fail);
    x.on("exit", (code) => fail(new Error(`Xvfb exited with ${code}`)));
  });
}

function stopProcess(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    proc.once("exit", ok);
    proc.kill();
  });
}

/** The first executable called `name` on the current PATH. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`${name} is not on PATH`);
}

/**
 * One Xvfb + tauri-driver for a test file, with its own data folder and locale.
 *
 * Tests never start a real browser: a stand-in `xdg-open`, first on the app's PATH, appends each
 * address the app asks to open to a file (`opened()`). With `onlyStandIns`, the app's PATH holds
 * nothing else, so after `removeStandIns()` it has no way at all to open a page.
 */
export class Harness {
  constructor({ lang = "C.UTF-8", app = APP, onlyStandIns = false, accessibility = false } = {}) {
    this.lang = lang;
    // With `accessibility`, GTK and WebKit talk to the accessibility bus (AT-SPI) as they do for
    // a screen reader; otherwise NO_AT_BRIDGE keeps them off it.
    this.accessibility = accessibility;
    this.app = app;
    this.onlyStandIns = onlyStandIns;
    this.data = mkdtempSync(join(tmpdir(), "tukiem-e2e-"));
    this.bin = join(this.data, "bin");
    this.openedLog = join(this.data, "opened.txt");
  }

  async start() {
    const { proc, display } = await startXvfb();
    this.xvfb = proc;
    this.port = await freePort();
    const native = await freePort();
    mkdirSync(this.bin, { recursive: true });
    writeFileSync(join(this.bin, "xdg-open"), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${this.openedLog}'\n`, { mode: 0o755 });
    // The app is launched by WebKitWebDriver, so it inherits tauri-driver's environment.
    const env = {
      ...process.env,
      DISPLAY: display,
      LANG: this.lang,
      LC_ALL: this.lang,
      LANGUAGE: "",
      XDG_DATA_HOME: join(this.data, "data"),
      XDG_CONFIG_HOME: join(this.data, "config"),
      XDG_CACHE_HOME: join(this.data, "cache"),
      ...(this.accessibility ? {} : { NO_AT_BRIDGE: "1" }),
      PATH: this.onlyStandIns ? this.bin : `${this.bin}:${process.env.PATH}`,
    };
    delete env.TUKIEM_PROFILE;
    if (this.accessibility) {
      delete env.NO_AT_BRIDGE;
      delete env.GTK_A11Y;
      this.display = display;
    }
    // With only the stand-ins on PATH, tauri-driver is told where WebKitWebDriver is.
    const nativeDriver = this.onlyStandIns ? ["--native-driver", onPath("WebKitWebDriver")] : [];
    this.driver = spawn(TAURI_DRIVER, ["--port", String(this.port), "--native-port", String(native), ...nativeDriver], {
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    this.base = `http://127.0.0.1:${this.port}`;
    await waitFor("tauri-driver to listen", async () => (await fetch(`${this.base}/status`)).ok);
    mkdirSync(SHOTS, { recursive: true });
    return this;
  }

  /** The addresses the app asked the desktop to open, oldest first. */
  opened() {
    return existsSync(this.openedLog) ? readFileSync(this.openedLog, "utf8").split("\n").filter(Boolean) : [];
  }

  /** Takes the stand-in launchers away: with `onlyStandIns`, nothing can open a page any more. */
  removeStandIns() {
    rmSync(join(this.bin, "xdg-open"), { force: true });
  }

  /** Files under this run's data, config and cache folders whose bytes contain any needle. */
  filesContaining(needles) {
    const hits = [];
    const walk = (dir) => {
      let entries = [];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of entries) {
        const path = join(dir, name);
        let st;
        try {
          st = lstatSync(path);
        } catch {
          continue;
        }
        if (st.isDirectory()) walk(path);
        else if (st.isFile()) {
          let bytes;
          try {
            bytes = readFileSync(path);
          } catch {
            continue;
          }
          if (needles.some((n) => bytes.includes(Buffer.from(n)) || bytes.includes(Buffer.from(n, "utf16le")))) hits.push(path);
        }
      }
    };
    walk(this.data);
    if (process.env.HOME) walk(join(process.env.HOME, ".local/share/keyrings"));
    return hits;
  }

  async stop() {
    await Promise.all([this.driver, this.xvfb].map(stopProcess));
    // WebKit helpers may still be letting go of files under the data folder (EBUSY), or still
    // writing their shader cache into it (ENOTEMPTY): retried 10 times (Node backs off linearly,
    // 100 ms, 200 ms, …: about 5.5 s in all; 100 retries would wait 8 minutes). A temporary
    // folder left behind after that is not what these tests are about, so it is only reported.
    try {
      rmSync(this.data, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (e) {
      console.warn(`could not remove ${this.data}: ${e.code ?? e.message}`);
    }
    // Sometimes a test file's process stays alive after every test and hook is done, holding the
    // whole run (seen after the app and its helpers had exited, cause not yet found). Results are
    // already reported by then; an unref'd timer only fires if something else keeps the process up.
    setTimeout(() => {
      console.warn("a handle kept this test file's process alive after its tests: exiting");
      process.exit();
    }, 5000).unref();
  }

  /**
   * Launches the app in a fresh window. Once in a long run the app died before its window existed
   * ("Failed to initialize GTK" under Xvfb, 1 launch in several thousand, cause not found) and
   * the driver then held the request for undici's 5 minutes. So a launch that gets no session
   * within SESSION_MS is tried once more, said aloud; an app that cannot start fails both.
   */
  async open(args = []) {
    const capabilities = { alwaysMatch: { "tauri:options": { application: this.app, args } } };
    let res;
    try {
      res = await this.call("POST", "/session", { capabilities }, SESSION_MS);
    } catch (e) {
      console.warn(`the app did not start (${e.message}): launching it once more`);
      res = await this.call("POST", "/session", { capabilities }, SESSION_MS);
    }
    const s = new Session(this, res.sessionId);
    await s.waitReady();
    return s;
  }

  async call(method, path, body, ms) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: ms === undefined ? undefined : AbortSignal.timeout(ms),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value ?? json)}`);
    return json.value;
  }
}

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** WebDriver's codes for the keys a keyboard-only user presses (W3C WebDriver, "Keyboard actions"). */
export const KEY = {
  Tab: "\uE004",
  Enter: "\uE007",
  Shift: "\uE008",
  Control: "\uE009",
  Escape: "\uE00C",
  Space: "\uE00D",
  Backspace: "\uE003",
};

// axe-core's own build (the npm package's browser bundle), injected into the page by WebDriver.
let axeSource = null;
function axeCore() {
  axeSource ??= readFileSync(join(REPO, "node_modules/axe-core/axe.min.js"), "utf8");
  return axeSource;
}

export class Session {
  constructor(harness, id) {
    this.h = harness;
    this.id = id;
  }

  call(method, path, body) {
    return this.h.call(method, `/session/${this.id}${path}`, body);
  }

  async close() {
    await this.call("DELETE", "");
  }

  /** The page has rendered its first screen from the app's own data. */
  async waitReady() {
    await waitFor("the first screen", () => this.run("return document.getElementById('app')?.dataset.ready === 'true'"));
  }

  run(script, ...args) {
    return this.call("POST", "/execute/sync", { script, args });
  }

  /** Runs an async script; it reports its result by calling `done(value)`. */
  runAsync(script, ...args) {
    return this.call("POST", "/execute/async", {
      script: `const done = arguments[arguments.length - 1]; ${script}`,
      args,
    });
  }

  async find(testid) {
    const el = await waitFor(`[data-testid=${testid}]`, async () => {
      const found = await this.call("POST", "/elements", { using: "css selector", value: `[data-testid="${testid}"]` });
      return found[0];
    });
    return el[ELEMENT];
  }

  /**
   * Runs a WebDriver call on the element, finding it again when the screen re-rendered between
   * the find and the call ("stale element reference": the call did not happen, so a retry is
   * safe). Any other error is the test's to see.
   */
  async onElement(testid, method, suffix, body) {
    return waitFor(`${testid} to stay on screen for ${suffix}`, async () => {
      try {
        return { value: await this.call(method, `/element/${await this.find(testid)}/${suffix}`, body) };
      } catch (e) {
        if (/stale element reference/.test(e.message)) return null;
        throw new Fatal(e);
      }
    }).then((r) => r.value);
  }

  async click(testid) {
    await this.onElement(testid, "POST", "click", {});
  }

  async type(testid, text) {
    await this.onElement(testid, "POST", "value", { text, value: [...text] });
  }

  async attr(testid, name) {
    return this.onElement(testid, "GET", `attribute/${name}`);
  }

  async text(testid) {
    return this.onElement(testid, "GET", "text");
  }

  /** Waits until the element's visible text satisfies `test`, and returns it. */
  async textWhere(testid, test, what) {
    return waitFor(what ?? `text of ${testid}`, async () => {
      const t = await this.text(testid);
      return test(t) ? t : null;
    });
  }

  async screen() {
    return this.run("return document.getElementById('app').dataset.screen");
  }

  async pressKey(key) {
    const active = await this.call("GET", "/element/active");
    await this.call("POST", `/element/${active[ELEMENT]}/value`, { text: key, value: [...key] });
  }

  async activeTestid() {
    return this.run("return document.activeElement?.dataset?.testid ?? null");
  }

  async setSize(width, height) {
    await this.call("POST", "/window/rect", { width, height });
    await waitFor(`window of ${width}x${height}`, async () => {
      const r = await this.call("GET", "/window/rect");
      return r.width === width && r.height === height;
    });
  }

  /**
   * Presses keys through WebDriver's input actions, as a keyboard does: each entry is a key, or an
   * array of keys held together (`[KEY.Shift, KEY.Tab]`), pressed in order and released in reverse.
   */
  async keys(...presses) {
    const actions = [];
    for (const p of presses) {
      const chord = Array.isArray(p) ? p : [p];
      for (const k of chord) actions.push({ type: "keyDown", value: k });
      for (const k of [...chord].reverse()) actions.push({ type: "keyUp", value: k });
    }
    await this.call("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.call("DELETE", "/actions");
  }

  /** Types text key by key, through the same input actions. */
  async typeKeys(text) {
    await this.keys(...[...text]);
  }

  /**
   * Runs axe-core on the whole page and returns its violations, each with the rule's id, impact,
   * help and the first few offending elements. By default: the WCAG 2.0/2.1 A and AA rules, axe's
   * best practices, and its experimental rules (label-content-name-mismatch is one). `rules` turns rules off or on by id
   * (`{ "rule-id": { enabled: false } }`); the caller names its reason.
   */
  async axe({ tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice", "experimental"], rules = {} } = {}) {
    await this.call("POST", "/timeouts", { script: 120000 });
    if (!(await this.run("return typeof window.axe === 'object'"))) {
      await this.run(`${axeCore()}\n;return typeof window.axe === 'object'`);
    }
    const json = await this.runAsync(
      `window.axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, rules: arguments[1], resultTypes: ["violations"] })
        .then((r) => done(JSON.stringify({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 200), summary: n.failureSummary })) })),
          incomplete: r.incomplete.length, passes: r.passes.length })))
        .catch((e) => done(JSON.stringify({ error: String(e && e.stack || e) })));`,
      tags,
      rules,
    );
    const result = JSON.parse(json);
    if (result.error) throw new Error(`axe-core failed: ${result.error}`);
    return result;
  }

  async screenshot(name) {
    // The DOM may be ahead of the pixels: wait until two frames have been painted.
    await this.call("POST", "/execute/async", {
      script: "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
      args: [],
    });
    const b64 = await this.call("GET", "/screenshot");
    const path = join(SHOTS, `${name}.png`);
    writeFileSync(path, Buffer.from(b64, "base64"));
    return path;
  }
}
