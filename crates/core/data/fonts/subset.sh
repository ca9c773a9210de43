#!/bin/sh
# Remakes the embedded fonts: Noto Serif Regular and Bold from Debian's fonts-noto-core, cut down to
# the characters a Vietnamese or English report uses (Latin with every Vietnamese letter, combining
# marks, punctuation, the đồng sign, arrows), all layout features kept, TrueType hinting dropped
# (a PDF viewer does not need it). About 120 KB each instead of 600 KB: the app binary carries them.
# Not part of the build: the results are committed. Needs fonttools (apt-get install fonttools).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
src=/usr/share/fonts/truetype/noto
for weight in Regular Bold; do
  pyftsubset "$src/NotoSerif-$weight.ttf" \
    --unicodes="U+0020-007E,U+00A0-024F,U+0300-036F,U+1EA0-1EF9,U+2000-206F,U+20AB,U+20AC,U+2190-2193,U+2212,U+FEFF,U+FFFD" \
    --layout-features='*' --no-hinting --desubroutinize \
    --name-IDs='*' --name-legacy --name-languages='*' --glyph-names --notdef-outline \
    --output-file="$here/NotoSerif-$weight.ttf"
done
