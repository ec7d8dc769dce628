#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests, on 127.0.0.1 in a temporary folder; nothing else on the machine is used.
#   eng/postgres.sh start   installs PostgreSQL from apt if missing, starts a cluster, prints two lines:
#                           CAREERS_POSTGRES=<Npgsql connection string>   and   CAREERS_POSTGRES_DIR=<folder>
#   eng/postgres.sh stop <folder>   stops the cluster and removes the folder
set -euo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

case "${1:-}" in
  start)
    if [ -z "$(bin_dir)" ]; then
      echo "installing PostgreSQL from apt" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
    fi
    bin=$(bin_dir)
    dir=$(mktemp -d /tmp/careers-postgres.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # PostgreSQL refuses to run as root: run it as the postgres user when we are root.
    run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run "$bin/initdb" -D "$dir/data" -U careers --auth=trust -E UTF8 --locale=C.UTF-8 >&2
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
    echo "CAREERS_POSTGRES=Host=127.0.0.1;Port=$port;Username=careers;Database=postgres;Pooling=true"
    echo "CAREERS_POSTGRES_DIR=$dir"
    ;;
  stop)
    dir=${2:?the folder start printed}
    bin=$(bin_dir)
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true; else "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: eng/postgres.sh start | stop <folder>" >&2
    exit 2
    ;;
esac
