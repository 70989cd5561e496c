#!/usr/bin/env bash
# Step "comment" of the specdrift action (action.yml): post the review as ONE pull-request comment.
#
# The review's Markdown starts with the hidden marker <!-- specdrift-review -->. The comments of
# the pull request are listed; the first one written by a bot that starts with the marker is
# edited (PATCH), else a new comment is created (POST), so each push updates the same comment.
# Writes `comment-id` and `comment-url` to $GITHUB_OUTPUT.
#
# Environment: GITHUB_REPOSITORY (owner/name), PR_NUMBER, REVIEW_FILE, GH_TOKEN (for gh).
set -euo pipefail

marker='<!-- specdrift-review -->'
: "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY (owner/name) is not set}"
: "${REVIEW_FILE:?REVIEW_FILE is not set}"

if [ -z "${PR_NUMBER:-}" ]; then
  echo "::notice title=specdrift review::not a pull request (no pr-number): no comment posted"
  exit 0
fi
if [ ! -f "$REVIEW_FILE" ]; then
  echo "::error title=specdrift review::$REVIEW_FILE: no review to post"
  exit 2
fi
if [ "$(head -n 1 "$REVIEW_FILE")" != "$marker" ]; then
  # Without the marker the next run could not find this comment again, and would add another.
  echo "::error title=specdrift review::$REVIEW_FILE does not start with $marker"
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --paginate prints one JSON array per page, back to back; python reads them all.
gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments?per_page=100" \
  > "$work/comments.json"
existing="$(python3 - "$work/comments.json" "$marker" <<'PY'
import json, sys

text = open(sys.argv[1], encoding="utf-8").read()
marker = sys.argv[2]
decoder, position, comments = json.JSONDecoder(), 0, []
while True:
    while position < len(text) and text[position].isspace():
        position += 1
    if position == len(text):
        break
    page, position = decoder.raw_decode(text, position)
    comments.extend(page)
for comment in comments:
    user = comment.get("user") or {}
    if user.get("type") == "Bot" and (comment.get("body") or "").startswith(marker):
        print(comment["id"])
        break
PY
)"

if [ -n "$existing" ]; then
  gh api -X PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" \
    -F "body=@$REVIEW_FILE" > "$work/response.json"
  action="updated"
else
  gh api -X POST "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" \
    -F "body=@$REVIEW_FILE" > "$work/response.json"
  action="posted"
fi

python3 - "$work/response.json" "${GITHUB_OUTPUT:-/dev/null}" "$action" <<'PY'
import json, sys

comment = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "a", encoding="utf-8") as out:
    out.write(f"comment-id={comment['id']}\ncomment-url={comment['html_url']}\n")
print(f"specdrift review comment {sys.argv[3]}: {comment['html_url']}")
PY
