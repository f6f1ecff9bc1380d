#!/usr/bin/env bash
# Times the healthlint command end to end (start-up included) over a generated corpus of N documents, or over
# one large HTML page made of generated pages:
#   benchmarks/time-cli.sh [N]          (default 2000; N=20000 for the scaling check)
#   benchmarks/time-cli.sh --page MB    (one HTML file of at least MB x 10^6 bytes: the generated HTML pages, in
#                                        file name order, concatenated; --page 50 for the large page goal)
#   benchmarks/time-cli.sh --pathological KB
#                                       (each pathological Markdown case, about KB x 10^3 bytes, timed on its own:
#                                        the inputs that make a naive parser take quadratic time)
#   benchmarks/time-cli.sh --slow-rule N
#                                       (the N documents with a house rule whose pattern backtracks without end on
#                                        most sentences: the run's pattern budget must stop it after a few seconds)
# Publishes the command as its tool package ships it for this machine (a native executable on Linux x64 with a C
# compiler, as CI packs it; ReadyToRun elsewhere), builds the corpus generator,
# generates the corpus (seed 1) into a folder under ${TMPDIR:-/tmp} that later runs reuse, lints it with SARIF
# output under /usr/bin/time -v, and prints documents, MB (10^6 bytes), wall time, MB/s, CPU time, peak resident
# memory and the exit code. Exit code 1 means findings and is expected; the script fails only when the command
# exits otherwise.
set -euo pipefail

usage="usage: $0 [N]   (N documents, default 2000)
       $0 --page MB   (one HTML page of MB x 10^6 bytes)
       $0 --pathological KB   (each pathological Markdown case, KB x 10^3 bytes)
       $0 --slow-rule N   (N documents, with a house rule whose pattern backtracks without end)"
page_mb=
pathological_kb=
slow_rule=
if [ "${1:-}" = "--slow-rule" ]; then
  slow_rule=1
  count=${2:-}
elif [ "${1:-}" = "--pathological" ]; then
  pathological_kb=${2:-}
  if ! [[ $pathological_kb =~ ^[1-9][0-9]*$ ]]; then
    echo "$usage" >&2
    exit 2
  fi
  count=1
elif [ "${1:-}" = "--page" ]; then
  page_mb=${2:-}
  if ! [[ $page_mb =~ ^[1-9][0-9]*$ ]]; then
    echo "$usage" >&2
    exit 2
  fi
  # Generated HTML pages average about 8.6 KB and make half of a corpus: 250 documents per MB give enough.
  count=$((page_mb * 250))
else
  count=${1:-2000}
fi
seed=1
if ! [[ $count =~ ^[1-9][0-9]*$ ]]; then
  echo "$usage" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time is needed (Debian package 'time')" >&2
  exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache="${TMPDIR:-/tmp}/healthlint-bench"
corpus="$cache/corpus-seed$seed-n$count"
sarif="$cache/corpus-seed$seed-n$count.sarif"
timing=$(mktemp)
partial_page=
trap 'rm -f "$timing" ${partial_page:+"$partial_page"}' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cli_dir="$cache/cli"
rm -rf "$cli_dir"
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && { command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; }; then
  build="Native AOT (linux-x64)"
  echo "Building the command as the tool package ships it for this machine ($build) and the corpus generator..."
  dotnet publish "$root/src/Lint.Cli/Lint.Cli.csproj" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$cli_dir" --nologo -v quiet >/dev/null
else
  build="ReadyToRun"
  echo "Building the command as the tool package ships it for this machine ($build) and the corpus generator..."
  dotnet publish "$root/src/Lint.Cli/Lint.Cli.csproj" -c Release --use-current-runtime --self-contained false \
    -p:PublishReadyToRun=true -o "$cli_dir" --nologo -v quiet >/dev/null
