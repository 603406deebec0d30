#!/usr/bin/env bash
# Measures the build on a synthetic municipality against Hugo building the same content, and writes the figures
# into docs/benchmarks.md (between its results markers) and the scaling plot docs/benchmarks-scaling.svg.
#
#   bash tests/Referater.Benchmarks/run.sh                  the whole benchmark (N = 1,100, scaling 110 … 11,000)
#   bash tests/Referater.Benchmarks/run.sh compare A.dll B.dll [N]
#                                                           two builds of the generator, alternately (before/after)
#   bash tests/Referater.Benchmarks/run.sh compare-incremental A.dll B.dll [N]
#                                                           the same for builds with the cache: nothing changed, one edit
#
# Settings (environment): RUNS (runs per variant, default 3), MEETINGS (the main corpus, default 1100),
# SIZES (the scaling corpora, default "110 550 1100 5500 11000"), WORK (scratch folder, default artifacts/benchmarks),
# BASELINE (another Referater.Site.dll, measured alternately with the current one at MEETINGS).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
RUNS=${RUNS:-3}
MEETINGS=${MEETINGS:-1100}
SIZES=${SIZES:-110 550 1100 5500 11000}
WORK=${WORK:-$ROOT/artifacts/benchmarks}
BASELINE=${BASELINE:-}
DOC=$ROOT/docs/benchmarks.md
PLOT=$ROOT/docs/benchmarks-scaling.svg
# The generator as ./referater runs it: compiled by ./referater itself (ahead of time, into .cache/generator).
SITE=$ROOT/.cache/generator/Referater.Site.dll
BENCH=$ROOT/tests/Referater.Benchmarks/bin/Release/net10.0/Referater.Benchmarks.dll
export CI=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

install_if_missing() { # command, Debian package
  if ! command -v "$1" >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    else
      echo "run.sh needs '$1' (Debian package '$2'): install it, e.g. sudo apt-get install $2" >&2
      exit 1
    fi
  fi
}
install_if_missing /usr/bin/time time

# Search runs Pagefind from the npm packages pinned in package-lock.json, once the generator has search.
if [ -f package-lock.json ] && [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

echo "Compiling the generator (./referater, which compiles only when the sources changed) and the corpus tool …"
mkdir -p "$WORK"
./referater --help >/dev/null
dotnet build -c Release --nologo -v q tests/Referater.Benchmarks/Referater.Benchmarks.csproj >/dev/null

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
megabytes() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }

# measure NAME OUTPUT COMMAND…: one run into an empty OUTPUT (OUTPUT "-": the command's output is left as it is); appends "wall-ms peak-RSS-KB cpu-ms" to WORK/NAME.runs.
# CPU time (user + system) is kept beside wall time: on a shared machine it is far less disturbed by other work.
measure() {
  local name=$1 output=$2
  shift 2
  if [ "$output" != - ]; then rm -rf "$output"; fi
  local start end
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%M %U %S' -o "$WORK/rss" "$@" >"$WORK/$name.log" 2>&1; then
    echo "'$name' failed:" >&2
    tail -20 "$WORK/$name.log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(tail -1 "$WORK/rss" | awk '{ printf "%d %d", $1, ($2 + $3) * 1000 }')" >>"$WORK/$name.runs"
}
time_ms() { awk '{ print $1 }' "$WORK/$1.runs" | median; }
rss_kb() { awk '{ print $2 }' "$WORK/$1.runs" | median; }
cpu_ms() { awk '{ print $3 }' "$WORK/$1.runs" | median; }
html_pages() { find "$1" -name '*.html' | wc -l; }

