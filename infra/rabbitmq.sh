#!/usr/bin/env bash
# Runs a private RabbitMQ node in the foreground on 127.0.0.1, apart from any system node.
#   VOLUNTEER_MQ_PORT      AMQP port
#   VOLUNTEER_MQ_DATA      node directory (database, logs' home, Erlang cookie), reused between runs
#   VOLUNTEER_MQ_USER      user created when the node is first started
#   VOLUNTEER_MQ_PASSWORD  that user's password
#   VOLUNTEER_MQ_NODE      Erlang node name (optional; by default derived from the data directory,
#                          so it stays the same between runs and differs between directories)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

server=/usr/lib/rabbitmq/bin/rabbitmq-server
if [[ ! -x $server ]]; then
  echo "RabbitMQ is not installed: install the Debian package rabbitmq-server (sudo apt-get install -y rabbitmq-server)." >&2
  exit 1
fi
: "${VOLUNTEER_MQ_PORT:?}" "${VOLUNTEER_MQ_DATA:?}" "${VOLUNTEER_MQ_USER:?}" "${VOLUNTEER_MQ_PASSWORD:?}"

data=$VOLUNTEER_MQ_DATA
mkdir -p "$data/mnesia" "$data/log"
# Erlang writes crash dumps to the working directory; keep them with the node's data.
cd "$data"
# The default user exists only on a fresh node; later runs keep the one created then.
cat > "$data/rabbitmq.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:$VOLUNTEER_MQ_PORT
default_user = $VOLUNTEER_MQ_USER
default_pass = $VOLUNTEER_MQ_PASSWORD
loopback_users = none
CONF
echo "[]." > "$data/enabled_plugins"

# A distribution port derived from the AMQP port would overflow for high ports; take a free one.
source "$here/common.sh"
dist_port=$(free_port)
node_name=${VOLUNTEER_MQ_NODE:-volunteer-$(printf '%s' "$data" | cksum | cut -d' ' -f1)@localhost}

export HOME=$data
export RABBITMQ_NODENAME=$node_name
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$VOLUNTEER_MQ_PORT
export RABBITMQ_DIST_PORT=$dist_port
export RABBITMQ_CONFIG_FILE=$data/rabbitmq.conf
export RABBITMQ_MNESIA_BASE=$data/mnesia
export RABBITMQ_LOG_BASE=$data/log
export RABBITMQ_LOGS=-
export RABBITMQ_ENABLED_PLUGINS_FILE=$data/enabled_plugins
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
exec "$server"
