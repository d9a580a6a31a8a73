#!/usr/bin/env bash
# Regenerates the benchmark scripts in this folder from node_modules (run `npm ci` first).
# Each output X.js = the first two lines of src/X.driver.js (header comment with the package
# version filled in, and the SCALE line) + an esbuild IIFE bundle of src/LIB.lib.mjs + any
# embedded input text + the rest of the driver. Bundles are NOT minified (marked's npm build is
# itself minified, so that part stays dense). Needs node (for esbuild and the string embedding).
set -euo pipefail
cd "$(dirname "$0")"
ESBUILD=node_modules/.bin/esbuild
[ -x "$ESBUILD" ] || { echo "build.sh: run 'npm ci' in $(pwd) first" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

version() { node -p "require('./node_modules/$1/package.json').version"; }
license() { node -p "require('./node_modules/$1/package.json').license"; }

# embed VAR FILE: prints `var VAR = "<contents of FILE as an ASCII-only JS string literal>";`
embed() {
  node -e '
    const fs = require("fs");
    const s = fs.readFileSync(process.argv[2], "utf8");
    const lit = JSON.stringify(s).replace(/[\u007f-\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
    process.stdout.write("var " + process.argv[1] + " = " + lit + ";\n");
  ' "$1" "$2"
}

# bench NAME LIB GLOBAL PACKAGE [EMBED_VAR EMBED_FILE]
bench() {
  local name=$1 lib=$2 global=$3 pkg=$4
  local driver=src/$name.driver.js out=$name.js ver
  ver=$(version "$pkg")
  "$ESBUILD" "src/$lib.lib.mjs" --bundle --format=iife --platform=neutral \
    --main-fields=module,main --target=es2020 --charset=ascii \
    --global-name="$global" --log-level=warning --outfile="$TMP/$lib.bundle.js"
  grep -q '^//@@BUNDLE@@$' "$driver" || { echo "$driver: no //@@BUNDLE@@ line" >&2; exit 1; }
  {
    awk '/^\/\/@@BUNDLE@@$/ { exit } { print }' "$driver" | sed "s/{{$pkg}}/$ver/g"
    echo "// ---- bundle: $pkg@$ver ($(license "$pkg") license; see node_modules/$pkg), built by build.sh with esbuild $("$ESBUILD" --version) ----"
    cat "$TMP/$lib.bundle.js"
    if [ $# -ge 6 ]; then
      echo "// ---- input: $6 ----"
      embed "$5" "$6"
    fi
    awk 'found { print } /^\/\/@@BUNDLE@@$/ { found = 1 }' "$driver"
  } > "$TMP/$out"
  # The result must be a classic script that needs nothing but console.log.
  if grep -nE '\brequire\(|\bprocess\.|\bsetTimeout\(|^\s*import[ {*]|^\s*export ' "$TMP/$out" | grep -v '^[0-9]*:var ACORN_SOURCE'; then
    echo "build.sh: $out uses a host API (see above)" >&2; exit 1
  fi
  mv "$TMP/$out" "$out"
  echo "built $out ($(wc -c < "$out") bytes, $pkg@$ver)"
}

bench acorn-parse  acorn   acornLib   acorn      ACORN_SOURCE node_modules/acorn/dist/acorn.mjs
bench marked-render marked markedLib  marked
bench decimal-math decimal decimalLib decimal.js
bench pako-deflate pako   pakoLib    pako
bench yaml-roundtrip js-yaml yamlLib js-yaml
