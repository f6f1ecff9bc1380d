#!/usr/bin/env bash
# Times the healthlint command end to end (start-up included) over a generated corpus of N documents:
#   benchmarks/time-cli.sh [N]        (default 2000; N=20000 for the scaling check)
# Publishes the command as its tool package ships it for this machine (a native executable on Linux x64 with a C
# compiler, as CI packs it; ReadyToRun elsewhere), builds the corpus generator,
# generates the corpus (seed 1) into a folder under ${TMPDIR:-/tmp} that later runs reuse, lints it with SARIF
# output under /usr/bin/time -v, and prints documents, MB (10^6 bytes), wall time, MB/s, CPU time, peak resident
# memory and the exit code. Exit code 1 means findings and is expected; the script fails only when the command
# exits otherwise.
set -euo pipefail

count=${1:-2000}
seed=1
if ! [[ $count =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [N]   (N documents, default 2000)" >&2
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
trap 'rm -f "$timing"' EXIT
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

documents=$(find "$corpus" -type f \( -name '*.md' -o -name '*.html' \) | wc -l)
bytes=$(find "$corpus" -type f \( -name '*.md' -o -name '*.html' \) -printf '%s\n' | awk '{ total += $1 } END { printf "%d", total }')
load=$(cut -d' ' -f1-3 /proc/loadavg)

echo "Linting (load average before: $load)..."
status=0
(cd "$corpus" && /usr/bin/time -v -o "$timing" "${cli[@]}" . --format sarif --output "$sarif") || status=$?

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

if [ "$status" -gt 1 ]; then
  echo "healthlint exited $status; see the report and its notifications" >&2
  exit "$status"
fi
