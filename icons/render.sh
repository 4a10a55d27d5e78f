#!/usr/bin/env bash
# Renders icons/mastokey.svg into every file the app and the installers use, and copies the window
# icons into the app's resources. Tools (Debian 12): librsvg2-bin (rsvg-convert), imagemagick
# (convert, for .ico), icnsutils (png2icns, for .icns).
#   icons/render.sh          # re-render after editing mastokey.svg, then commit the results
set -euo pipefail
cd "$(dirname "$0")"

svg=mastokey.svg
sizes=(16 24 32 48 64 128 256 512)
window_sizes=(16 24 32 48 64 128 256)   # what stage.getIcons() offers the window manager
resources=../src/main/resources/org/mastokey/app/icons

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

mkdir -p png "$resources"
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --format png "$svg" --output "png/mastokey-$s.png"
done

# Windows: one .ico holding the sizes Explorer and the task bar ask for (256 is stored as PNG).
convert png/mastokey-{16,24,32,48,64,128,256}.png -define png:exclude-chunks=date,time mastokey.ico

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns mastokey.icns png/mastokey-{16,32,48,128,256,512}.png >/dev/null

rm -f "$resources"/mastokey-*.png
for s in "${window_sizes[@]}"; do
  cp "png/mastokey-$s.png" "$resources/"
done
echo "render.sh: rendered ${#sizes[@]} PNGs, mastokey.ico, mastokey.icns, and ${#window_sizes[@]} window icons in ${resources#../}"
