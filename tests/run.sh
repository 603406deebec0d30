#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first, so that it works on a fresh machine:
# Node.js, the npm packages pinned in package-lock.json (Pagefind builds the search index), Debian's chromium and
# chromium-driver for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

# The build installs only Pagefind (npm ci --omit=dev); the tests also need the feed, calendar and accessibility checkers.
if [ -f package-lock.json ] && { [ ! -d node_modules/pagefind ] || [ ! -d node_modules/axe-core ]; }; then
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi

dotnet test Referater.Site.sln "$@"
