#!/usr/bin/env bash
# Netlify's build: install the .NET SDK when the build image lacks it, then run the README's build command.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

dotnet run -c Release --project src/Referater.Site -- build
