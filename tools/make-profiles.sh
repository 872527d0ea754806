#!/usr/bin/env bash
# Regenerates the CMYK output (press) ICC profiles in templates/profiles/
# from the free characterization data in Debian's icc-profiles-free,
# using ArgyllCMS colprof. See templates/profiles/README.md for the why.
#
# Usage: tools/make-profiles.sh            (from anywhere; paths are script-relative)
#   SOURCE_DATE_EPOCH=<unix time>  overrides the creation date written into
#                                  the ICC headers (default: PROFILE_DATE below).
#
# Determinism: colprof 2.3.1 always stamps the current time into the ICC
# header (bytes 24..35) and honours no env var or option for it. Everything
# else in its output is byte-identical run to run (checked by building the
# same profile twice and diffing). This script therefore overwrites the header
# date with a fixed value, so a rebuild with the same Argyll version gives
# the same bytes. The profiles are ICC v2.2 (no MD5 profile ID to update).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
out_dir="$repo_root/templates/profiles"

# Fixed header date unless SOURCE_DATE_EPOCH is set (reproducible builds).
PROFILE_DATE="2026-11-29T00:00:00Z"
epoch="${SOURCE_DATE_EPOCH:-$(date -u -d "$PROFILE_DATE" +%s)}"

ti3_dir=/usr/share/color/icc
srgb_icm=/usr/share/color/argyll/ref/sRGB.icm   # from argyll-ref (a dependency of argyll)

# ---------------------------------------------------------------- tools
need_install=()
[ -f "$ti3_dir/TR006.ti3" ] && [ -f "$ti3_dir/FOGRA39L.ti3" ] || need_install+=(icc-profiles-free)
command -v colprof >/dev/null 2>&1 || need_install+=(argyll)
[ -f "$srgb_icm" ] || need_install+=(argyll-ref)
if [ "${#need_install[@]}" -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    echo "Installing: ${need_install[*]}" >&2
    "${sudo_cmd[@]}" apt-get update
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${need_install[@]}"
fi

echo "icc-profiles-free $(dpkg-query -W -f='${Version}' icc-profiles-free)," \
     "argyll $(dpkg-query -W -f='${Version}' argyll)" >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$ti3_dir/TR006.ti3" "$ti3_dir/FOGRA39L.ti3" "$work/"
mkdir -p "$out_dir"

# ---------------------------------------------------------------- options
# -qm        medium cLUT resolution: Argyll's recommended setting (-qh/-qu cost
#            much more time for no measurable gain on 1617-patch IT8.7/4 data).
# -al        Lab-PCS cLUT (Argyll's default, spelled out). -aX is a *display*
#            option (XYZ cLUT + matrix fallback); -ax (XYZ cLUT) is for additive
#            devices. Lab PCS is what press profiles (ECI, Idealliance) use.
# -nc        don't embed the .ti3 ('targ' tag): ~100 KB less in every PDF
#            that embeds the profile as its output intent.
# -kp 0 .1 .9 1 .5
#            black generation: K starts 10% of the way from white to black
#            (so pale tints/skin tones get almost no K dots: sRGB grey 230
#            -> ~2% K), rises smoothly to full black in the shadows -- a
#            medium GCR, the curve Argyll's own docs give as typical. (-kr,
#            the default, is a straight ramp starting right at white.)
# -l 300     total area coverage limit 300%: safe on every coated sheetfed/web
#            press; the .ti3 files carry no limit, so Argyll would otherwise
#            use the 400% patch of the chart.
# -S sRGB    gamut-mapped perceptual (B2A0) and saturation (B2A2) tables, with
#            sRGB as the assumed source gamut (BrochureGen's RGB content is
#            sRGB). Without -S/-s those tables are not gamut mapped.
common=(-v -qm -al -nc -kp 0 .1 .9 1 .5 -l 300 -S "$srgb_icm")

# Writes SOURCE_DATE into ICC header bytes 24..35 (6 x uint16 big-endian).
set_icc_date() {
    local file="$1" y mo d h mi s hex=""
    read -r y mo d h mi s < <(date -u -d "@$epoch" '+%Y %m %d %H %M %S')
    for v in "$y" "$mo" "$d" "$h" "$mi" "$s"; do
        v=$((10#$v))
        hex+=$(printf '\\x%02x\\x%02x' $((v >> 8)) $((v & 255)))
    done
    # shellcheck disable=SC2059
    printf "$hex" | dd of="$file" bs=1 seek=24 conv=notrunc status=none
}

build() {
    local base="$1" out="$2" desc="$3" copyright="$4"
    echo "== $out  (colprof ${common[*]} -D \"$desc\" -C \"$copyright\" -O $out $base)" >&2
    ( cd "$work" && colprof "${common[@]}" -D "$desc" -C "$copyright" -O "$out" "$base" ) \
        > "$work/$base.log" 2>&1 || { tail -n 40 "$work/$base.log" >&2; exit 1; }
    grep -E 'ink limit|Profile check complete' "$work/$base.log" >&2
    set_icc_date "$work/$out"
    cp "$work/$out" "$out_dir/$out"
}

# One after the other on purpose: each colprof run is CPU-bound (~1.5 min on 2 cores).
build TR006 GRACoL2006-Coated.icc \
    "GRACoL 2006 Coated (BrochureGen, from TR006 via ArgyllCMS)" \
    "Made by BrochureGen with ArgyllCMS from characterization data of ANSI CGATS/GRACoL TR 006-2007 (c) 2007 NPES, as shipped in Debian icc-profiles-free under the Zlib licence"

build FOGRA39L FOGRA39-Coated.icc \
    "ISO Coated v2 / FOGRA39 (BrochureGen, from FOGRA39L via ArgyllCMS)" \
    "Made by BrochureGen with ArgyllCMS from FOGRA39L characterization data (Fogra, ISO 12647-2:2004/Amd 1), as shipped in Debian icc-profiles-free under the Zlib licence"

ls -l "$out_dir"/*.icc >&2
