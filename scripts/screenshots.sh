#!/usr/bin/env bash
# Screenshots of every page type of the seed site at phone (375 px) and desktop (1280 px) width, for the README:
# the browser tests' screenshot test, in Debian's headless Chromium, writing into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f docs/screenshots/*.png
REFERATER_SCREENSHOTS="$PWD/docs/screenshots" dotnet test tests/Referater.Site.BrowserTests \
  --filter "FullyQualifiedName~ScreenshotTests"
# Fewer colours, same look: the README's pictures stay small. pngquant is optional (apt-get install pngquant).
if command -v pngquant >/dev/null; then
  pngquant --force --ext .png --quality 70-90 --strip docs/screenshots/*.png
fi
ls -l docs/screenshots
