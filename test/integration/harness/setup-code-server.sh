#!/usr/bin/env bash
# Builds a runnable code-server 4.96.4 (the VS Code 1.96.4 server plus its web workbench) from the npm registry
# and Debian's packages alone, because a desktop VS Code cannot be downloaded on these machines.
#
# usage: setup-code-server.sh [PREFIX]     (default: $STORYBANK_CODE_SERVER_PREFIX or <repo>/.cache/code-server)
#
# Reuses PREFIX when its marker file `.storybank-complete` names the same version; otherwise wipes it and builds
# from scratch. The marker is written last, so an interrupted build is never mistaken for a complete one.
# A complete build is also kept in a machine-wide cache (default ~/.cache/storybank/code-server-VERSION; set
# STORYBANK_CODE_SERVER_SHARED_CACHE to move it, or to an empty string to turn it off), so that a fresh clone
# on the same machine (CI's, say) gets hard links to it in seconds instead of building again.
# Needs root for apt-get (chromium, ripgrep, the Kerberos headers and a C++ toolchain for the native modules)
# and Node 20 with its headers (node-gyp cannot fetch them offline).
set -euo pipefail
VERSION=4.96.4
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=$(realpath -m "${1:-${STORYBANK_CODE_SERVER_PREFIX:-$HERE/../../../.cache/code-server}}")
MARKER="$PREFIX/.storybank-complete"
SHARED=${STORYBANK_CODE_SERVER_SHARED_CACHE-${XDG_CACHE_HOME:-$HOME/.cache}/storybank/code-server-$VERSION}
t() { local s=$SECONDS; "$@"; echo "[setup-code-server] $(( SECONDS - s ))s: $*" >&2; }
die() { echo "[setup-code-server] cannot build code-server: $*" >&2; exit 1; }

# Copies a complete build: hard links when both sides are on one file system (nothing is ever changed in
# place: a rebuild removes the folder first), a real copy otherwise.
copy_tree() { rm -rf "$2" && mkdir -p "$(dirname "$2")" && { cp -al "$1" "$2" 2>/dev/null || { rm -rf "$2" && cp -a "$1" "$2"; }; }; }

# Keeps a complete build of PREFIX in the machine's cache, via a temp name so a half-written copy never counts.
keep_shared() {
  [ -n "$SHARED" ] && [ "$(realpath -m "$SHARED")" != "$PREFIX" ] || return 0
  if copy_tree "$PREFIX" "$SHARED.partial" && rm -rf "$SHARED" && mv "$SHARED.partial" "$SHARED"; then
    echo "[setup-code-server] kept a copy for other clones on this machine in $SHARED" >&2
  else
    echo "[setup-code-server] could not keep a copy in $SHARED (not needed to run the tests)" >&2
  fi
}
shared_complete() { [ -n "$SHARED" ] && [ -f "$SHARED/.storybank-complete" ] && [ "$(cat "$SHARED/.storybank-complete")" = "$VERSION" ]; }

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$VERSION" ]; then
  echo "[setup-code-server] reusing $PREFIX (code-server $VERSION)" >&2
  shared_complete || keep_shared
  exit 0
fi

if shared_complete; then
  if copy_tree "$SHARED" "$PREFIX" && node "$PREFIX/node_modules/code-server/out/node/entry.js" --version >/dev/null 2>&1; then
    echo "[setup-code-server] reusing the machine's build $SHARED in $PREFIX (code-server $VERSION)" >&2
    exit 0
  fi
  echo "[setup-code-server] the machine's build in $SHARED does not run; building anew" >&2
fi

node -v | grep -q '^v20\.' || die "code-server $VERSION needs Node 20, found $(node -v)"
# node-gyp must build against the local headers: nodejs.org is unreachable
export npm_config_nodedir
npm_config_nodedir=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
[ -f "$npm_config_nodedir/include/node/node_api.h" ] || die "no Node headers under $npm_config_nodedir/include/node"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export JOBS=max   # node-gyp: compile with every core

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -f /usr/include/gssapi/gssapi.h ] \
   || ! command -v make >/dev/null || ! command -v g++ >/dev/null; then
  [ "$(id -u)" = 0 ] || die "chromium, ripgrep, libkrb5-dev, make and g++ are needed; run as root or install them: apt-get install chromium ripgrep libkrb5-dev python3 make g++"
  t apt-get update -qq
  t env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ripgrep libkrb5-dev python3 make g++ >/dev/null
fi

echo "[setup-code-server] building code-server $VERSION into $PREFIX (takes a minute or two)" >&2
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
cd "$PREFIX"
echo '{"name":"storybank-code-server-host","private":true}' > package.json
t npm install --no-save --ignore-scripts --loglevel=error "code-server@$VERSION"   # its postinstall.sh would fetch from GitHub
t npm rebuild argon2 --build-from-source --loglevel=error                          # code-server require()s argon2 at startup
cd node_modules/code-server/lib/vscode
# the shrinkwrap pins @vscode/proxy-agent to a GitHub commit; npm's 0.27.0 tarball has the same integrity hash
sed -i 's#"git+ssh://git@github.com/microsoft/vscode-proxy-agent.git\#0803e0a7d1249bcb64ae9d256d0ee732b7246ea5"#"https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz"#' npm-shrinkwrap.json
if grep -q 'git+ssh' npm-shrinkwrap.json; then die "npm-shrinkwrap.json still points at GitHub"; fi
t npm install --omit=dev --ignore-scripts --loglevel=error
# native modules, built against the local headers (kerberos tries a GitHub prebuild first, then node-gyp)
t npm rebuild node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid kerberos --loglevel=error
# @vscode/ripgrep's postinstall downloads rg from GitHub: use Debian's
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# what postinstall.sh does after its npm install
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
cd extensions
t npm install --omit=dev --ignore-scripts --loglevel=error
node postinstall.mjs >/dev/null                             # trims typescript like the real postinstall
cd "$PREFIX"
node node_modules/code-server/out/node/entry.js --version >/dev/null || die "the built code-server does not start"
node -e "for (const m of ['node-pty','@vscode/spdlog','native-watchdog','@parcel/watcher','kerberos']) require('./node_modules/code-server/lib/vscode/node_modules/' + m)" \
  || die "a native module does not load"
echo "$VERSION" > "$MARKER"
echo "[setup-code-server] done: $PREFIX ($(du -sh "$PREFIX" | cut -f1))" >&2
keep_shared
