// Renders the same .ftl catalogue the Rust side uses (locales/<lang>/*.ftl), bundled at build
// time: no request ever leaves the app for text.
import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Lang, Msg } from "./api";

const sources = import.meta.glob("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const FALLBACK: Lang = "vi";
const bundles = new Map<Lang, FluentBundle>();
let current: Lang = FALLBACK;

function bundle(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    // No isolation marks: they end up in copied phone numbers and e-mail addresses.
    b = new FluentBundle(lang, { useIsolating: false });
    for (const [path, text] of Object.entries(sources)) {
      if (path.includes(`/locales/${lang}/`)) {
        const errors = b.addResource(new FluentResource(text));
        errors.forEach((e) => console.error(path, e));
      }
    }
    bundles.set(lang, b);
  }
  return b;
}

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return current;
}

export function t(id: string, args?: Record<string, string | number>): string {
  for (const b of [bundle(current), bundle(FALLBACK)]) {
    const message = b.getMessage(id);
    if (message?.value) {
      const errors: Error[] = [];
      const text = b.formatPattern(message.value, args, errors);
      errors.forEach((e) => console.error(id, e));
      return text;
    }
  }
  console.error("missing message", id);
  return id;
}

/** Renders a core message; a nested message argument (a date) is rendered first, as the Rust
 * `Localizer` does. Dates and sentences are decided in core: nothing is formatted here. */
export function tm(msg: Msg): string {
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(msg.args)) args[k] = typeof v === "object" ? tm(v) : v;
  return t(msg.id, args);
}
