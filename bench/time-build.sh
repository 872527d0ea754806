#!/usr/bin/env bash
# Times whole-process builds the way a user runs them: the native executable (Native AOT,
# dist/brochuregen), a fresh process per run, a fresh output folder per run. Publishes it first
# if dist/brochuregen is missing (`dotnet publish src/BrochureGen -c Release -o dist`; on Linux
# that needs clang and zlib1g-dev).
#   bash bench/time-build.sh [runs]        (default 5; the median is reported)
# Prints, for each case, the median wall time and the largest peak RSS over the runs, and the
# issue's target. If a `typst` binary is on PATH, it also times Typst compiling a comparable
# document (the English text, two US Letter landscape pages in three columns, the same fonts)
# and prints our English times as a ratio of Typst's. Without the Typst CLI it falls back to
# typst.ts's Node compiler (Typst's compiler as a Node native addon, bench/typst/; installed
# there with `npm ci` if node and npm are present): `node bench/typst/compile.mjs` is timed as a
# whole process, Node's start-up included, so it is an approximation of the Typst CLI; Node's
# bare start-up (`node -e 0`) is timed too and a second ratio uses Typst's time without it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=dist/brochuregen
if [[ ! -x $app ]]; then
  echo "publishing $app (Native AOT) ..."
  dotnet publish src/BrochureGen -c Release -o dist >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

have_time=false
[[ -x /usr/bin/time ]] && have_time=true

# run_case LABEL -- COMMAND...: runs COMMAND $runs times (the word @OUT is replaced by a fresh
# output folder); sets median_ms and peak_mb.
run_case() {
  shift  # the label, printed by the caller
  [[ $1 == -- ]] && shift
  local times=() peak=0 i
  for ((i = 0; i < runs; i++)); do
    local dir="$work/run-$RANDOM-$i"
    mkdir -p "$dir"
    local cmd=() arg
    for arg in "$@"; do cmd+=("${arg//@OUT/$dir}"); done
    local start end kb=0
    start=$(date +%s%N)
    if $have_time; then
      /usr/bin/time -o "$work/rss" -f "%M" "${cmd[@]}" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
      kb=$(tail -1 "$work/rss")
    else
      "${cmd[@]}" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    fi
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    (( kb > peak )) && peak=$kb
    rm -rf "$dir"
  done
  median_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  peak_mb=$(( peak / 1024 ))
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.3f s", ms / 1000 }'; }

typst_ms="" node_ms="" typst_via=""
if command -v typst >/dev/null 2>&1; then
  typst_via=cli
elif command -v node >/dev/null 2>&1; then
  typst_pkg=bench/typst/node_modules/@myriaddreamin/typst-ts-node-compiler
  if [[ ! -d $typst_pkg ]] && command -v npm >/dev/null 2>&1; then
    echo "installing typst.ts's Node compiler into bench/typst (npm ci) ..."
    (cd bench/typst && npm ci --no-audit --no-fund >/dev/null 2>&1) || true
  fi
  [[ -d $typst_pkg ]] && typst_via=node
fi

if [[ -n $typst_via ]]; then
  # A stand-in for the English brochure: the same text and fonts, laid out by Typst.
  cp content/stop-human-trafficking/en.md "$work/en.md"
  cat >"$work/brochure.typ" <<'TYP'
#set page(paper: "us-letter", flipped: true, margin: 0.375in, columns: 3)
#set text(font: "Atkinson Hyperlegible Next", size: 10pt, lang: "en")
#for line in read("en.md").split("\n") {
  if line.starts-with("## ") { heading(level: 2, line.slice(3)) }
  else if line.starts-with("# ") { heading(level: 1, line.slice(2)) }
  else if line.trim() != "" and not line.starts-with(":::") { par(line) }
}
TYP
  if [[ $typst_via == cli ]]; then
    typst_cmd=(typst compile --font-path templates/fonts "$work/brochure.typ" "@OUT/brochure.pdf")
    typst_name=$(typst --version | head -1)
  else
    typst_cmd=(node bench/typst/compile.mjs --font-path templates/fonts "$work/brochure.typ" "@OUT/brochure.pdf")
    typst_name="$(node bench/typst/compile.mjs --version) in Node $(node --version)"
  fi
  if run_case "Typst" -- "${typst_cmd[@]}"; then
    typst_ms=$median_ms
    printf '%s, comparable English brochure: median %s, peak %d MB\n' \
      "$typst_name" "$(seconds "$typst_ms")" "$peak_mb"
    if [[ $typst_via == node ]]; then
      run_case "Node" -- node -e 0
      node_ms=$median_ms
      (( node_ms < typst_ms )) || node_ms=""
      echo "  NOT the Typst CLI: typst.ts's Node addon, timed as a whole \`node bench/typst/compile.mjs\` process"
      echo "  (Node start-up and module loading included), so the ratios below only approximate Typst's."
      printf '  Node alone (`node -e 0`): median %s, peak %d MB; Typst without it: %s\n' \
        "$(seconds "$median_ms")" "$peak_mb" \
        "$( [[ -n $node_ms ]] && seconds $(( typst_ms - node_ms )) || echo "n/a (not less than Node alone)")"
    fi
    echo
  else
    echo "Typst ($typst_via) could not compile the comparison document; no ratios printed."
  fi
else
  echo "Typst is not installed (no typst on PATH, no typst.ts Node compiler in bench/typst): only BrochureGen's figures are printed, no ratios."
fi
$have_time || echo "/usr/bin/time is not installed: peak memory is not measured."
echo "$app, median of $runs fresh processes, $(nproc) processors, $(date -u +%Y-%m-%d)"
echo

# report LABEL TARGET RATIO COMMAND...: RATIO is "ratio" for the English cases, which are compared
# with Typst's English document, and "-" for the others.
report() {
  local label=$1 target=$2 ratio=$3; shift 3
  run_case "$label" -- "$@"
  local line
  line=$(printf '%-44s %9s' "$label" "$(seconds "$median_ms")")
  $have_time && line+=$(printf '   peak %4d MB' "$peak_mb")
  if [[ -n $typst_ms && $ratio == ratio ]]; then
    line+=$(awk -v a="$median_ms" -v b="$typst_ms" 'BEGIN { printf "   %.2f x Typst", a / b }')
    [[ -n $node_ms ]] && line+=$(awk -v a="$median_ms" -v b="$typst_ms" -v n="$node_ms" \
      'BEGIN { printf " (%.2f x without Node start-up)", a / (b - n) }')
  fi
  printf '%s   (target %s)\n' "$line" "$target"
}

report "English, screen edition"                "<= 0.05 s"            ratio "$app" build --locale en --edition screen --output @OUT
report "English, default build (every kind)"   "<= 0.25 s"            ratio "$app" build --locale en --output @OUT
report "Every edition, default build, --jobs 2" "<= 1.5 s, <= 100 MB"  -     "$app" build --jobs 2 --output @OUT
