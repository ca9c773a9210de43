# Shared by scripts/run and scripts/test: install what is missing, say what is being done, and
# do nothing on a second run when everything is already there.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Cargo's build folder for the Linux builds (Cargo's own variable; the repository's target/ by
# default). Outputs people use (target/e2e, target/windows) stay in the repository's target/.
TARGET_DIR="${CARGO_TARGET_DIR:-$REPO/target}"
TAURI_DRIVER_VERSION=2.1.0
# The supply-chain tools (scripts/test, scripts/gen-notices): one compile each, then reused.
CARGO_DENY_VERSION=0.20.2
CARGO_ABOUT_VERSION=0.9.3

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"; fi
}

missing_debs() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$pkg"
  done
}

apt_updated=0
ensure_debs() {
  local missing
  missing=$(missing_debs "$@")
  [ -z "$missing" ] && return 0
  say "Installing system packages: $missing"
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# Packages that may not exist on every distribution (Debian's rustc-web for the Windows check).
deb_available() { apt-cache show "$1" >/dev/null 2>&1; }

BUILD_DEBS=(build-essential pkg-config libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libdbus-1-dev file)
# at-spi2-core and python3-pyatspi: the accessibility bus and its reader, for the screen-reader tree
# test (tests/e2e/a11y-tree.test.mjs).
TEST_DEBS=(xvfb webkit2gtk-driver dbus-daemon dbus-x11 fonts-dejavu-core gnome-keyring poppler-utils
  at-spi2-core python3-pyatspi)
# Building for Windows (scripts/windows-build): Debian's rustc-web with the standard library's
# source, mingw-w64 to link, NSIS for the installer, osslsigncode to sign.
WINDOWS_BUILD_DEBS=(rustc-web cargo-web rust-web-src binutils-mingw-w64-x86-64 gcc-mingw-w64-x86-64
  nsis osslsigncode)
# Installing and running the Windows build in CI (tests/windows/wine-test).
WINE_TEST_DEBS=(wine wine64 xvfb xdotool imagemagick openssl poppler-utils)

ensure_rust() {
  command -v cargo >/dev/null || die "Rust is not installed. Install it with rustup (https://rustup.rs), version 1.90 or newer, then run this again."
  local v
  v=$(cargo --version | awk '{print $2}')
  if [ "$(printf '%s\n1.90.0\n' "$v" | sort -V | head -n1)" != "1.90.0" ]; then
    die "cargo $v is too old: Tauri 2 needs Rust 1.90 or newer (rustup update)."
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    ensure_debs nodejs npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 18 ] || die "Node.js $(node --version) is too old: 18 or newer is needed."
}

ensure_npm_packages() {
  # node_modules/.package-lock.json is npm's own record of what it installed.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

ensure_tauri_driver() {
  local bin="${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver"
  if [ ! -x "$bin" ] || ! cargo install --list | grep -q "^tauri-driver v$TAURI_DRIVER_VERSION:"; then
    say "Installing tauri-driver $TAURI_DRIVER_VERSION (cargo install)"
    cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked
  fi
}

# Installs a Cargo subcommand `name` at `version` from crates.io unless that version is there.
ensure_cargo_tool() {
  local name="$1" version="$2"
  shift 2
  if ! cargo install --list | grep -q "^$name v$version:"; then
    say "Installing $name $version (cargo install, once)"
    cargo install "$name" --version "$version" --locked "$@"
  fi
}

ensure_cargo_deny() { ensure_cargo_tool cargo-deny "$CARGO_DENY_VERSION"; }
ensure_cargo_about() { ensure_cargo_tool cargo-about "$CARGO_ABOUT_VERSION" --features cli; }

# Skipped when nothing it is built from changed since the last build: a rebuilt ui/dist (new
# file times) makes Cargo rebuild and relink the desktop app, on Linux and for Windows.
build_ui() {
  local stamp="$REPO/target/ui-built.stamp"
  if [ -f "$stamp" ] && [ -f ui/dist/index.html ] && [ -z "$(find ui locales package.json package-lock.json \
      -path ui/dist -prune -o -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    say "The web UI is up to date (ui/dist)"
    return 0
  fi
  say "Building the web UI (TypeScript check + Vite)"
  npm run --silent build:ui
  mkdir -p "$REPO/target"
  touch "$stamp"
}

# The version every crate shares (Cargo.toml's [workspace.package]).
workspace_version() {
  awk '/^\[/ {s = ($0 == "[workspace.package]")} s && /^version *=/ {gsub(/.*= *"|".*/, ""); print; exit}' \
    "$REPO/Cargo.toml"
}

# Who publishes this build, as Windows shows it (the programs' CompanyName, the installer's
# Uninstall entry "Publisher"): TUKIEM_PUBLISHER when whoever builds the release sets it, else the
# project's own, src-tauri/tauri.conf.json's bundle.publisher (which tauri-build also writes into
# tukiem.exe). Never the agency a profile names: the app speaks for that agency, the agency did
# not publish the app (and a bundle can change the agency after install).
project_publisher() {
  local publisher="${TUKIEM_PUBLISHER:-}"
  [ -n "$publisher" ] || publisher=$(tauri_conf_field bundle.publisher) || return 1
  # It goes into makensis defines and NSIS strings, where these characters mean something.
  case "$publisher" in *[\"\$\`\\]*) die "the publisher may not hold \" \$ \` or \\: $publisher" ;; esac
  printf '%s\n' "$publisher"
}

# The programs' LegalCopyright: the project's (bundle.copyright), whoever builds the release.
project_copyright() { tauri_conf_field bundle.copyright; }

# One field of src-tauri/tauri.conf.json (a dotted path); fails when it is missing or empty.
tauri_conf_field() {
  node -e 'const v = process.argv[2].split(".").reduce((o, k) => (o == null ? o : o[k]), require(process.argv[1]));
    if (typeof v !== "string" || v === "") process.exit(1); console.log(v)' \
    "$REPO/src-tauri/tauri.conf.json" "$1" || die "src-tauri/tauri.conf.json has no $1"
}
