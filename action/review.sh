#!/usr/bin/env bash
# Step "review" of the specdrift action (action.yml): review the spec changes BASE..HEAD.
#
# Writes the review's Markdown to REVIEW_FILE and `exit-code` / `review-file` to $GITHUB_OUTPUT.
# Exit codes of specdrift review: 0 ok and 1 findings asked for with --fail-on both let the next
# step post the comment (the action fails after posting on 1, so the author sees why); 2 bad input
# (e.g. a shallow clone that lacks the base) fails here, with specdrift's message, and posts nothing.
#
# Environment (set by action.yml from its inputs): BASE, HEAD, WORKSPACE, SPEC_REPO, FILES (globs,
# one a line), FAIL_ON, REVIEW_FILE; GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (from the runner).
set -uo pipefail

if [ -z "${BASE:-}" ] || [ -z "${HEAD:-}" ]; then
  echo "::error title=specdrift review::no base or head revision: run on pull_request events or set the base and head inputs"
  echo "exit-code=2" >> "${GITHUB_OUTPUT:-/dev/null}"
  exit 2
fi

review_file="${REVIEW_FILE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/specdrift-review.md}"
args=(review "$BASE" "$HEAD" --workspace "${WORKSPACE:-.}" --out "$review_file")
if [ -n "${SPEC_REPO:-}" ]; then
  args+=(--repo "$SPEC_REPO")
fi
# One glob a line (YAML block scalars end with a newline; blank lines are skipped).
while IFS= read -r glob; do
  glob="${glob#"${glob%%[![:space:]]*}"}"
  glob="${glob%"${glob##*[![:space:]]}"}"
  if [ -n "$glob" ]; then
    args+=(--file "$glob")
  fi
done <<< "${FILES:-}"
if [ -n "${FAIL_ON:-}" ]; then
  args+=(--fail-on "$FAIL_ON")
fi

# A stale review from an earlier run must never be posted when this one fails.
rm -f "$review_file"
errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT
# The Markdown goes to the file (--out); stdout would only repeat it in the log.
specdrift "${args[@]}" > /dev/null 2> "$errors"
code=$?
cat "$errors" >&2

{
  echo "exit-code=$code"
  echo "review-file=$review_file"
} >> "${GITHUB_OUTPUT:-/dev/null}"

case "$code" in
  0 | 1)
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      cat "$review_file" >> "$GITHUB_STEP_SUMMARY"
    fi
    exit 0
    ;;
  *)
    # Bad input: no review to post. The annotation repeats specdrift's message on the run page.
    message="$(grep -m 1 -v '^[[:space:]]*$' "$errors" || true)"
    echo "::error title=specdrift review::${message:-specdrift review exited with $code}"
    exit "$code"
    ;;
esac
