#!/usr/bin/env bash
# The steps of the advisor GitHub Action (action.yml at the repository root), one subcommand per step:
#
#   resolve   which advisor to run and where to keep it: outputs mode, version, key, home
#   install   unpack that advisor into its home, unless it is there already (from the cache)
#   check     run 'advisor check' in the working directory: outputs report, exit-code
#
# Which advisor: the input 'version' (ADVISOR_VERSION) names a release. Without it, a release tag
# that the action is used at (uses: OWNER/advisor@v0.1.0) names one. At any other ref (a branch, a
# commit), and in advisor's own repository (uses: ./), the sources next to this script are built with
# Maven. A release is the archive attached to the GitHub release v<version> of the repository the
# action comes from; ADVISOR_ARCHIVE_URL replaces that address (a mirror, a file:// URL).
#
# Read from the environment: ADVISOR_VERSION, ADVISOR_ACTION_REF, ADVISOR_ACTION_REPOSITORY,
# ADVISOR_ARCHIVE_URL, ADVISOR_TOOL_DIR (default $RUNNER_TOOL_CACHE/advisor-action), ADVISOR_CDS (0: no
# class-data archive, as for the launcher), INPUT_MANIFEST, INPUT_FORMAT, INPUT_WARN_ONLY, and the
# runner's GITHUB_ACTION_PATH, GITHUB_OUTPUT, RUNNER_TEMP, GITHUB_STEP_SUMMARY.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
action_path="${GITHUB_ACTION_PATH:-$(cd "$script_dir/../../.." && pwd)}"
tool_dir="${ADVISOR_TOOL_DIR:-${RUNNER_TOOL_CACHE:-${HOME:-/tmp}/.cache}/advisor-action}"

fail() {
  echo "advisor-action: $1" >&2
  exit "${2:-2}"
}

# A step output; outside a runner (no GITHUB_OUTPUT), a line on stdout.
output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "$1=$2" >>"$GITHUB_OUTPUT"
  else
    echo "$1=$2"
  fi
}

if command -v sha256sum >/dev/null 2>&1; then sha256=(sha256sum); else sha256=(shasum -a 256); fi

release_pattern='^v?[0-9]+\.[0-9]+\.[0-9]+([.+-][0-9A-Za-z.+-]+)?$'

# The ref and repository the action runs from. The runner passes them as github.action_ref and
# github.action_repository; where it leaves them empty, the action's folder
# (.../_actions/OWNER/REPO/REF) still names them.
action_ref() {
  local ref="${ADVISOR_ACTION_REF:-}"
  if [ -z "$ref" ] && [[ "$action_path" == */_actions/*/*/* ]]; then
    ref="${action_path##*/}"
  fi
  printf '%s' "$ref"
}

action_repository() {
  local repo="${ADVISOR_ACTION_REPOSITORY:-}"
  if [ -z "$repo" ] && [[ "$action_path" == */_actions/*/*/* ]]; then
    local rest="${action_path%/*}"
    repo="${rest%/*}"
    repo="${repo##*/}/${rest##*/}"
  fi
  # uses: ./ in advisor's own repository
  if [ -z "$repo" ] && [ "$action_path" = "${GITHUB_WORKSPACE:-}" ]; then
    repo="${GITHUB_REPOSITORY:-}"
  fi
  printf '%s' "$repo"
}

# A digest of the sources that go into the release archive, so that a cached build is reused only for
# the same sources.
source_key() {
  (
    cd "$action_path"
    local parts=() part
    for part in pom.xml bin src/main src/assembly catalog man docs README.md README.zh.md LICENSE; do
      if [ -e "$part" ]; then parts+=("$part"); fi
    done
    find "${parts[@]}" -type f -print0 | LC_ALL=C sort -z | xargs -0 "${sha256[@]}"
  ) | "${sha256[@]}" | cut -c1-16
}

# Sets mode (release or source), version, key and home.
resolve_vars() {
  local ref
  version="${ADVISOR_VERSION:-}"
  ref="$(action_ref)"
  if [ -n "$version" ]; then
    [[ "$version" =~ $release_pattern ]] || fail "version '$version' is not a release version such as 0.1.0"
    mode=release
  elif [[ "$ref" =~ $release_pattern ]]; then
    mode=release
    version="$ref"
  else
    mode=source
  fi
  if [ "$mode" = release ]; then
    version="${version#v}"
    key="$version"
  else
    [ -f "$action_path/pom.xml" ] || fail "no release version given and no advisor sources in $action_path"
    version=source
    key="source-$(source_key)"
  fi
  home="$tool_dir/$key"
  repository="$(action_repository)"
}

