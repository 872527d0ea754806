#!/usr/bin/env bash
# Times whole-process builds, the way a user runs them: a fresh `dotnet brochuregen.dll`
# process per run. Publishes a Release build (ReadyToRun, so less JIT at start-up) first.
#   bash bench/time-build.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=bench/out
dotnet publish src/BrochureGen -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() {
  local label=$1; shift
  local best=999999 peak=0
  for _ in $(seq "$runs"); do
    local start end ms kb
    start=$(date +%s%N)
    local extra=(--output "$out")
    [[ $1 == check ]] && extra=()
    /usr/bin/time -o "$out/time.txt" -f "%M" dotnet "$app/brochuregen.dll" "$@" "${extra[@]}" >/dev/null 2>&1
    kb=$(tail -1 "$out/time.txt")
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    (( ms < best )) && best=$ms
    (( kb > peak )) && peak=$kb
  done
  printf '%-46s best %5d ms   peak %4d MB\n' "$label" "$best" $(( peak / 1024 ))
}

measure "English, screen PDF only"                       build --locale en --edition screen
measure "English, screen PDF + page PNGs"               build --locale en --edition screen --edition png
measure "English, everything (screen, print, proofs)"   build --locale en
measure "Every edition (6), screen PDF + PNGs, --jobs 2" build --jobs 2 --edition screen --edition png
measure "Every edition (6), everything, --jobs 2"       build --jobs 2
measure "check (every validation, no files)"            check
