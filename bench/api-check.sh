#!/usr/bin/env bash
# The API conformance check of scripts/api-check.sh, longer: ten times the examples per operation
# and a random seed, on SQLite and (with LOTSEN_TEST_PG) PostgreSQL. Figures: bench/RESULTS.md.
#   LOTSEN_TEST_PG=postgres://postgres@127.0.0.1:5432/postgres bench/api-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./scripts/api-check.sh --long "$@"