# Our build, with or without search, into the array OURS: --no-search is passed only when the generator has it, and
# --no-cache whenever it has a cache, so that every measured build is a clean one.
declare -A NO_SEARCH=() NO_CACHE=()
has_option() { dotnet "$1" build --help 2>/dev/null | grep -- "$2" >/dev/null; }
ours() { # DLL INPUT OUTPUT [search]
  if [ -z "${NO_SEARCH[$1]:-}" ]; then
    if has_option "$1" --no-search; then NO_SEARCH[$1]=yes; else NO_SEARCH[$1]=no; fi
  fi
  if [ -z "${NO_CACHE[$1]:-}" ]; then
    if has_option "$1" --no-cache; then NO_CACHE[$1]=yes; else NO_CACHE[$1]=no; fi
  fi
  OURS=(dotnet "$1" build --input "$2" --output "$3")
  if [ "${4:-}" != search ] && [ "${NO_SEARCH[$1]}" = yes ]; then OURS+=(--no-search); fi
  if [ "${NO_CACHE[$1]}" = yes ]; then OURS+=(--no-cache); fi
}

ratio() { # VARIANT-A VARIANT-B: wall-time ratio and CPU-time ratio
  awk -v a="$(time_ms "$1")" -v b="$(time_ms "$2")" -v c="$(cpu_ms "$1")" -v d="$(cpu_ms "$2")" 'BEGIN { printf "%.2f (CPU %.2f)", a / b, c / d }'
}

corpus() { # N: generates artifacts once per size (the generator is deterministic)
  local dir=$WORK/corpus-$1
  if [ ! -f "$dir/content/site.yml" ] || [ ! -f "$dir/hugo/hugo.toml" ]; then
    dotnet "$BENCH" corpus --meetings "$1" --output "$dir/content" --hugo "$dir/hugo" >&2
  fi
  echo "$dir"
}

if [ "${1:-}" = compare ]; then
  A=$(realpath "$2") B=$(realpath "$3") N=${4:-$MEETINGS}
  dir=$(corpus "$N")
  rm -f "$WORK"/cmp-*.runs
  for run in $(seq "$RUNS"); do
    ours "$A" "$dir/content" "$dir/out-a" && measure cmp-a "$dir/out-a" "${OURS[@]}"
    ours "$B" "$dir/content" "$dir/out-b" && measure cmp-b "$dir/out-b" "${OURS[@]}"
  done
  for v in a b; do
    echo "$v: median $(seconds "$(time_ms cmp-$v)") s wall, $(seconds "$(cpu_ms cmp-$v)") s CPU, peak $(megabytes "$(rss_kb cmp-$v)") MB  (wall runs: $(awk '{ printf "%s ", $1 }' "$WORK/cmp-$v.runs")ms)"
  done
  awk -v a="$(time_ms cmp-a)" -v b="$(time_ms cmp-b)" -v c="$(cpu_ms cmp-a)" -v d="$(cpu_ms cmp-b)" 'BEGIN { printf "b/a: wall %.2f, CPU %.2f\n", b / a, d / c }'
  exit 0
fi

# Each generator with a copy of the corpus and a cache of its own, built twice first; then, alternately build by build,
# a build after nothing changed and one after a line appended to the second punkt (a meeting of the first year), RUNS
# times. Last, each incremental output is compared with a clean build of the same input by the same generator.
if [ "${1:-}" = compare-incremental ]; then
  A=$(realpath "$2") B=$(realpath "$3") N=${4:-$MEETINGS}
  dir=$(corpus "$N")
  declare -A DLL=([a]=$A [b]=$B)
  rm -f "$WORK"/inc-[ab]-*.runs
  for v in a b; do
    rm -rf "$WORK/inc-$v" && mkdir -p "$WORK/inc-$v" && cp -r "$dir/content" "$WORK/inc-$v/in"
    for _ in 1 2; do
      dotnet "${DLL[$v]}" build --input "$WORK/inc-$v/in" --output "$WORK/inc-$v/out" --cache "$WORK/inc-$v/cache" --no-search >"$WORK/inc-$v.log" 2>&1
    done
  done
  for run in $(seq "$RUNS"); do
    for v in a b; do
      build=(dotnet "${DLL[$v]}" build --input "$WORK/inc-$v/in" --output "$WORK/inc-$v/out" --cache "$WORK/inc-$v/cache" --no-search)
      measure "inc-$v-none" - "${build[@]}"
      printf '\nTilføjet ved rettelse nummer %s.\n' "$run" >>"$(find "$WORK/inc-$v/in" -name '*.md' ! -name index.md | sort | sed -n 2p)"
      measure "inc-$v-edit" - "${build[@]}"
    done
  done
  for v in a b; do
    for k in none edit; do
      echo "$v, $k: median $(seconds "$(time_ms "inc-$v-$k")") s wall, $(seconds "$(cpu_ms "inc-$v-$k")") s CPU, peak $(megabytes "$(rss_kb "inc-$v-$k")") MB  (wall runs: $(awk '{ printf "%s ", $1 }' "$WORK/inc-$v-$k.runs")ms)"
    done
    rm -rf "$WORK/inc-$v-clean"
    dotnet "${DLL[$v]}" build --input "$WORK/inc-$v/in" --output "$WORK/inc-$v-clean" --no-cache --no-search >/dev/null 2>&1
    if diff -r "$WORK/inc-$v-clean" "$WORK/inc-$v/out" >/dev/null; then echo "$v: the incremental output is the clean build's"; else echo "$v: the incremental output DIFFERS from the clean build's" >&2; exit 1; fi
  done
  for k in none edit; do
    awk -v k=$k -v a="$(time_ms "inc-a-$k")" -v b="$(time_ms "inc-b-$k")" -v c="$(cpu_ms "inc-a-$k")" -v d="$(cpu_ms "inc-b-$k")" 'BEGIN { printf "b/a, %s: wall %.2f, CPU %.2f\n", k, b / a, d / c }'
  done
  exit 0
