#!/usr/bin/env bash
# Search benchmark (not a test): Pagefind on a generated corpus of MEETINGS meetings, beside lunr.js.
# Usage: bash tests/Referater.Benchmarks/search-bench.sh [MEETINGS=1000] [PUNKTER_PER_MEETING=10] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules/pagefind ] && [ -d node_modules/lunr-languages ] || npm ci --no-audit --no-fund
exec node tests/Referater.Benchmarks/search-bench.mjs "$@"
