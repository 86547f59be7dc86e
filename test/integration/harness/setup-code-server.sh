#!/usr/bin/env bash
# Builds a runnable code-server 4.96.4 (the VS Code 1.96.4 server plus its web workbench) from the npm registry
# and Debian's packages alone, because a desktop VS Code cannot be downloaded on these machines.
#
# usage: setup-code-server.sh [PREFIX]     (default: <repo>/.cache/code-server)
#
# Reuses PREFIX when its marker file `.storybank-complete` names the same version; otherwise wipes it and builds
# from scratch. The marker is written last, so an interrupted build is never mistaken for a complete one.
# Needs root for apt-get (chromium, ripgrep, the Kerberos headers and a C++ toolchain for the native modules)
# and Node 20 with its headers (node-gyp cannot fetch them offline).
set -euo pipefail
VERSION=4.96.4
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=$(realpath -m "${1:-$HERE/../../../.cache/code-server}")
MARKER="$PREFIX/.storybank-complete"
t() { local s=$SECONDS; "$@"; echo "[setup-code-server] $(( SECONDS - s ))s: $*" >&2; }
die() { echo "[setup-code-server] cannot build code-server: $*" >&2; exit 1; }

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$VERSION" ]; then
  echo "[setup-code-server] reusing $PREFIX (code-server $VERSION)" >&2
  exit 0
fi

node -v | grep -q '^v20\.' || die "code-server $VERSION needs Node 20, found $(node -v)"
# node-gyp must build against the local headers: nodejs.org is unreachable
export npm_config_nodedir
npm_config_nodedir=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
[ -f "$npm_config_nodedir/include/node/node_api.h" ] || die "no Node headers under $npm_config_nodedir/include/node"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

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