fi

install_if_missing hugo hugo

SEARCH=no
if has_option "$SITE" --no-search; then SEARCH=yes; fi
PREVIEW=no
if dotnet "$SITE" --help 2>/dev/null | grep -E '^ +preview\b' >/dev/null; then PREVIEW=yes; fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
rm -f "$WORK"/*.runs
TABLE=$WORK/scaling.tsv
printf 'meetings\tours_s\thugo_s\tours_mb\thugo_mb\n' >"$TABLE"
SCALING_ROWS=""

for n in $SIZES; do
  dir=$(corpus "$n")
  echo "N = $n: $RUNS alternating runs …"
  for run in $(seq "$RUNS"); do
    ours "$SITE" "$dir/content" "$dir/out-ours" && measure "ours-$n" "$dir/out-ours" "${OURS[@]}"
    measure "hugo-$n" "$dir/out-hugo" hugo --source "$dir/hugo" --destination "$dir/out-hugo" --quiet
    if [ "$n" = "$MEETINGS" ] && [ "$SEARCH" = yes ]; then
      ours "$SITE" "$dir/content" "$dir/out-search" search && measure "search-$n" "$dir/out-search" "${OURS[@]}"
    fi
    if [ "$n" = "$MEETINGS" ] && [ -n "$BASELINE" ]; then
      ours "$BASELINE" "$dir/content" "$dir/out-baseline" && measure "baseline-$n" "$dir/out-baseline" "${OURS[@]}"
    fi
  done
  printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$(seconds "$(time_ms "ours-$n")")" "$(seconds "$(time_ms "hugo-$n")")" \
    "$(megabytes "$(rss_kb "ours-$n")")" "$(megabytes "$(rss_kb "hugo-$n")")" >>"$TABLE"
  SCALING_ROWS+="| $n | $(find "$dir/content" -name '*.md' ! -name index.md | wc -l) | $(seconds "$(time_ms "ours-$n")") s | $(seconds "$(cpu_ms "ours-$n")") s | $(megabytes "$(rss_kb "ours-$n")") MB | $(seconds "$(time_ms "hugo-$n")") s | $(seconds "$(cpu_ms "hugo-$n")") s | $(megabytes "$(rss_kb "hugo-$n")") MB | $(ratio "ours-$n" "hugo-$n") |"$'\n'
done
dotnet "$BENCH" plot --data "$TABLE" --output "$PLOT"

main=$WORK/corpus-$MEETINGS
row() { # label variant output
  local ms kb pages
  ms=$(time_ms "$2-$MEETINGS") kb=$(rss_kb "$2-$MEETINGS") pages=$(html_pages "$3")
  echo "| $1 | $(seconds "$ms") s | $(seconds "$(cpu_ms "$2-$MEETINGS")") s | $(megabytes "$kb") MB | $pages | $(awk -v p="$pages" -v ms="$ms" 'BEGIN { printf "%.0f", p / (ms / 1000) }') | $(awk '{ printf "%s ", $1 / 1000 }' "$WORK/$2-$MEETINGS.runs")|"
}
MAIN_ROWS="$(row "Referater.Site, build without search" ours "$main/out-ours")"$'\n'
if [ "$SEARCH" = yes ]; then
  MAIN_ROWS+="$(row "Referater.Site, build with search" search "$main/out-search")"$'\n'
fi
if [ -n "$BASELINE" ]; then
  MAIN_ROWS+="$(row "Referater.Site, baseline build ($(basename "$(dirname "$BASELINE")"))" baseline "$main/out-baseline")"$'\n'
fi
MAIN_ROWS+="$(row "Hugo $(hugo version | grep -oE 'v[0-9.]+' | sed -n 1p)" hugo "$main/out-hugo")"
RATIO=$(ratio "ours-$MEETINGS" "hugo-$MEETINGS")

if [ "$SEARCH" = yes ] && [ -d "$main/out-search/pagefind" ]; then
  pf=$main/out-search/pagefind
  size() { find "$pf" -path "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
  mid() { find "$pf" -path "$1" -type f -printf '%s\n' | median; }
  index_total=$(du -sb "$pf" | cut -f1)
  # A first one-word query loads the script, the entry file, the WebAssembly, the metadata, about one index
  # chunk and the fragments of the first five results; estimated from the files' sizes (not a browser's log).
  first_query=$(awk -v a="$(size "$pf/pagefind.js")" -v b="$(size "$pf/pagefind-entry.json")" -v c="$(size "$pf/wasm.*")" \
    -v d="$(size "$pf/*.pf_meta")" -v e="$(mid "$pf/index/*")" -v f="$(mid "$pf/fragment/*")" 'BEGIN { printf "%.0f", a + b + c + d + e + 5 * f }')
  SEARCH_TEXT="Pagefind index: $(awk -v b="$index_total" 'BEGIN { printf "%.1f", b / 1048576 }') MB in $(find "$pf" -type f | wc -l) files. A first one-word query downloads about $(awk -v b="$first_query" 'BEGIN { printf "%.0f", b / 1024 }') KB (pagefind.js, the entry file, the WebAssembly and metadata, one median index chunk and five median fragments; estimated from file sizes, uncompressed)."
else
  SEARCH_TEXT="n/a: this build of the generator has no search (\`build --help\` lists no \`--no-search\`), so the build above is the build without search."
fi

# Incremental builds: a build with the cache after a build with it, first with nothing changed, then after each of
# RUNS edits of one punkt (a sentence added to its text), and after each of RUNS edits of a punkt's title (shown on
# its meeting's, its committee's and its case's pages too).
INCREMENTAL_TEXT="n/a: this build of the generator has no cache (\`build --help\` lists no \`--cache\`)."
if has_option "$SITE" --cache; then
  scratch=$WORK/incremental-input cache=$WORK/incremental-cache out=$WORK/incremental-out
  rm -rf "$scratch" "$cache" "$out" && cp -r "$main/content" "$scratch"
  incremental=(dotnet "$SITE" build --input "$scratch" --output "$out" --cache "$cache" --no-search)
  "${incremental[@]}" >"$WORK/incremental-first.log" 2>&1
  punkt=$(find "$scratch" -name '*.md' ! -name index.md | sort | sed -n 2p)
  for run in $(seq "$RUNS"); do
    measure "incremental-none" - "${incremental[@]}"
    printf '\nTilføjet ved rettelse nummer %s.\n' "$run" >>"$punkt"
    measure "incremental-text" - "${incremental[@]}"
    sed -i -E "0,/^titel: /s/^titel: (.*)$/titel: \"Rettet titel $run\"/" "$punkt"
    measure "incremental-title" - "${incremental[@]}"
  done
  kept=$(grep -oE '[0-9.]+ uændrede' "$WORK/incremental-text.log" | tail -1 || true)
  INCREMENTAL_TEXT="Incremental build with the cache (\`build --cache DIR --no-search\`, the same $MEETINGS meetings, after a build with the cache): nothing changed, median $(seconds "$(time_ms incremental-none)") s wall, $(seconds "$(cpu_ms incremental-none)") s CPU, peak $(megabytes "$(rss_kb incremental-none)") MB; one punkt's text edited, median $(seconds "$(time_ms incremental-text)") s wall, $(seconds "$(cpu_ms incremental-text)") s CPU, peak $(megabytes "$(rss_kb incremental-text)") MB${kept:+ ($kept files kept)}; one punkt's title edited (its meeting, committee and case pages change), median $(seconds "$(time_ms incremental-title)") s wall, $(seconds "$(cpu_ms incremental-title)") s CPU. Runs (wall, ms): none $(awk '{ printf "%s ", $1 }' "$WORK/incremental-none.runs")/ text $(awk '{ printf "%s ", $1 }' "$WORK/incremental-text.runs")/ title $(awk '{ printf "%s ", $1 }' "$WORK/incremental-title.runs")."
fi

PREVIEW_TEXT="n/a: this build of the generator has no \`preview\` command."
if [ "$PREVIEW" = yes ]; then
  install_if_missing curl curl
  if dotnet "$SITE" preview --help 2>/dev/null | grep -- --port >/dev/null; then
    port=$((20000 + RANDOM % 20000))
    scratch=$WORK/preview-input
    rm -rf "$scratch" && cp -r "$main/content" "$scratch"
    dotnet "$SITE" preview --input "$scratch" --port "$port" >"$WORK/preview.log" 2>&1 &
    preview_pid=$!
    ready=no
    for _ in $(seq 600); do
      if curl -fs "http://localhost:$port/" >/dev/null 2>&1; then ready=yes && break; fi
      sleep 0.1
    done
    punkt=$(find "$scratch" -name '*.md' ! -name index.md | sort | sed -n 1p)
    page="/$(realpath --relative-to="$scratch" "$(dirname "$punkt")")/"
    # RUNS edits one after another (each saved as soon as the page showed the last), then RUNS edits as an editor makes
    # them, reading the page for two seconds before saving again; each timed from saving to the page showing the edit.
    rm -f "$WORK/preview.runs" "$WORK/preview-apart.runs"
    seen=yes
    for pause in 0 2; do
      for run in $(seq "$RUNS"); do
        [ "$ready" = yes ] && [ "$seen" = yes ] || break
        sleep "$pause"
        token="Rettelse$pause$run$RANDOM"
        seen=no
        start=$(date +%s%N)
        printf '\nTilføjet ved rettelse: %s.\n' "$token" >>"$punkt"
        for _ in $(seq 3000); do
          if curl -fs "http://localhost:$port$page" 2>/dev/null | grep "$token" >/dev/null; then seen=yes && break; fi
          sleep 0.01
        done
        end=$(date +%s%N)
        [ "$seen" = yes ] || break
        if [ "$pause" = 0 ]; then runs=preview.runs; else runs=preview-apart.runs; fi
        echo $(((end - start) / 1000000)) >>"$WORK/$runs"
      done
    done
    kill "$preview_pid" 2>/dev/null || true
    wait "$preview_pid" 2>/dev/null || true
    if [ "$ready" != yes ]; then
      PREVIEW_TEXT="n/a: \`preview --input DIR --port $port\` did not answer on http://localhost:$port/ within 60 s (see $WORK/preview.log)."
    elif [ "$seen" != yes ]; then
      PREVIEW_TEXT="n/a: after an edit of $punkt the page $page did not show the change within about a minute (see $WORK/preview.log)."
    else
      # The preview's own report of each rebuild ("Opdateret på 42 ms: …"): the rebuild alone, without the file
      # watcher's debounce and the polling.
      grep -oE 'Opdateret på [0-9]+ ms' "$WORK/preview.log" | grep -oE '[0-9]+' >"$WORK/preview-rebuilds.all" || true
      head -n "$RUNS" "$WORK/preview-rebuilds.all" >"$WORK/preview-rebuild.runs"
      tail -n +"$((RUNS + 1))" "$WORK/preview-rebuilds.all" >"$WORK/preview-rebuild-apart.runs"
      PREVIEW_TEXT="Preview, one punkt edited, saved two seconds after the last edit showed (an editor reads the page before saving again): the rebuild itself took median $(median <"$WORK/preview-rebuild-apart.runs") ms (runs: $(tr '\n' ' ' <"$WORK/preview-rebuild-apart.runs")ms, as preview reports it); from saving the file to the page carrying the change, median $(median <"$WORK/preview-apart.runs") ms (runs: $(tr '\n' ' ' <"$WORK/preview-apart.runs")ms; this includes the file watcher's debounce and polling every 10 ms over HTTP). Saved again the moment the last edit showed: the rebuild median $(median <"$WORK/preview-rebuild.runs") ms (runs: $(tr '\n' ' ' <"$WORK/preview-rebuild.runs")ms), saving to showing median $(median <"$WORK/preview.runs") ms (runs: $(tr '\n' ' ' <"$WORK/preview.runs")ms)."
    fi
  else
    PREVIEW_TEXT="n/a: \`preview --help\` lists no \`--port\`, so run.sh cannot reach the preview server."
  fi
fi

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
RESULTS=$WORK/results.md
cat >"$RESULTS" <<EOF
<!-- results:start (written by tests/Referater.Benchmarks/run.sh; do not edit by hand) -->
Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`RUNS=$RUNS bash tests/Referater.Benchmarks/run.sh\`${BASELINE:+ (BASELINE=$(realpath --relative-to="$ROOT" "$BASELINE"))}
on $(lscpu | sed -n 's/^Model name: *//p' | sed -n 1p), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB memory,
.NET SDK $(dotnet --version), $(hugo version | cut -d' ' -f1-2). Load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $LOAD_AFTER
$(awk -v l="${LOAD_BEFORE%% *}" -v c="$(nproc)" 'BEGIN { if (l + 0 > c * 0.5) print "— the machine was shared with other work while measuring, so absolute times are noisy; the runs alternate, so the ratios are fair." }')

