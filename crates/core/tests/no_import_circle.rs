//! No import circle between core's files: a file that names another (`crate::a::b`,
//! `super::b`, `self::b`, in a `use` or in code) depends on it, and no file depends on itself
//! through others. A circle means neither side can be read, tested or moved alone.
//!
//! A source scan, like `no_script_host.rs`: every `.rs` file under `crates/core/src` is a node;
//! a path names the deepest module file it reaches. Naming an enclosing module (`crate::Msg`,
//! `super::Env`: the facade of `lib.rs` or a `mod.rs`) is not an edge, nor is test code
//! (`#[cfg(test)]` items and the files they declare), nor comments. A failure lists each circle
//! with one reference per step (file and line).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[path = "support/rust_source.rs"]
mod rust_source;

use rust_source::{code_only, rust_files, without_tests};

/// Circles known and left for their owners, each with the move that opens it. Remove a line
/// when its circle is gone (the test fails on a line that no longer matches, too).
const KNOWN: &[(&[&str], &str)] = &[];

type Module = Vec<String>;

struct File {
    rel: String,
    module: Module,
    text: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn module_of(rel: &str) -> Module {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// Every path starting with `crate::`, `super::` or `self::`, groups (`{a, b::c}`) expanded.
fn paths(text: &str) -> Vec<(usize, Vec<String>)> {
    let code = code_only(text);
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    for root in ["crate::", "super::", "self::"] {
        let mut at = 0;
        while let Some(found) = code[at..].find(root) {
            let start = at + found;
            at = start + root.len();
            let before = start.checked_sub(1).map(|i| bytes[i]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':') {
                continue;
            }
            let line = code[..start].matches('\n').count() + 1;
            let mut found_paths = Vec::new();
            tree(&code, start, Vec::new(), &mut found_paths);
            out.extend(found_paths.into_iter().map(|p| (line, p)));
        }
    }
    out
}

/// Parses a path or use tree at `pos`, appending each full path to `out`; returns the end.
fn tree(code: &str, mut pos: usize, mut segs: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let bytes = code.as_bytes();
    let skip_ws = |mut p: usize| {
        while p < bytes.len() && bytes[p].is_ascii_whitespace() {
            p += 1;
        }
        p
    };
    loop {
        pos = skip_ws(pos);
        if pos < bytes.len() && bytes[pos] == b'{' {
            pos += 1;
            loop {
                pos = tree(code, pos, segs.clone(), out);
                pos = skip_ws(pos);
                if pos < bytes.len() && bytes[pos] == b',' {
                    pos = skip_ws(pos + 1);
                }
                if pos >= bytes.len() || bytes[pos] == b'}' {
                    return pos + 1;
                }
                if !(bytes[pos].is_ascii_alphabetic() || bytes[pos] == b'_' || bytes[pos] == b'{') {
                    return pos;
                }
            }
        }
        let start = pos;
        while pos < bytes.len() && (bytes[pos].is_ascii_alphanumeric() || bytes[pos] == b'_') {
            pos += 1;
        }
        if pos == start {
            out.push(segs);
            return pos;
        }
        segs.push(code[start..pos].to_owned());
        if code[pos..].starts_with("::") {
            pos += 2;
        } else {
            out.push(segs);
            return pos;
        }
    }
}

/// Which file a path names, seen from `from`: the deepest module it reaches.
fn target(from: &Module, path: &[String], modules: &BTreeSet<Module>) -> Module {
    let mut segs = path;
    let mut base: Module = if segs.first().is_some_and(|s| s == "crate") {
        segs = &segs[1..];
        Vec::new()
    } else {
        from.clone()
    };
    while let Some(first) = segs.first() {
        match first.as_str() {
            "super" => {
                base.pop();
            }
            "self" => {}
            _ => break,
        }
        segs = &segs[1..];
    }
    for s in segs {
        let mut next = base.clone();
        next.push(s.clone());
        if !modules.contains(&next) {
            break;
        }
        base = next;
    }
    base
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

/// Strongly connected components of more than one file (Tarjan, iterative enough for ~200
/// nodes by recursion).
fn circles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<BTreeSet<Module>> {
    struct Tarjan<'g> {
        graph: &'g BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        on_stack: BTreeSet<&'g Module>,
        out: Vec<BTreeSet<Module>>,
    }
    impl<'g> Tarjan<'g> {
        fn visit(&mut self, v: &'g Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in &self.graph[v] {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if self.on_stack.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = BTreeSet::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.insert(w.clone());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.out.push(component);
                }
            }
        }
    }
    let mut t = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v) {
            t.visit(v);
        }
    }
    t.out
}

