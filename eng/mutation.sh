#!/usr/bin/env bash
# Mutation testing with Stryker.NET, one package at a time, from the shared eng/stryker-config.json.
#   eng/mutation.sh                      every package with its break-at score
#   eng/mutation.sh Careers.Abstractions one package
# Each package's break-at score lives below; raise it as the tests grow, never lower it without a note in the CHANGELOG.
# Too slow for every CI run; run it before a release and report the scores in the closing note.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

declare -A break_at=(
  [Careers.Abstractions]=80
  [Careers.Gatsby]=80
  [Careers.Encounters]=80
  [Careers.CareersLog]=80
  [Careers.Funding]=80
  [Careers.Kpi]=80
  [Careers.Interchange]=80
)

dotnet tool restore >/dev/null
packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=("${!break_at[@]}")

status=0
for package in "${packages[@]}"; do
  score=${break_at[$package]:-80}
  out="$PWD/artifacts/mutation/$package"
  rm -rf "$out"
  echo "== $package (break at $score%)"
  if (cd "tests/$package.Tests" && dotnet stryker --config-file "../../eng/stryker-config.json" \
      --project "$package.csproj" --break-at "$score" --output "$out" --skip-version-check); then
    echo "$package: mutation score at or above $score%"
  else
    echo "$package: mutation score below $score% (or Stryker failed); report: $out/reports/mutation-report.html"
    status=1
  fi
done
exit $status
