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

# The agency that publishes this build: the Vietnamese name in an organization profile's [agency].
profile_publisher() {
  awk '/^\[/ {s = ($0 == "[agency]")} s && /^name *=/ {sub(/.*vi *= *"/, ""); sub(/".*/, ""); print; exit}' "$1"
}