Corpus: $MEETINGS meetings, $(find "$main/content" -name '*.md' ! -name index.md | wc -l) punkter, $(du -sm "$main/content" | cut -f1) MB of Markdown.
Medians of $RUNS alternating runs; time is wall-clock from process start to exit, memory is the peak resident set
(\`/usr/bin/time\`, Maximum resident set size); CPU time is user + system time of the process and its children.

| build | median wall time | median CPU time | peak memory | HTML pages | pages/s (wall) | wall times of the runs (s) |
| --- | --- | --- | --- | --- | --- | --- |
$MAIN_ROWS

Ratio ours/Hugo, build without search: **$RATIO** (wall time; CPU time in brackets).

$SEARCH_TEXT

$INCREMENTAL_TEXT

$PREVIEW_TEXT

How it grows (build without search against Hugo, medians of $RUNS alternating runs each):

| meetings | punkter | ours (wall) | ours (CPU) | ours peak | Hugo (wall) | Hugo (CPU) | Hugo peak | ours/Hugo |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${SCALING_ROWS%$'\n'}

![Build time and peak memory against the number of meetings](benchmarks-scaling.svg)
<!-- results:end -->
EOF

if [ -f "$DOC" ] && grep -q '<!-- results:start' "$DOC"; then
  awk -v results="$RESULTS" '
    /<!-- results:start/ { while ((getline line < results) > 0) print line; skip = 1; next }
    /<!-- results:end/ { skip = 0; next }
    !skip { print }' "$DOC" >"$DOC.new" && mv "$DOC.new" "$DOC"
else
  mkdir -p "$(dirname "$DOC")"
  { echo "# Benchmarks"; echo; cat "$RESULTS"; } >"$DOC"
fi
echo "Results written to docs/benchmarks.md and docs/benchmarks-scaling.svg:"
cat "$RESULTS"