fi
dotnet build "$root/benchmarks/Lint.Benchmarks/Lint.Benchmarks.csproj" -c Release --nologo -v quiet >/dev/null
generator=$(ls "$root"/benchmarks/Lint.Benchmarks/bin/Release/*/Lint.Benchmarks.dll | head -n 1)
if [ -x "$cli_dir/HealthLint.Cli" ]; then
  cli=("$cli_dir/HealthLint.Cli")
else
  cli=(dotnet "$cli_dir/HealthLint.Cli.dll")
fi

if [ -n "$pathological_kb" ]; then
  cases="$cache/pathological-${pathological_kb}kb"
  rm -rf "$cases"
  dotnet "$generator" pathological --kb "$pathological_kb" --out "$cases"
  echo "Linting each case on its own (load average before: $(cut -d' ' -f1-3 /proc/loadavg)):"
  printf '%-40s %9s %8s %5s %8s\n' case bytes wall exit notices
  worst=0
  for file in "$cases"/*.md; do
    status=0
    /usr/bin/time -f '%e' -o "$timing" "${cli[@]}" "$file" --output "$cases/report.txt" >/dev/null 2>&1 || status=$?
    notices=$(grep -c ': notice: ' "$cases/report.txt" || true)
    printf '%-40s %9d %7ss %5d %8d\n' "$(basename "$file" .md)" "$(stat -c %s -- "$file")" "$(tail -n 1 "$timing")" "$status" "$notices"
    if [ "$status" -gt 1 ]; then
      worst=$status
    fi
  done
  if [ "$worst" -gt 1 ]; then
    echo "healthlint exited $worst on a case; run it on that file to see why" >&2
    exit "$worst"
  fi
  exit 0
fi

if [ -d "$corpus" ]; then
  echo "Reusing the corpus in $corpus"
else
  echo "Generating $count documents into $corpus..."
  mkdir -p "$cache"
  partial="$corpus.partial.$$"
  rm -rf "$partial"
  dotnet "$generator" generate --n "$count" --seed "$seed" --out "$partial"
  mv "$partial" "$corpus"
fi

if [ -n "$page_mb" ]; then
  page="$cache/page-seed$seed-${page_mb}mb.html"
  sarif="$cache/page-seed$seed-${page_mb}mb.sarif"
  wanted=$((page_mb * 1000000))
  if [ ! -f "$page" ]; then
    echo "Concatenating generated HTML pages into $page..."
    partial_page="$page.partial.$$"
    : > "$partial_page"
    total=0
    while IFS= read -r -d '' file; do
      cat -- "$file" >> "$partial_page"
      total=$((total + $(stat -c %s -- "$file")))
      if [ "$total" -ge "$wanted" ]; then
        break
      fi
    done < <(find "$corpus" -type f -name '*.html' -print0 | LC_ALL=C sort -z)
    if [ "$total" -lt "$wanted" ]; then
      echo "the generated pages make only $total bytes, fewer than $page_mb MB" >&2
      exit 1
    fi
    mv -- "$partial_page" "$page"
    partial_page=
  fi
  target=$(basename "$page")
  workdir=$(dirname "$page")
  config=()
  documents=1
  bytes=$(stat -c %s -- "$page")
else
  target=.
  workdir=$corpus
  config=()
  if [ -n "$slow_rule" ]; then
    # Exponential on a run of letters and spaces that no digit ends: two ways to take each of its characters.
    rules="$cache/slow-rule"
    rm -rf "$rules"
    mkdir -p "$rules/pack"
    printf 'rulePacks: [pack]\n' > "$rules/.healthlint.yaml"
    cat > "$rules/pack/SLOW001.yaml" <<'YAML'
id: SLOW001
name: SlowPattern
title: A pattern that backtracks without end
kind: phrase
message: 'Matched {0}.'
patterns:
  - 'the (?:[a-z ]{2}|[a-z ])+ [0-9]'
YAML
    config=(--config "$rules/.healthlint.yaml")
    sarif="$cache/corpus-seed$seed-n$count-slow-rule.sarif"
  fi
  documents=$(find "$corpus" -type f \( -name '*.md' -o -name '*.html' \) | wc -l)
  bytes=$(find "$corpus" -type f \( -name '*.md' -o -name '*.html' \) -printf '%s\n' | awk '{ total += $1 } END { printf "%d", total }')
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)

echo "Linting (load average before: $load)..."
status=0
(cd "$workdir" && /usr/bin/time -v -o "$timing" "${cli[@]}" "$target" "${config[@]}" --format sarif --output "$sarif") || status=$?

wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ {
  n = split($2, part, ":"); seconds = 0
  for (i = 1; i <= n; i++) seconds = seconds * 60 + part[i]
  printf "%.2f", seconds }' "$timing")
cpu=$(awk -F': ' '/User time \(seconds\)/ { user = $2 } /System time \(seconds\)/ { sys = $2 } END { printf "%.2f", user + sys }' "$timing")
rss_kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing")

awk -v docs="$documents" -v bytes="$bytes" -v wall="$wall" -v cpu="$cpu" -v rss="$rss_kib" -v status="$status" \
    -v cores="$(nproc)" -v load="$load" -v sarif="$sarif" -v build="$build" 'BEGIN {
  mb = bytes / 1e6
  printf "command:       %s\n", build
  printf "documents:     %d\n", docs
  printf "input:         %.1f MB (%d bytes)\n", mb, bytes
  printf "wall time:     %.2f s\n", wall
  printf "throughput:    %.2f MB/s\n", (wall > 0 ? mb / wall : 0)
  printf "CPU time:      %.2f s (user + system, %d cores; load average before: %s)\n", cpu, cores, load
  printf "peak RSS:      %.1f MB\n", rss * 1024 / 1e6
  printf "exit code:     %d%s\n", status, (status == 1 ? " (findings, expected)" : "")
  printf "report:        %s\n", sarif
}'

if [ -n "$slow_rule" ]; then
  # grep finds nothing, and fails, when the rule was never stopped: that is an answer to print, not an error.
  noticed=$({ grep -o 'SLOW001: ' "$sarif" || true; } | wc -l)
  stopped=$({ grep -o 'SLOW001: not checked' "$sarif" || true; } | wc -l)
  echo "SLOW001:       matches out of time in $((noticed - stopped)) files, not checked in $stopped files after the rule was stopped"
fi

if [ "$status" -gt 1 ]; then
  echo "healthlint exited $status; see the report and its notifications" >&2
  exit "$status"
fi