resolve() {
  resolve_vars
  output mode "$mode"
  output version "$version"
  output key "$key"
  output home "$home"
  output repository "$repository"
}

install() {
  resolve_vars
  if [ -x "$home/bin/advisor" ]; then
    echo "advisor ($key) is in $home already"
    output bin "$home/bin/advisor"
    return
  fi
  mkdir -p "$tool_dir"
  local archive
  work="$(mktemp -d "$tool_dir/.install.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  if [ "$mode" = release ]; then
    local url="${ADVISOR_ARCHIVE_URL:-}"
    if [ -z "$url" ]; then
      [ -n "$repository" ] || fail "cannot tell which repository the release comes from; set ADVISOR_ARCHIVE_URL"
      url="https://github.com/$repository/releases/download/v$version/advisor-$version.tar.gz"
    fi
    echo "Downloading advisor $version from $url"
    archive="$work/advisor.tar.gz"
    curl -fsSL --retry 3 -o "$archive" "$url" || fail "could not download $url"
  else
    echo "Building advisor from the sources in $action_path"
    (cd "$action_path" && mvn -B -q -DskipTests package) || fail "the build failed" 70
    archive="$(ls "$action_path"/target/advisor-*.tar.gz 2>/dev/null | head -n 1)"
    [ -n "$archive" ] || fail "the build made no target/advisor-*.tar.gz" 70
  fi
  mkdir -p "$work/home"
  tar xzf "$archive" -C "$work/home" --strip-components=1 || fail "$archive is not a release archive"
  [ -x "$work/home/bin/advisor" ] || fail "$archive has no bin/advisor"
  rm -rf "$home"
  mv "$work/home" "$home"
  # One run of 'check' on the starter manifest makes the launcher write its class-data archive for
  # this JVM into the home (check runs advisor with the same XDG_CACHE_HOME), so that the archive is
  # cached with it and later runs start faster. ADVISOR_CDS=0 turns that off, as in the launcher.
  if [ "${ADVISOR_CDS:-1}" != 0 ]; then
    (
      cd "$work"
      export XDG_CACHE_HOME="$home/cache"
      ADVISOR_CDS=0 "$home/bin/advisor" check --init --manifest "$work/advisor.yaml" >/dev/null
      "$home/bin/advisor" check --manifest "$work/advisor.yaml" --format json >/dev/null || true
    )
  fi
  XDG_CACHE_HOME="$home/cache" "$home/bin/advisor" --version
  output bin "$home/bin/advisor"
}

check() {
  local manifest="${INPUT_MANIFEST:-advisor.yaml}" format="${INPUT_FORMAT:-github}" ext
  resolve_vars
  [ -x "$home/bin/advisor" ] || fail "advisor is not installed in $home; run the install step first"
  case "$format" in
    table | github) ext=txt ;;
    json) ext=json ;;
    junit) ext=xml ;;
    sarif) ext=sarif ;;
    markdown | notice) ext=md ;;
    cyclonedx) ext=cdx.json ;;
    spdx) ext=spdx.json ;;
    *) fail "format '$format' is not one of table, json, junit, sarif, github, markdown, cyclonedx, spdx, notice" ;;
  esac
  local args=(check --manifest "$manifest" --format "$format")
  case "${INPUT_WARN_ONLY:-false}" in
    true) args+=(--warn-only) ;;
    false) ;;
    *) fail "warn-only must be 'true' or 'false', not '${INPUT_WARN_ONLY}'" ;;
  esac
  local dir report code
  dir="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/advisor-check.XXXXXX")"
  report="$dir/report.$ext"
  set +e
  XDG_CACHE_HOME="$home/cache" "$home/bin/advisor" "${args[@]}" >"$report"
  code=$?
  set -e
  case "$format" in
    # Shown in the log; 'github' lines become annotations there.
    table | github | markdown) cat "$report" ;;
    *) echo "advisor check: $format report in $report" ;;
  esac
  if [ "$format" = markdown ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat "$report" >>"$GITHUB_STEP_SUMMARY"
  fi
  output report "$report"
  output exit-code "$code"
  return "$code"
}

case "${1:-}" in
  resolve) resolve ;;
  install) install ;;
  check) check ;;
  *) fail "usage: advisor-action.sh resolve|install|check" ;;
esac
