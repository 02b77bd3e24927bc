#!/usr/bin/env bash
# Drives `bin/advisor shell` in a real terminal, as a person would: types `reco` and presses Tab,
# completes a Chinese task name, runs the ranking, provokes an error, exits, and checks the screen at
# each step. Needs tmux; without it, says so and exits 0. Run it from anywhere:
#   src/test/shell/shell-in-tmux.sh
# Each step waits up to ADVISOR_TMUX_WAIT seconds (default 30) for the screen to show what it expects;
# ShellInTmuxIT passes its backstop, so a loaded machine only makes the test slower.
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
if ! command -v tmux >/dev/null 2>&1; then
  echo "shell-in-tmux: tmux is not installed; skipped"
  exit 0
fi

sock="advisor-shell-test-$$"
state="$(mktemp -d)"
cleanup() {
  tmux -L "$sock" kill-server >/dev/null 2>&1 || true
  rm -rf "$state"
}
trap cleanup EXIT

screen() { tmux -L "$sock" capture-pane -p -t shell; }
keys() { tmux -L "$sock" send-keys -t shell "$@"; }
text() { tmux -L "$sock" send-keys -t shell -l -- "$1"; }
wait_steps=$((${ADVISOR_TMUX_WAIT:-30} * 10))
expect() {
  for _ in $(seq 1 "$wait_steps"); do
    if screen | grep -qF -- "$1"; then
      echo "ok: $2"
      return 0
    fi
    sleep 0.1
  done
  echo "FAIL: $2 (the screen never showed: $1)"
  screen
  exit 1
}

tmux -L "$sock" new-session -d -s shell -x 120 -y 50 \
  "env XDG_STATE_HOME='$state' XDG_CONFIG_HOME='$state' NO_COLOR=1 LANG=C.UTF-8 '$root/bin/advisor' shell; echo \"shell exited with \$?\"; sleep 30"

expect "advisor>" "the shell starts and prompts"
text "reco"
keys Tab
expect "advisor> recommend" "Tab completes 'reco' to 'recommend'"
text " --task 文本分"
keys Tab
expect "--task 文本分类" "Tab completes the Chinese task name"
text " --top 3"
keys Enter
expect "roberta-large" "the ranking runs"
text "show t6"
keys Enter
expect "unknown model 't6' — did you mean: t5?" "an error is reported"
expect "advisor> " "the shell goes on after the error"
text "exit"
keys Enter
expect "shell exited with 0" "exit leaves the shell with status 0"
if [ ! -s "$state/advisor/history" ]; then
  echo "FAIL: no history written to \$XDG_STATE_HOME/advisor/history"
  exit 1
fi
echo "ok: history is kept in \$XDG_STATE_HOME/advisor/history"
echo "shell-in-tmux: passed"
