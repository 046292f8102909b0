#!/usr/bin/env bash
# Start a local PostgreSQL for the store/API tests and print its URL on the last line:
#   export STRIFE_TEST_PG=$(bash .ci/postgres.sh | tail -1)
# Installs Debian's postgresql when missing, starts the Debian cluster (or an initdb cluster in a temp dir when
# there is none), creates role and database `strife`/`strife_test`. Idempotent: reruns reuse the running server.
set -euo pipefail

PORT="${STRIFE_PG_PORT:-5432}"
ROLE=strife
PASS=strife
DB=strife_test
URL="postgresql+psycopg://${ROLE}:${PASS}@127.0.0.1:${PORT}/${DB}"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "installing postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
VERSION="$(basename "$(dirname "$PGBIN")")"

if ! "$PGBIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q; then
  if command -v pg_ctlcluster >/dev/null && [ -d "/etc/postgresql/$VERSION/main" ] \
     && grep -q "^port = $PORT" "/etc/postgresql/$VERSION/main/postgresql.conf"; then
    pg_ctlcluster "$VERSION" main start >&2
  else
    DATA="$(mktemp -d /tmp/strife-pg.XXXXXX)"
    chown postgres: "$DATA" 2>/dev/null || true
    as_postgres "$PGBIN/initdb" -D "$DATA" -U postgres -A trust >/dev/null
    as_postgres "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/log" -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1" -w start >&2
  fi
  for _ in $(seq 1 30); do "$PGBIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q && break; sleep 1; done
fi

# psql over the unix socket as the superuser (Debian cluster: /var/run/postgresql; temp cluster: /tmp).
SOCK=/var/run/postgresql
[ -S "$SOCK/.s.PGSQL.$PORT" ] || SOCK=/tmp
psql_su() { as_postgres psql -h "$SOCK" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname='$ROLE'")" != 1 ]; then
  psql_su -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASS' CREATEDB" >&2
fi
if [ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" != 1 ]; then
  psql_su -c "CREATE DATABASE $DB OWNER $ROLE" >&2
fi
echo "$URL"
