#!/usr/bin/env bash
# Runs every benchmark in this folder at SCALE 1 and 0.01 on each engine and compares the
# `checksum:` line with checksums.txt (recorded from node). Prints wall time per run.
#   ./check.sh                  # node, node --jitless, Spindle and the QuickJS runner (those present)
#   ./check.sh --only acorn-parse,pako-deflate
#   ./check.sh --engine "/path/to/spindle"   # one engine only (repeatable)
#   ./check.sh --record         # rewrite checksums.txt from node
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
SCALES="1 0.01"
ONLY=""
RECORD=0
ENGINES=()
while [ $# -gt 0 ]; do
  case $1 in
    --only) ONLY=$2; shift 2 ;;
    --engine) ENGINES+=("$2"); shift 2 ;;
    --record) RECORD=1; shift ;;
    *) echo "usage: $0 [--only a,b] [--engine CMD]... [--record]" >&2; exit 2 ;;
  esac
done
if [ ${#ENGINES[@]} -eq 0 ]; then
  ENGINES=("node" "node --jitless")
  [ -x "$ROOT/target/release/spindle" ] && ENGINES+=("$ROOT/target/release/spindle")
  [ -x "$ROOT/bench/engines/target/release/quickjs-runner" ] && ENGINES+=("$ROOT/bench/engines/target/release/quickjs-runner")
fi
[ $RECORD -eq 1 ] && ENGINES=("node")

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
names=()
for f in *.js; do
  n=${f%.js}
  if [ -n "$ONLY" ] && [[ ",$ONLY," != *",$n,"* ]]; then continue; fi
  names+=("$n")
done

run() { # run ENGINE FILE -> sets OUT (checksum line or error), SECS
  local start end
  start=$(date +%s.%N)
  OUT=$($1 "$2" 2>"$TMP/err")
  local rc=$?
  end=$(date +%s.%N)
  SECS=$(echo "$end - $start" | bc)
  if [ $rc -ne 0 ]; then OUT="exit $rc: $(head -c 300 "$TMP/err" | tr '\n' ' ')"; return; fi
  OUT=$(printf '%s\n' "$OUT" | grep '^checksum: ' | tail -n1)
  OUT=${OUT#checksum: }
}

fail=0 pass=0
[ $RECORD -eq 1 ] && echo "# name@scale checksum, recorded from node $(node --version) by ./check.sh --record" > "$TMP/new"
for n in "${names[@]}"; do
  for s in $SCALES; do
    if [ "$s" = 1 ]; then file=$n.js; else file=$TMP/$n-$s.js; { echo "var BENCH_SCALE = $s;"; cat "$n.js"; } > "$file"; fi
    want=$(grep "^$n@$s " checksums.txt 2>/dev/null | cut -d' ' -f2-)
    for e in "${ENGINES[@]}"; do
      run "$e" "$file"
      if [ $RECORD -eq 1 ]; then echo "$n@$s $OUT" >> "$TMP/new"; fi
      if [ $RECORD -eq 1 ] || [ "$OUT" = "$want" ]; then st=ok; pass=$((pass + 1)); else st=FAIL; fail=$((fail + 1)); fi
      printf '%-5s %-16s %-5s %7.2fs  %-40s %s\n' "$st" "$n" "$s" "$SECS" "$(basename "${e%% *}")${e#"${e%% *}"}" "$OUT"
      [ "$st" = FAIL ] && echo "      expected: $want"
    done
  done
done
[ $RECORD -eq 1 ] && mv "$TMP/new" checksums.txt && echo "wrote checksums.txt"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
