#!/usr/bin/python3
"""Reads TựKiểm's window as a screen reader does: through AT-SPI, the Linux accessibility bus that
WebKitGTK exposes the page on. Called by tests/e2e/a11y-tree.test.mjs, which makes the assertions;
this script only reads and prints JSON on stdout.

  a11y_tree.py tree     the page's accessible objects in order: role, name, text, level, live
  a11y_tree.py events   listens for changes (children added, text inserted) for --seconds, printing "ready"
                        on stderr once listening (the test then starts the check)

Uses Debian's python3-pyatspi (gir1.2-atspi-2.0 through PyGObject). Exits 3, with the reason in
{"error": ...}, when there is no accessibility bus or no TựKiểm on it.
"""
import argparse
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

KEPT_ATTRIBUTES = ("live", "container-live", "level", "tag", "xml-roles", "atomic", "relevant")
MAX_NODES = 6000


def fail(reason):
    print(json.dumps({"error": reason}))
    sys.exit(3)


def accessibility_bus():
    """The accessibility bus's address, asked of org.a11y.Bus on the session bus (D-Bus starts
    at-spi-bus-launcher on demand)."""
    try:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = session.call_sync(
            "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
            GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 10000, None)
        return reply.unpack()[0]
    except GLib.Error as e:
        fail(f"no accessibility bus: {e.message}")


def find_app(name, wait):
    """The running application whose name contains `name` (waits up to `wait` seconds for it to
    register)."""
    deadline = time.monotonic() + wait
    while True:
        desktop = Atspi.get_desktop(0)
        seen = []
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None:
                continue
            app_name = app.get_name() or ""
            seen.append(app_name)
            if name.lower() in app_name.lower():
                return app
        if time.monotonic() > deadline:
            fail(f"no application named {name!r} on the accessibility bus (found: {seen})")
        time.sleep(0.2)


def attributes(node):
    try:
        attrs = node.get_attributes() or {}
    except GLib.Error:
        return {}
    return {k: v for k, v in attrs.items() if k in KEPT_ATTRIBUTES}


def own_text(node):
    """The text the node itself holds (WebKit puts a paragraph's words in its Text interface;
    embedded children show as U+FFFC, dropped here)."""
    try:
        if "Text" not in node.get_interfaces():
            return ""
        return Atspi.Text.get_text(node, 0, -1).replace("\ufffc", "").strip()
    except GLib.Error:
        return ""


def find_document(node, depth=0):
    if node.get_role() == Atspi.Role.DOCUMENT_WEB:
        return node
    if depth > 12:
        return None
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            found = find_document(child, depth + 1)
            if found is not None:
                return found
    return None


def dump(node, depth, out):
    if len(out) >= MAX_NODES:
        return
    states = node.get_state_set()
    out.append({
        "depth": depth,
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "text": own_text(node),
        "attrs": attributes(node),
        "showing": states.contains(Atspi.StateType.SHOWING),
        "focusable": states.contains(Atspi.StateType.FOCUSABLE),
        "focused": states.contains(Atspi.StateType.FOCUSED),
    })
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            dump(child, depth + 1, out)


def document_of(app, wait):
    deadline = time.monotonic() + wait
    while True:
        doc = find_document(app)
        if doc is not None and doc.get_child_count() > 0:
            return doc
        if time.monotonic() > deadline:
            fail("the application has no web document on the accessibility bus")
        time.sleep(0.2)


def tree(args):
    app = find_app(args.app, args.wait)
    doc = document_of(app, args.wait)
    out = []
    dump(doc, 0, out)
    print(json.dumps({"app": app.get_name(), "nodes": out}, ensure_ascii=False))


def events(args):
    app = find_app(args.app, args.wait)
    document_of(app, args.wait)
    seen = []

    def on_event(event):
        source = event.source
        if len(seen) >= 2000:
            return
        try:
            attrs = attributes(source)
            # What changed, read now: a text insertion carries its words; an added object is
            # read at once (the page may have moved on by the time the test looks).
            data = event.any_data
            added = data if isinstance(data, Atspi.Accessible) else None
            seen.append({
                "type": event.type,
                "role": source.get_role_name(),
                "attrs": attrs,
                "text": own_text(source) or (source.get_name() or ""),
                "added": data if isinstance(data, str) else (own_text(added) or added.get_name() or "") if added is not None else "",
                "added_attrs": attributes(added) if added is not None else {},
            })
        except GLib.Error:
            pass

    listener = Atspi.EventListener.new(on_event)
    for kind in ("object:children-changed:add", "object:text-changed:insert"):
        listener.register(kind)
    loop = GLib.MainLoop()
    GLib.timeout_add(int(args.seconds * 1000), loop.quit)
    print("ready", file=sys.stderr, flush=True)
    loop.run()
    print(json.dumps({"app": app.get_name(), "events": seen}, ensure_ascii=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["tree", "events"])
    parser.add_argument("--app", default="tukiem")
    parser.add_argument("--wait", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    accessibility_bus()
    Atspi.init()
    (tree if args.mode == "tree" else events)(args)


if __name__ == "__main__":
    main()
