#!/usr/bin/env bash
# The two APIs against their own OpenAPI documents with schemathesis: `/api/openapi.json` (with a
# demo manager's bearer token) and `/api/hsds/openapi.json`, on a fresh SQLite data folder filled
# with `lotsen demo` and a directory loaded from the HSDS examples, and again on a fresh PostgreSQL
# database when LOTSEN_TEST_PG is set. Fails on any server error, any response that breaks its
# documented schema, status code or content type. About half the requests to an `{id}` path use an
# id that exists (of a demo case, or of the loaded directory), so those answers are checked too.
#
#   scripts/api-check.sh            bounded, as the test command runs it (fixed seed)
#   scripts/api-check.sh --long     ten times the examples and a random seed (bench/api-check.sh)
#
# LOTSEN_BIN: the binary (default: built in debug); LOTSEN_PYTHON: a Python with schemathesis
# (default: the test venv); API_CHECK_EXAMPLES, API_CHECK_SEED, API_CHECK_REPORT_DIR override.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

long=0
if [ "${1:-}" = --long ]; then long=1; fi
if [ "$long" = 1 ]; then
  examples="${API_CHECK_EXAMPLES:-500}"
  seed="${API_CHECK_SEED:-$RANDOM$RANDOM}"
else
  examples="${API_CHECK_EXAMPLES:-50}"
  seed="${API_CHECK_SEED:-20261206}"
fi

python="${LOTSEN_PYTHON:-${XDG_CACHE_HOME:-$HOME/.cache}/lotsen/pyenv/bin/python}"
st="$(dirname "$python")/st"
[ -x "$st" ] || { echo "no schemathesis at $st: run ./scripts/test.sh once, or set LOTSEN_PYTHON" >&2; exit 1; }

bin="${LOTSEN_BIN:-}"
if [ -z "$bin" ]; then
  cargo build -q -p lotsen
  target_dir="$(cargo metadata --format-version 1 --no-deps | "$python" -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
  bin="$target_dir/debug/lotsen"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/lotsen-api-check.XXXXXX")"
report_dir="${API_CHECK_REPORT_DIR:-$work/reports}"
mkdir -p "$report_dir"
server_pid=""
pg_db=""
pg_admin="${LOTSEN_TEST_PG:-}"

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
drop_db() {
  if [ -n "$pg_db" ]; then
    psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  pg_db=""
}
cleanup() {
  stop_server
  drop_db
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Only the settings given here reach the binary: nothing inherited that points elsewhere.
clean_env() {
  clean=()
  for v in $(compgen -e | grep '^LOTSEN_' || true); do clean+=(-u "$v"); done
  # The seeding signs in as the demo admin with a password alone (two-step sign-in has its own tests).
  clean+=(LOTSEN_LOG=warn LOTSEN_ADMIN_TWO_FACTOR=optional "${db_env[@]}" "$bin")
}
lotsen() {
  clean_env
  env "${clean[@]}" "$@"
}

# schemathesis against one document; its figures go to $report_dir/<name>.json.
run_st() {
  local name="$1" location="$2"
  shift 2
  local started ended
  started=$(date +%s)
  set +e
  # One worker: Python 3.11's ast, which Hypothesis calls to describe its strategies, can fail
  # with "AST constructor recursion depth mismatch" when two threads parse at once.
  "$st" --config-file "$work/config/${name%-*}.toml" run "$location" "$@" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$examples" --seed "$seed" --workers 1 --no-color \
    --request-timeout 30 --suppress-health-check too_slow,filter_too_much \
    --report junit --report-junit-path "$report_dir/$name.xml" \
    >"$report_dir/$name.log" 2>&1
  local rc=$?
  set -e
  ended=$(date +%s)
  echo "$name: seconds=$((ended - started)) exit=$rc" >>"$report_dir/times.txt"
  sed -n '/SUMMARY/,$p' "$report_dir/$name.log"
  if [ "$rc" != 0 ]; then
    echo "--- schemathesis found problems ($name); full output:" >&2
    cat "$report_dir/$name.log" >&2
    failed=1
  fi
}

check_backend() {
  local backend="$1"
  local data="$work/$backend"
  mkdir -p "$data"
  db_env=(LOTSEN_DATA_DIR="$data")
  if [ "$backend" = postgresql ]; then
    pg_db="lotsen_api_check_$$_$RANDOM"
    psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $pg_db" >/dev/null
    db_env+=(LOTSEN_DATABASE_URL="${pg_admin%/*}/$pg_db" LOTSEN_SECRET_KEY="api-check-$(date +%s%N)-0123456789abcdef")
  fi
  printf '\n== schemathesis on %s (%s examples per operation, seed %s)\n' "$backend" "$examples" "$seed"
  lotsen demo >"$data/demo.log" 2>&1
  local token
  token="$(lotsen user token demo.chef --name "schemathesis" 2>/dev/null)"

  clean_env
  # env execs the binary, so this is the server's own pid.
  env "${clean[@]}" serve --bind 127.0.0.1:0 >"$data/server.log" 2>&1 &
  server_pid=$!
  local base=""
  for _ in $(seq 1 300); do
    base="$(sed -n 's/.*listening on \([0-9.:]*\).*/http:\/\/\1/p' "$data/server.log" | head -n1)"
    [ -n "$base" ] && "$python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    base=""
    sleep 0.1
  done
  [ -n "$base" ] || { echo "the server did not start:" >&2; cat "$data/server.log" >&2; exit 1; }

  "$python" scripts/api_check.py seed "$base" demo.admin lotsen-demo-2026 \
    crates/hsds/hsds-3.0/examples/service_full.json \
    crates/hsds/hsds-3.0/examples/service_at_location_full.json \
    crates/hsds/hsds-3.0/examples/organization_full.json \
    crates/hsds/hsds-3.0/examples/taxonomy_term.json
  "$python" scripts/api_check.py hsds-doc "$base" "$work/hsds-doc"
  "$python" scripts/api_check.py config "$base" "$token" "$work/config"

  run_st "lotsen-$backend" "$base/api/openapi.json" -H "Authorization: Bearer $token"
  run_st "hsds-$backend" "$work/hsds-doc/openapi.json" --url "$base/api/hsds"

  stop_server
  if grep -E ' ERROR |panicked' "$data/server.log" >&2; then
    echo "the server logged errors on $backend (above)" >&2
    failed=1
  fi
  drop_db
}

failed=0
: >"$report_dir/times.txt"
check_backend sqlite
if [ -n "$pg_admin" ]; then check_backend postgresql; fi
cat "$report_dir/times.txt"
if [ "$failed" != 0 ]; then
  echo "api-check: schemathesis found problems (see above)" >&2
  exit 1
fi
echo "api-check: both documents conform, no server errors"
