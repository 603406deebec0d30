#!/usr/bin/env bash
# What reading the content's history costs: the same synthetic municipality built from a plain folder (no history)
# and from a Git repository in which every meeting was published by a commit of its own and some were corrected
# afterwards. Prints the median wall time, CPU time and peak memory of each, and the history's own stages.
#
#   bash tests/Referater.Benchmarks/history-bench.sh
#
# Settings (environment): MEETINGS (default 1100), CORRECTIONS (meetings corrected after publication, default 50),
# RUNS (builds of each, alternating, default 3), WORK (scratch folder, default artifacts/history-bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
MEETINGS=${MEETINGS:-1100}
CORRECTIONS=${CORRECTIONS:-50}
RUNS=${RUNS:-3}
WORK=${WORK:-$ROOT/artifacts/history-bench}
SITE=$ROOT/src/Referater.Site/bin/Release/net10.0/Referater.Site.dll
BENCH=$ROOT/tests/Referater.Benchmarks/bin/Release/net10.0/Referater.Benchmarks.dll
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Building the generator and the corpus tool (Release) …"
dotnet build -c Release --nologo -v q src/Referater.Site/Referater.Site.csproj >/dev/null
dotnet build -c Release --nologo -v q tests/Referater.Benchmarks/Referater.Benchmarks.csproj >/dev/null
rm -rf "$WORK" && mkdir -p "$WORK"

dotnet "$BENCH" corpus --meetings "$MEETINGS" --output "$WORK/plain/input"
cp -r "$WORK/plain" "$WORK/git"

echo "Committing every meeting on its own, then $CORRECTIONS corrections …"
cd "$WORK/git"
git init -q
git config user.name "Redaktør"
git config user.email "redaktoer@example.org"
day=0
commit() { # MESSAGE: commits what is staged at a date one hour after the last
  day=$((day + 1))
  GIT_AUTHOR_DATE="@$((1700000000 + day * 3600)) +0100" GIT_COMMITTER_DATE="@$((1700000000 + day * 3600)) +0100" git commit -q -m "$1"
}
git add input/site.yml && commit "Udvalgene"
for meeting in $(cd input && ls -d */*/ | sort -t/ -k2); do
  git add "input/$meeting" && commit "Referat ${meeting%/}"
done
step=$((MEETINGS / CORRECTIONS))
i=0
for meeting in $(cd input && ls -d */*/ | sort); do
  i=$((i + 1))
  if [ $((i % step)) -eq 0 ]; then
    item=$(ls "input/$meeting" | grep -v '^index.md$' | grep '\.md$' | head -1)
    printf '\nRettelse: beslutningen er præciseret.\n' >>"input/$meeting$item"
    git add -A && commit "Præcisér beslutningen i ${meeting%/}"
  fi
done
echo "$(git rev-list --count HEAD) commits"
cd "$ROOT"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run() { # NAME INPUT
  rm -rf "$WORK/$1-output"
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$WORK/rss" dotnet "$SITE" build --input "$2" --output "$WORK/$1-output" --no-search --verbose >"$WORK/$1.log" 2>&1
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(tail -1 "$WORK/rss" | awk '{ printf "%d %d", $1, ($2 + $3) * 1000 }')" >>"$WORK/$1.runs"
}
for _ in $(seq "$RUNS"); do
  run plain "$WORK/plain/input"
  run git "$WORK/git/input"
done
report() {
  printf '%-34s %8.2f s wall %8.2f s CPU %6.0f MB peak\n' "$2" \
    "$(awk '{ print $1 }' "$WORK/$1.runs" | median | awk '{ print $1 / 1000 }')" \
    "$(awk '{ print $3 }' "$WORK/$1.runs" | median | awk '{ print $1 / 1000 }')" \
    "$(awk '{ print $2 }' "$WORK/$1.runs" | median | awk '{ print $1 / 1024 }')"
}
echo
echo "$MEETINGS meetings, $CORRECTIONS corrected; median of $RUNS builds each (--no-search):"
report plain "without history (a plain folder)"
report git "with history (Git)"
echo
echo "The history's stages in the last build from Git:"
grep -E 'Læser historik|Sammenligner versioner' "$WORK/git.log"
grep -c 'class="correction"' "$WORK/git-output/rettelser/index.html" | sed 's/^/corrections listed on \/rettelser\/: /'
