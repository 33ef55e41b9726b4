#!/usr/bin/env bash
# Lotsen's whole test suite: formatting, lints, unit and integration tests on SQLite and
# PostgreSQL, the binary's own tests (two nodes on one PostgreSQL), and the browser tests in
# Chromium with axe-core. Installs what it needs on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- System packages -------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -d /etc/postgresql ] && [ -n "$(ls -A /etc/postgresql 2>/dev/null)" ] || missing+=(postgresql)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# sqlite3 reads every table of an embedded database in the backup and restore test.
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
# openssl makes the throwaway certificate of the test mail server (STARTTLS).
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# pdftotext and pdftoppm read the effect report's PDF in the browser tests.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  if printf '%s\n' "${missing[@]}" | grep -qx postgresql; then
    # A PostgreSQL installed here is for tests only: trust local connections, as CI does.
    for hba in /etc/postgresql/*/main/pg_hba.conf; do
      as_root sed -i -E 's/^(local|host)(\s+all\s+all\s+.*)\s(peer|scram-sha-256|md5)\s*$/\1\2 trust/' "$hba"
      as_root sed -i -E 's/^(local\s+all\s+postgres\s+)peer/\1trust/' "$hba"
    done
  fi
fi

# --- PostgreSQL ------------------------------------------------------------------------------
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  log "starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
export LOTSEN_TEST_PG="${LOTSEN_TEST_PG:-postgres://postgres@127.0.0.1:5432/postgres}"

# --- Python (the calendar cross-check: icalendar + recurring-ical-events; openpyxl reads the XLSX;
# schemathesis checks the APIs against their OpenAPI documents; aiosmtpd receives the outbox's
# e-mail over STARTTLS) ---
pyenv="${XDG_CACHE_HOME:-$HOME/.cache}/lotsen/pyenv"
if ! "$pyenv/bin/python" -c 'import icalendar, recurring_ical_events, openpyxl, schemathesis, aiosmtpd' >/dev/null 2>&1 \
  || ! cmp -s scripts/requirements-test.txt "$pyenv/requirements-test.txt"; then
  log "installing the Python packages of scripts/requirements-test.txt"
  rm -rf "$pyenv"
  python3 -m venv "$pyenv"
  "$pyenv/bin/pip" install --quiet --disable-pip-version-check -r scripts/requirements-test.txt
  cp scripts/requirements-test.txt "$pyenv/requirements-test.txt"
fi
export LOTSEN_PYTHON="$pyenv/bin/python"

# --- Rust ------------------------------------------------------------------------------------
log "cargo fmt --check"
cargo fmt --all -- --check
log "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
log "cargo test (SQLite and PostgreSQL)"
cargo test --workspace --locked

target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
export LOTSEN_BIN="$target_dir/debug/lotsen"

# --- API conformance -------------------------------------------------------------------------
log "schemathesis: /api/openapi.json and /api/hsds/openapi.json (SQLite and PostgreSQL)"
./scripts/api-check.sh

# --- Browser ---------------------------------------------------------------------------------
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
log "browser tests (Chromium $("$CHROMIUM_PATH" --version 2>/dev/null | awk '{print $2}'), axe-core)"
(cd e2e && npm ci --no-audit --no-fund --loglevel=error && npm test)
