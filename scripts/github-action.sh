#!/usr/bin/env bash
# Body of the composite action (action.yml): run guidelint with the
# action's inputs, passed as environment variables. The exit code is
# guidelint's: 1 for errors, 2 for a usage or config problem.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$here/bin/guidelint.js"

# Split the arguments on whitespace without globbing or any other shell
# interpretation: an input can never run a command.
set -f
read -r -d '' -a args <<< "${GUIDELINT_ARGS:-}" || true
set +f

extra=()
if [ "${GUIDELINT_SUMMARY:-true}" = "true" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  extra+=(--summary "$GITHUB_STEP_SUMMARY")
fi

status=0
node "$bin" "${args[@]}" --format "${GUIDELINT_FORMAT:-github}" "${extra[@]}" || status=$?

if [ -n "${GUIDELINT_SARIF_FILE:-}" ] && [ "$status" -ne 2 ]; then
  # Findings already set the status above; a SARIF run only adds a usage or config failure.
  node "$bin" "${args[@]}" --format sarif --output "$GUIDELINT_SARIF_FILE" || { s=$?; [ "$s" -ge 2 ] && status=$s; }
fi
exit "$status"
