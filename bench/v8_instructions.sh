#!/bin/bash
# Instructions (callgrind) per V8-suite benchmark for each engine binary given, side by side:
#   bench/v8_instructions.sh target/release/spindle bench/engines/target/release/quickjs-runner
# Each script is base.js + one benchmark file + a fixed driver loop (setup and compilation
# included), the same for every engine. Needs valgrind and ../shared/bench/v8-v7.
set -euo pipefail
V8=${V8_DIR:-$(dirname "$0")/../../shared/bench/v8-v7}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BENCHES=(
  "Richards richards.js runRichards(); 20"
  "DeltaBlue deltablue.js deltaBlue(); 20"
  "Crypto crypto.js encrypt();decrypt(); 1"
  "RayTrace raytrace.js renderScene(); 1"
  "EarleyBoyer earley-boyer.js BgL_earleyzd2benchmarkzd2();BgL_nboyerzd2benchmarkzd2(); 1"
  "RegExp regexp.js RegExpSetup();RegExpRun();RegExpTearDown(); 1"
  "Splay splay.js SplaySetup();SplayRun();SplayTearDown(); 1"
  "NavierStokes navier-stokes.js setupNavierStokes();runNavierStokes(); 1"
)
printf '%-14s' benchmark
for b in "$@"; do printf ' %16s' "$(basename "$b")"; done
echo
for spec in "${BENCHES[@]}"; do
  read -r name file call runs <<<"$spec"
  script="$TMP/$name.js"
  cat "$V8/base.js" "$V8/$file" >"$script"
  echo "for (var i = 0; i < $runs; i++) { $call } console.log('done');" >>"$script"
  printf '%-14s' "$name"
  for b in "$@"; do
    n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$b" "$script" 2>&1 | awk '/refs/ {print $NF}')
    printf ' %16s' "$n"
  done
  echo
done
