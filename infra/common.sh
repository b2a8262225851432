# Helpers shared by the infra scripts and volunteer.sh; source it, don't run it.

# Prints a loopback TCP port nobody answers on.
free_port() {
  local candidate
  for _ in {1..100}; do
    candidate=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "no free loopback port found" >&2
  return 1
}
