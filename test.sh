#!/usr/bin/env bash
# Runs every test of the SDK in Release, after doing the set-up a fresh machine needs.
# The last line of output is always "N passed, N failed" (", N skipped" where any).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export CI="${CI:-true}"

passed=0 failed=0 skipped=0
summary() {
  if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
}
# A step that is not an xunit test still counts: one pass or one failure, with its name in the log.
check() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else echo "FAILED: $name"; failed=$((failed + 1)); fi
}
abort() { echo "FAILED: $1"; failed=$((failed + 1)); summary; exit 1; }

echo "== set-up: local tools"
dotnet tool restore || abort "dotnet tool restore"

if [ -f package.json ]; then
  echo "== set-up: npm packages"
  npm ci --no-audit --no-fund || abort "npm ci"
fi

if [ ! -x /usr/bin/chromium ]; then
  # The dashboard browser test drives Debian's chromium with Playwright; Playwright's own browsers are never downloaded.
  echo "== set-up: chromium (for the dashboard browser test)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || abort "chromium"
  [ -x /usr/bin/chromium ] || abort "chromium: /usr/bin/chromium is still missing"
fi

echo "== build (Release)"
dotnet build Careers.sln -c Release -nologo || abort "build"

# The documentation site, before the tests: the docs browser test opens docs/_site. DocFX's own checks (file links,
# bookmarks, xrefs, includes) fail the step on any warning.
# A failed build leaves no site behind, so that the browser test cannot pass on an old one.
docfx_site() { rm -rf docs/_site docs/api && dotnet docfx docs/docfx.json --warningsAsErrors || { rm -rf docs/_site; false; }; }
check "docfx site (warnings as errors)" docfx_site

echo "== set-up: PostgreSQL (a private cluster on 127.0.0.1 for the tests that need a real database)"
pg=$(eng/postgres.sh start) || abort "PostgreSQL"
export CAREERS_POSTGRES=$(echo "$pg" | sed -n 's/^CAREERS_POSTGRES=//p')
pg_dir=$(echo "$pg" | sed -n 's/^CAREERS_POSTGRES_DIR=//p')

results=$(mktemp -d)
cleanup() { rm -rf "$results"; eng/postgres.sh stop "$pg_dir" 2>/dev/null; }
trap cleanup EXIT
echo "== tests"
mapfile -t projects < <(find tests -name '*.Tests.csproj' | sort)
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    || echo "FAILED: $name"
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "FAILED: $name produced no results (crashed or did not start)"
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  attr() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(attr total) p=$(attr passed) f=$(attr failed) e=$(attr error) t=$(attr timeout) a=$(attr aborted) ne=$(attr notExecuted)
  passed=$((passed + p))
  failed=$((failed + f + e + t + a))
  skipped=$((skipped + ne))
  # Anything neither passed, failed nor skipped (inconclusive, not runnable) is a failure, not silence.
  rest=$((total - p - f - e - t - a - ne))
  [ "$rest" -gt 0 ] && failed=$((failed + rest))
done

check "csharpier format" dotnet csharpier check .

# Stop PostgreSQL before the summary, so that the summary is the last line of the output, stdout and stderr alike.
cleanup
trap - EXIT
summary
[ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ]
