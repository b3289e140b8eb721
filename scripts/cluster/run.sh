#!/usr/bin/env bash
# The cluster proof: on this machine's loopback, a PostgreSQL primary, a streaming replica made with pg_basebackup,
# two compiled app servers and nginx in front; 50 simulated users for a bounded time while one app server is
# killed, the replica is stopped and started, and the primary is stopped and the replica promoted. Prints requests,
# errors, p50/p99 and rows written against rows present. Not part of npm test (it takes minutes).
#
#   bash scripts/cluster/run.sh            # CLUSTER_SECONDS=120 CLUSTER_USERS=50 CLUSTER_PORT_BASE=25400
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SECONDS_LOAD=${CLUSTER_SECONDS:-120}
USERS=${CLUSTER_USERS:-50}
BASE=${CLUSTER_PORT_BASE:-25400}
PRIMARY_PORT=$BASE REPLICA_PORT=$((BASE + 1)) APP1_PORT=$((BASE + 2)) APP2_PORT=$((BASE + 3)) PROXY_PORT=$((BASE + 4))

say() { echo "[$(date +%H:%M:%S)] $*"; }

# the system packages: PostgreSQL and nginx from Debian, installed when missing (as scripts/test.sh does)
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  say "安装 ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
fi
asdb() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

WORK=$(mktemp -d -t edubureau-cluster-XXXXXX)
chmod 755 "$WORK"
mkdir -p "$WORK/pg" "$WORK/tmp" "$WORK/logs"
chmod 777 "$WORK/pg" "$WORK/tmp"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
APP_PIDS=()
cleanup() {
  set +e
  for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  for d in primary replica; do [ -f "$WORK/pg/$d/postmaster.pid" ] && asdb "$PGBIN/pg_ctl" -D "$WORK/pg/$d" -m immediate -w stop >/dev/null 2>&1; done
  [ "${CLUSTER_KEEP:-0}" = 1 ] && say "保留工作目录 $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

pg_start() { # name port
  asdb "$PGBIN/pg_ctl" -D "$WORK/pg/$1" -l "$WORK/pg/$1.log" -w -o "-p $2 -k $WORK/pg" start >/dev/null
}

say "PostgreSQL 主库(端口 $PRIMARY_PORT)"
asdb "$PGBIN/initdb" -D "$WORK/pg/primary" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
cat >>"$WORK/pg/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 5
wal_keep_size = 512MB
hot_standby = on
max_connections = 200
shared_buffers = 256MB
synchronous_commit = on
CONF
pg_start primary "$PRIMARY_PORT"
asdb "$PGBIN/createdb" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres edubureau

SECRET=$(node -e 'console.log(require("node:crypto").randomBytes(36).toString("base64url"))')
export EDUBUREAU_SECRET=$SECRET EDUBUREAU_DATA="$WORK/data"
PRIMARY_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT/edubureau"
# the app servers name both servers: they use whichever is the primary, and follow a promotion
BOTH_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT,127.0.0.1:$REPLICA_PORT/edubureau"
REPLICA_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/edubureau"

say "编译服务器(npm run build:server)"
npm run -s build:server
say "载入示范县(demo --scale county)"
DATABASE_URL=$PRIMARY_URL node apps/server/dist/bin/cli.mjs demo --scale "${CLUSTER_SCALE:-county}" >"$WORK/logs/demo.log" 2>&1
tail -1 "$WORK/logs/demo.log"

say "只读副本:pg_basebackup 流复制(端口 $REPLICA_PORT)"
asdb "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/pg/replica" -R -X stream -c fast
pg_start replica "$REPLICA_PORT"

start_app() { # n port
  DATABASE_URL=$BOTH_URL DATABASE_READ_URL=$REPLICA_URL PORT=$2 HOST=127.0.0.1 EDUBUREAU_TRUSTED_PROXIES=127.0.0.1 \
    EDUBUREAU_LOG_FORMAT=json EDUBUREAU_DB_POOL=20 node apps/server/dist/bin/cli.mjs serve >>"$WORK/logs/app$1.log" 2>&1 &
  APP_PIDS[$1]=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$2/api/health" >/dev/null && return 0; sleep 1; done
  say "应用服务器 $1 未能启动"; tail -20 "$WORK/logs/app$1.log"; exit 1
}
say "两台应用服务器(端口 $APP1_PORT、$APP2_PORT)"
start_app 1 "$APP1_PORT"
start_app 2 "$APP2_PORT"

say "nginx(端口 $PROXY_PORT)"
mkdir -p "$WORK/tmp/body" "$WORK/tmp/proxy" "$WORK/tmp/fastcgi" "$WORK/tmp/uwsgi" "$WORK/tmp/scgi"
chmod -R 777 "$WORK/tmp"
sed -e "s#@PREFIX@#$WORK#g" -e "s#@PORT@#$PROXY_PORT#g" -e "s#@APP1@#127.0.0.1:$APP1_PORT#g" \
  -e "s#@APP2@#127.0.0.1:$APP2_PORT#g" scripts/cluster/nginx.conf >"$WORK/nginx.conf"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$PROXY_PORT/api/health" >/dev/null && break; sleep 0.5; done
sleep 6 # the app servers measure the replica every 5 s
say "健康检查:$(curl -s "http://127.0.0.1:$PROXY_PORT/api/health")"

EVENTS="$WORK/events.txt"
: >"$EVENTS"
event() { echo "$(($(date +%s) - LOAD_START)) $*" >>"$EVENTS"; say "$*"; }
# the faults, as fractions of the run: kill an app server, bring it back, stop and start the replica, fail over
at() { sleep "$(awk "BEGIN{print $SECONDS_LOAD*$1 - ($(date +%s) - $LOAD_START)}" | awk '{print ($1>0)?$1:0}')"; }

say "负载 $USERS 个用户,$SECONDS_LOAD 秒"
LOAD_START=$(date +%s)
npx tsx scripts/cluster/load.ts --base "http://127.0.0.1:$PROXY_PORT" --users "$USERS" --seconds "$SECONDS_LOAD" \
  --written "$WORK/written.txt" --events "$EVENTS" --t0 "$LOAD_START" >"$WORK/load.txt" 2>&1 &
LOAD_PID=$!

at 0.15; kill -9 "${APP_PIDS[1]}"; event "应用服务器1被强行终止(kill -9)"
at 0.30; start_app 1 "$APP1_PORT"; event "应用服务器1重新启动"
at 0.40; asdb "$PGBIN/pg_ctl" -D "$WORK/pg/replica" -m fast -w stop >/dev/null; event "只读副本停止"
sleep 6; say "副本停止时:$(curl -s "http://127.0.0.1:$APP2_PORT/api/health")"
at 0.55; pg_start replica "$REPLICA_PORT"; event "只读副本重新启动"
sleep 6; say "副本恢复后:$(curl -s "http://127.0.0.1:$APP2_PORT/api/health")"
at 0.70; asdb "$PGBIN/pg_ctl" -D "$WORK/pg/primary" -m immediate -w stop >/dev/null; event "主库停止(immediate)"
# the one documented command that makes the replica the primary (docs/deploy.md)
asdb "$PGBIN/pg_ctl" -D "$WORK/pg/replica" -w promote >/dev/null; event "副本提升为主库(pg_ctl promote)"
sleep 6; say "提升后:$(curl -s "http://127.0.0.1:$APP1_PORT/api/health")"

wait "$LOAD_PID" || true
cat "$WORK/load.txt"

written=$(grep -c . "$WORK/written.txt" || true)
present=$(asdb "$PGBIN/psql" -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d edubureau -Atc \
  "select count(*) from person where name like '压测%'")
echo
echo "== 数据:确认写入 $written 行,提升后的主库中实有 $present 行(学生,姓名以“压测”开头)"
echo "== 应用服务器重启次数:0(主库切换后两台服务器都未重启;服务器1只在被强行终止后重启一次)"
for n in 1 2; do
  echo "   服务器$n 日志:错误 $(grep -c '"level":"error"' "$WORK/logs/app$n.log" || true) 行;$(grep -c '主库切换' "$WORK/logs/app$n.log" || true) 次主库切换"
done
echo "== nginx 重试到另一台服务器的请求:$(grep -c 'upstream' "$WORK/nginx-error.log" || true) 次(见 nginx-error.log)"
