#!/usr/bin/env bash
# Brings the font files of the community and contrast themes and the Han (Chinese) face of
# every theme into templates/fonts/ from the npm packages that ship Google Fonts' static
# TrueType (glyf) instances, with their OFL licences.
#
# Usage: tools/make-fonts.sh   (from anywhere; needs npm and hb-subset, Debian libharfbuzz-bin,
#                               and python3 for the GB 2312 character list)
#
# Noto Sans SC is cut to GB 2312 (the 6,763 hanzi of everyday Simplified Chinese, 99.9 % of
# running text) plus every character of the font that is not Han (Latin, punctuation, fullwidth
# forms, kana): the whole face is 10.5 MB a weight, the cut one 2.8 MB. A rarer character falls
# to Droid Sans Fallback, which stays after Noto Sans SC in each theme's stacks (one weight, so
# such a character is not bold). The OFL allows the cut (a Modified Version); its Reserved Font
# Name is 'Source', which the file does not use. Editions embed only the glyphs they draw.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fonts="$script_dir/../templates/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() { # package version
  (cd "$work" && npm pack --silent "$1@$2" >/dev/null && mkdir -p "$1" && tar xzf ./*.tgz -C "$1" && rm ./*.tgz)
}

fetch @expo-google-fonts/nunito 0.4.2
fetch @expo-google-fonts/inter 0.4.2
fetch @expo-google-fonts/noto-sans-sc 0.4.3

n="$work/@expo-google-fonts/nunito/package"
cp "$n/400Regular/Nunito_400Regular.ttf" "$fonts/Nunito-Regular.ttf"
cp "$n/700Bold/Nunito_700Bold.ttf" "$fonts/Nunito-Bold.ttf"
cp "$n/400Regular_Italic/Nunito_400Regular_Italic.ttf" "$fonts/Nunito-Italic.ttf"
cp "$n/700Bold_Italic/Nunito_700Bold_Italic.ttf" "$fonts/Nunito-BoldItalic.ttf"
cp "$n/900Black/Nunito_900Black.ttf" "$fonts/Nunito-Black.ttf"
cp "$n/LICENSE_FONT" "$fonts/OFL-Nunito.txt"

i="$work/@expo-google-fonts/inter/package"
cp "$i/400Regular/Inter_400Regular.ttf" "$fonts/Inter-Regular.ttf"
cp "$i/700Bold/Inter_700Bold.ttf" "$fonts/Inter-Bold.ttf"
cp "$i/400Regular_Italic/Inter_400Regular_Italic.ttf" "$fonts/Inter-Italic.ttf"
cp "$i/700Bold_Italic/Inter_700Bold_Italic.ttf" "$fonts/Inter-BoldItalic.ttf"
cp "$i/900Black/Inter_900Black.ttf" "$fonts/Inter-Black.ttf"
cp "$i/LICENSE_FONT" "$fonts/OFL-Inter.txt"

s="$work/@expo-google-fonts/noto-sans-sc/package"
python3 - "$s/400Regular/NotoSansSC_400Regular.ttf" > "$work/keep.txt" <<'PY'
# Every code point of GB 2312, from Python's own codec, plus the font's non-Han characters.
import struct, sys
gb = set()
for lead in range(0xA1, 0xF8):
    for trail in range(0xA1, 0xFF):
        try:
            gb.add(ord(bytes([lead, trail]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
def han(c):
    return 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0x20000 <= c <= 0x3FFFF
# Keep the non-Han ranges whole (hb-subset keeps only what the font has).
ranges = ["0-33FF", "A000-F8FF", "FB00-FFFF", "10000-1FFFF"]
print(",".join(ranges + ["%X" % c for c in sorted(gb) if han(c)]))
PY
for weight in 400Regular:Regular 700Bold:Bold; do
  hb-subset --unicodes-file="$work/keep.txt" --layout-features='*' --name-IDs='*' --name-languages='*' \
    --output-file="$fonts/NotoSansSC-${weight#*:}.ttf" "$s/${weight%%:*}/NotoSansSC_${weight%%:*}.ttf"
done
cp "$s/LICENSE_FONT" "$fonts/OFL-NotoSansSC.txt"
ls -l "$fonts"/Nunito-* "$fonts"/Inter-* "$fonts"/NotoSansSC-*