/// Each file's dependencies, with the first reference (file:line, path) that makes each one.
fn graph() -> BTreeMap<(Module, Module), String> {
    let root = src();
    let found = rust_files(&root);
    let mut test_files = BTreeSet::new();
    let mut files: Vec<File> = found
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(p).unwrap();
            let text = without_tests(&rel, &text, &mut test_files);
            File {
                module: module_of(&rel),
                rel,
                text,
            }
        })
        .collect();
    // Test files, and every file under a test module's folder.
    files.retain(|f| {
        !test_files.contains(&f.rel)
            && !test_files.iter().any(|t| {
                f.rel.starts_with(&format!(
                    "{}/",
                    t.trim_end_matches(".rs").trim_end_matches("/mod")
                ))
            })
    });
    let modules: BTreeSet<Module> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges = BTreeMap::new();
    for f in &files {
        for (line, path) in paths(&f.text) {
            let to = target(&f.module, &path, &modules);
            // Naming an enclosing module (or itself) is using its facade, not depending on a file.
            if to.len() <= f.module.len() && f.module[..to.len()] == to[..] {
                continue;
            }
            edges
                .entry((f.module.clone(), to))
                .or_insert_with(|| format!("{}:{line} names {}", f.rel, path.join("::")));
        }
    }
    edges
}

#[test]
fn no_file_of_core_depends_on_itself_through_others() {
    let edges = graph();
    let mut adjacency: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        adjacency
            .entry(from.clone())
            .or_default()
            .insert(to.clone());
        adjacency.entry(to.clone()).or_default();
    }
    let found = circles(&adjacency);
    let known: Vec<BTreeSet<Module>> = KNOWN
        .iter()
        .map(|(names, _)| {
            names
                .iter()
                .map(|n| n.split("::").map(str::to_owned).collect())
                .collect()
        })
        .collect();
    let mut problems = Vec::new();
    for component in &found {
        if known.contains(component) {
            continue;
        }
        let mut text = format!(
            "a circle between {}:",
            component.iter().map(name).collect::<Vec<_>>().join(", ")
        );
        for ((from, to), evidence) in &edges {
            if component.contains(from) && component.contains(to) {
                text.push_str(&format!("\n    {} → {}: {evidence}", name(from), name(to)));
            }
        }
        problems.push(text);
    }
    for (k, (names, why)) in known.iter().zip(KNOWN) {
        if !found.contains(k) {
            problems.push(format!(
                "the known circle {names:?} is gone (or changed): update KNOWN ({why})"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_scan_sees_uses_groups_and_paths_in_code_but_not_comments_or_tests() {
    let text = "use crate::{checks::{self, Finding}, report::score};\n\
                // crate::fleet::after_check in a comment\n\
                fn f() { super::validate::clean(\"crate::links\"); }\n\
                #[cfg(test)]\nmod tests {\n    use crate::rollup::Row;\n}\n";
    let mut tests = BTreeSet::new();
    let kept = without_tests("a/b.rs", text, &mut tests);
    let found: Vec<String> = paths(&kept)
        .into_iter()
        .map(|(_, p)| p.join("::"))
        .collect();
    assert_eq!(
        found,
        [
            "crate::checks::self",
            "crate::checks::Finding",
            "crate::report::score",
            "super::validate::clean"
        ]
    );
    without_tests(
        "a/b.rs",
        "#[cfg(test)]\n#[path = \"b_tests.rs\"]\nmod tests;\n",
        &mut tests,
    );
    assert!(tests.contains("a/b_tests.rs"), "{tests:?}");
    let modules: BTreeSet<Module> = [
        vec!["checks".to_owned()],
        vec!["checks".to_owned(), "scenario".to_owned()],
    ]
    .into();
    let from = vec!["checks".to_owned(), "scenario_facts".to_owned()];
    let path: Vec<String> = ["super", "scenario", "ScenarioError"]
        .map(str::to_owned)
        .into();
    assert_eq!(target(&from, &path, &modules), ["checks", "scenario"]);
}
