#!/usr/bin/env bash
# Times whole-process builds the way a user runs them: the native executable (Native AOT,
# dist/brochuregen), a fresh process per run, a fresh output folder per run. Publishes it first
# if dist/brochuregen is missing (`dotnet publish src/BrochureGen -c Release -o dist`; on Linux
# that needs clang and zlib1g-dev).
#   bash bench/time-build.sh [runs]        (default 5; the median is reported)
#   APP=/path/to/brochuregen bash bench/time-build.sh   (another build of it, e.g. to compare two)
# Prints, for each case, the median wall time and the largest peak RSS over the runs, and the
# issue's target. If a `typst` binary is on PATH, it also times Typst compiling a comparable
# document (the English text, two US Letter landscape pages in three columns, the same fonts)
# and prints our English times as a ratio of Typst's: the two are run in turn, run by run
# (Typst, then BrochureGen, again and again), and the ratio is the median of the runs' ratios,
# so a machine that gets busier during the script slows both sides of each ratio alike. Without the Typst CLI it falls back to
# typst.ts's Node compiler (Typst's compiler as a Node native addon, bench/typst/; installed
# there with `npm ci` if node and npm are present): `node bench/typst/compile.mjs` is timed as a
# whole process, Node's start-up included, so it is an approximation of the Typst CLI; Node's
# bare start-up (`node -e 0`) is timed too and a second ratio uses Typst's time without it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=${APP:-dist/brochuregen}   # APP=path/to/brochuregen times another build of it
if [[ ! -x $app ]]; then
  echo "publishing $app (Native AOT) ..."
  dotnet publish src/BrochureGen -c Release -o dist >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

have_time=false
[[ -x /usr/bin/time ]] && have_time=true

# once COMMAND...: runs COMMAND once (the word @OUT is replaced by $out_dir); sets ms and kb.
once() {
  local cmd=() arg start end
  for arg in "$@"; do cmd+=("${arg//@OUT/$out_dir}"); done
  kb=0
  start=$(date +%s%N)
  if $have_time; then
    /usr/bin/time -o "$work/rss" -f "%M" "${cmd[@]}" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    kb=$(tail -1 "$work/rss")
  else
    "${cmd[@]}" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  fi
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# run_case LABEL [--keep] [--pair] -- COMMAND...: runs COMMAND $runs times, each in a fresh output
# folder (@OUT), or with --keep in one folder built once beforehand (the no-change case); with
# --pair each run is preceded by a run of Typst ($typst_cmd), and ratio is the median of
# BrochureGen's time over Typst's, run by run. Sets median_ms, peak_mb, typst_median_ms, ratio.
run_case() {
  shift  # the label, printed by the caller
  local keep=false pair=false
  while [[ $1 != -- ]]; do
    [[ $1 == --keep ]] && keep=true
    [[ $1 == --pair ]] && pair=true
    shift
  done
  shift
  local times=() typst_times=() ratios=() peak=0 i
  out_dir="$work/kept"
  if $keep; then
    rm -rf "$out_dir"; mkdir -p "$out_dir"
    once "$@" || return 1
    # Files written within 2 s of being fingerprinted are read again by the next build
    # (BrochureGen's state file does not trust their times yet); a real edit is older than that.
    sleep 2.2
    once "$@" || return 1
  fi
  for ((i = 0; i < runs; i++)); do
    if $pair; then
      out_dir="$work/typst-$i"; mkdir -p "$out_dir"
      once "${typst_cmd[@]}" || return 1
      typst_times+=("$ms")
      rm -rf "$out_dir"
    fi
    $keep || { out_dir="$work/run-$i"; rm -rf "$out_dir"; mkdir -p "$out_dir"; }
    once "$@" || return 1
    times+=("$ms")
    (( kb > peak )) && peak=$kb
    $keep || rm -rf "$out_dir"
    $pair && ratios+=("$(awk -v a="$ms" -v b="${typst_times[$i]}" 'BEGIN { printf "%.3f", a / b }')")
  done
  median_ms=$(median "${times[@]}")
  peak_mb=$(( peak / 1024 ))
  typst_median_ms="" ratio=""
  if $pair; then
    typst_median_ms=$(median "${typst_times[@]}")
    ratio=$(printf '%s\n' "${ratios[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  fi
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

# report LABEL TARGET MODE COMMAND...: MODE is "pair" for the English cases, timed run by run
# with Typst's English document, "keep" for the no-change case (one output folder, built before),
# and "-" for the others.
report() {
  local label=$1 target=$2 mode=$3; shift 3
  local flags=()
  [[ $mode == pair && -n $typst_ms ]] && flags+=(--pair)
  [[ $mode == keep ]] && flags+=(--keep)
  run_case "$label" "${flags[@]}" -- "$@"
  local line
  line=$(printf '%-44s %9s' "$label" "$(seconds "$median_ms")")
  $have_time && line+=$(printf '   peak %4d MB' "$peak_mb")
  if [[ -n $ratio ]]; then
    line+=$(printf '   %.2f x Typst (paired; Typst %s)' "$ratio" "$(seconds "$typst_median_ms")")
    [[ -n $node_ms ]] && line+=$(awk -v a="$median_ms" -v b="$typst_median_ms" -v n="$node_ms" \
      'BEGIN { if (b > n) printf ", %.2f x without Node start-up", a / (b - n) }')
  fi
  printf '%s   (target %s)\n' "$line" "$target"
}

report "English, screen edition"                "<= 0.5 x Typst"        pair "$app" build --locale en --edition screen --output @OUT
report "English, every format"                  "<= 1.0 x Typst"        pair "$app" build --locale en --output @OUT
report "Every edition, every format, --jobs 2"  "<= 1.0 s, <= 100 MB"   -    "$app" build --jobs 2 --output @OUT
report "Nothing changed (every edition)"        "<= 0.03 s, <= 40 MB"   keep "$app" build --jobs 2 --output @OUT
