# Helpers shared by the infra scripts and volunteer.sh; source it, don't run it.

# Prints a loopback TCP port nobody answers on. Candidates lie below the kernel's ephemeral range: a port
# there may be the local end of someone's outgoing connection, which refuses a connect yet cannot be bound.
free_port() {
  local candidate lowest_ephemeral
  read -r lowest_ephemeral _ < /proc/sys/net/ipv4/ip_local_port_range
  for _ in {1..100}; do
    candidate=$((10000 + RANDOM % (lowest_ephemeral - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "no free loopback port found" >&2
  return 1
}
