#!/bin/sh
# Starts the 民政云 query terminal: Chromium in kiosk mode on this terminal's page, a fresh profile every start.
# Reads the terminal's config file (server URL, terminal id, credential, ID-card reader; see terminal.conf.example). The page never
# reads that file: the credential reaches it in the URL fragment, which the browser does not send to any server,
# and the page moves it into this browser session's memory and clears the address.
set -eu

CONFIG="${MZY_KIOSK_CONFIG:-/etc/mzy-kiosk/terminal.conf}"
CHROMIUM="${MZY_KIOSK_CHROMIUM:-}"

fail() {
  echo "mzy-kiosk: $*" >&2
  exit 1
}

[ -r "$CONFIG" ] || fail "cannot read $CONFIG (copy terminal.conf.example there, mode 0600)"
# Only KEY=value lines: the file is parsed, never sourced, so nothing in it runs.
value() {
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$CONFIG" | tail -n 1 | sed 's/[[:space:]]*$//; s/^"\(.*\)"$/\1/'
}
SERVER_URL="$(value MZY_SERVER_URL)"
TERMINAL_ID="$(value MZY_TERMINAL_ID)"
TERMINAL_KEY="$(value MZY_TERMINAL_KEY)"
PAPER="$(value MZY_PRINTER_PAPER)"
READER_URL="$(value MZY_READER_URL)"

case "$SERVER_URL" in
  https://*|http://*) ;;
  *) fail "MZY_SERVER_URL must start with https:// (got '$SERVER_URL')" ;;
esac
case "$TERMINAL_ID" in
  ''|*[!0-9]*) fail "MZY_TERMINAL_ID must be the number the console showed (got '$TERMINAL_ID')" ;;
esac
case "$TERMINAL_KEY" in
  ''|*[!A-Za-z0-9_-]*) fail "MZY_TERMINAL_KEY must be the credential the console showed once" ;;
esac
case "${PAPER:-58mm}" in
  58mm|a4) ;;
  *) fail "MZY_PRINTER_PAPER must be 58mm or a4 (got '$PAPER')" ;;
esac
# The ID-card reader bridge is on this machine or nowhere: http on 127.0.0.1 with a port, a plain path (README.md, 读卡器).
READER=""
case "$READER_URL" in
  '') ;;
  http://127.0.0.1:[0-9]*/*)
    rest="${READER_URL#http://127.0.0.1:}"
    port="${rest%%/*}"
    case "$port" in ''|*[!0-9]*) fail "MZY_READER_URL must be http://127.0.0.1:<port>/<path> (got '$READER_URL')" ;; esac
    case "${rest#"$port"}" in *[!A-Za-z0-9/_.-]*) fail "MZY_READER_URL may only have letters, digits and / _ . - in its path (got '$READER_URL')" ;; esac
    READER="&reader=$READER_URL"
    ;;
  *) fail "MZY_READER_URL must be http://127.0.0.1:<port>/<path> (got '$READER_URL')" ;;
esac
SERVER_URL="${SERVER_URL%/}"

if [ -z "$CHROMIUM" ]; then
  for candidate in chromium chromium-browser google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then CHROMIUM="$candidate"; break; fi
  done
fi
[ -n "$CHROMIUM" ] || fail "no chromium found (apt install chromium)"

# A new empty profile each start: nothing of yesterday's visits (history, cache, storage) survives a restart.
PROFILE="$(mktemp -d "${TMPDIR:-/tmp}/mzy-kiosk-profile.XXXXXX")"
trap 'rm -rf "$PROFILE"' EXIT INT TERM

"$CHROMIUM" \
  --kiosk \
  --user-data-dir="$PROFILE" \
  --no-first-run \
  --noerrdialogs \
  --disable-session-crashed-bubble \
  --disable-infobars \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --disable-translate \
  --disable-features=Translate \
  --kiosk-printing \
  --autoplay-policy=no-user-gesture-required \
  --check-for-update-interval=31536000 \
  "$SERVER_URL/kiosk/#terminal=$TERMINAL_ID&key=$TERMINAL_KEY&paper=${PAPER:-58mm}$READER" &
BROWSER=$!
# Waited for, not exec'd: the trap then removes the profile when the browser ends, and systemd restarts us.
wait "$BROWSER"
