#!/usr/bin/env bash
# Netlify's build: install the .NET SDK (and Node.js, once package.json needs it) when the build image lacks them,
# then run the README's build command. Runs the same for production, branch deploys and deploy previews.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
  echo "Installerer .NET 10 SDK …"
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export DOTNET_ROOT="$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

if [ -f package.json ]; then
  if ! command -v node >/dev/null; then
    # Netlify's images carry nvm; NODE_VERSION in netlify.toml names the version.
    if [ -s "${NVM_DIR:-$HOME/.nvm}/nvm.sh" ]; then
      # shellcheck disable=SC1091
      . "${NVM_DIR:-$HOME/.nvm}/nvm.sh"
      nvm install "${NODE_VERSION:-22}"
    else
      echo "fejl: Node.js mangler, og byggemiljøet har ingen nvm at installere det med. Installér Node.js 22 (https://nodejs.org) i byggemiljøet." >&2
      exit 1
    fi
  fi
  # Netlify has installed the packages (and the cache plugin) before this script runs; a build image without them gets Pagefind.
  if [ -f package-lock.json ] && [ ! -d node_modules/pagefind ]; then
    npm ci --omit=dev --no-audit --no-fund
  fi
fi

# The corrections record and the OParl dates come from the content's Git history; a shallow clone has only its tip.
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ]; then
  echo "Henter hele Git-historikken (rettelser og datoer bygges af den) …"
  git fetch --unshallow --quiet || echo "advarsel: historikken kunne ikke hentes; bygningen fortsætter uden rettelser." >&2
fi

./referater build
