# Private PostgreSQL clusters for scripts/run and scripts/test, kept in the git-ignored .data/.
# Installs PostgreSQL from Debian's packages when missing. Source this file, then call pg_start NAME.
# After pg_start: PG_PORT, PG_USER, PG_PASSWORD are set.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_install() {
  if [ -n "$(pg_bin_dir)" ] && [ -x "$(pg_bin_dir)/initdb" ]; then return 0; fi
  echo "PostgreSQL is not installed: installing it from Debian's packages..."
  # We run our own clusters; the package's default one is not needed.
  as_root mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.conf >/dev/null
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
}

# Runs a command as the cluster owner: initdb refuses root, so root hands over to 'postgres'.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Root's clone may sit in a 0700 folder (mktemp -d): let the postgres user traverse to .data.
pg_open_path() {
  local dir=$1
  [ "$(id -u)" = 0 ] || return 0
  while [ "$dir" != "/" ]; do
    if ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
      chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
  done
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_start() {
  local name=$1
  local root; root=$(pwd)
  local base="$root/.data/$name"
  local pgdata="$base/pgdata"
  pg_install
  local bin; bin=$(pg_bin_dir)
  mkdir -p "$base"
  PG_USER=newsportal

  if [ ! -f "$pgdata/PG_VERSION" ]; then
    echo "Creating a private PostgreSQL cluster in .data/$name ..."
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$base/password"
    chmod 600 "$base/password"
    mkdir -p "$pgdata"
    if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$base"; pg_open_path "$base"; fi
    pg_as_owner "$bin/initdb" -D "$pgdata" -U "$PG_USER" --pwfile="$base/password" -E UTF8 --locale=C.UTF-8 \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$base/initdb.log" 2>&1 \
      || { cat "$base/initdb.log"; return 1; }
  fi
  [ "$(id -u)" = 0 ] && pg_open_path "$base"
  PG_PASSWORD=$(cat "$base/password")

  if pg_as_owner "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    PG_PORT=$(cat "$base/port")
  else
    # A port of our own: stable per checkout, moved on if something else holds it.
    PG_PORT=$(( 20000 + $(printf '%s' "$base" | cksum | cut -d' ' -f1) % 20000 ))
    while port_in_use "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
    echo "$PG_PORT" > "$base/port"
    # Test and load clusters hold throwaway data: no fsync. The portal's own keeps its data safe.
    local durability="-c fsync=off"
    [ "$name" = run ] && durability=""
    pg_as_owner "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $pgdata $durability -c max_connections=200" start >/dev/null \
      || { tail -n 30 "$pgdata/server.log"; return 1; }
  fi
  export PG_PORT PG_USER PG_PASSWORD
  PG_BIN=$bin
  PG_DATA=$pgdata
}

pg_stop() {
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
}

pg_connection_string() {
  echo "Host=127.0.0.1;Port=$PG_PORT;Database=$1;Username=$PG_USER;Password=$PG_PASSWORD"
}
