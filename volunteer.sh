#!/usr/bin/env bash
# The platform's commands (README.md explains them):
#   ./volunteer.sh up [--debug]         install what is missing, build (Release unless --debug), run the whole
#                                       system until Ctrl+C
#   ./volunteer.sh test                 install what is missing, run every test, print the totals
#   ./volunteer.sh bench                build in Release, measure every hot path against its baseline, print the table
#   ./volunteer.sh images               the services' container images as archives in artifacts/images
#   ./volunteer.sh validate             render the cluster manifests in deploy/ and check them against the API schemas
#   ./volunteer.sh token ROLE [UNION_ID] [SUBJECT]   a development token from the running identity service
set -euo pipefail
cd "$(dirname "$0")"
source infra/common.sh

readonly PG_BIN=/usr/lib/postgresql/15/bin
readonly RABBITMQ_SERVER=/usr/lib/rabbitmq/bin/rabbitmq-server
readonly CHROMIUM=/usr/bin/chromium
readonly BUF_VERSION=1.75.0

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# PostgreSQL 15, RabbitMQ and (for the browser tests) Chromium come from Debian's packages.
install_prerequisites() {
  local missing=()
  [[ -x $PG_BIN/postgres ]] || missing+=(postgresql-15)
  [[ -x $RABBITMQ_SERVER ]] || missing+=(rabbitmq-server)
  # h2load measures the read paths of ./volunteer.sh bench.
  [[ ${1:-} != with-bench || -x /usr/bin/h2load ]] || missing+=(nghttp2-client)
  # Roster sets printed certificates in this CJK font; without it the screenshots of Chinese pages show boxes.
  [[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]] || missing+=(fonts-wqy-microhei)
  if [[ ${1:-} == with-browser ]]; then
    [[ -x $CHROMIUM ]] || missing+=(chromium)
  fi
  if ((${#missing[@]})); then
    echo "Installing ${missing[*]} from Debian's packages..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The server refuses to run as root and runs as this account instead.
  id postgres >/dev/null 2>&1 || as_root useradd --system --home-dir /var/lib/postgresql postgres
}

# The web console and its TypeScript clients need Node.js 20.19 or later (Vite); Debian's nodejs package
# is that from Debian 13 on.
install_web_dependencies() {
  if ! command -v npm >/dev/null; then
    echo "Installing Node.js from Debian's packages..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  local version
  version=$(node -p 'process.versions.node')
  if [[ $(printf '%s\n' 20.19.0 "$version" | sort -V | head -1) != 20.19.0 ]]; then
    echo "Node.js $version is too old for the web console: 20.19 or later is needed." >&2
    return 1
  fi
  # Installed exactly as locked, once per change of the lock file.
  if [[ ! -e clients/web/node_modules/.package-lock.json \
        || clients/web/package-lock.json -nt clients/web/node_modules/.package-lock.json ]]; then
    npm ci --prefix clients/web --no-audit --no-fund --loglevel=error
  fi
}

# The AppHost starts each service from the build of its own configuration, so the services run as
# optimised as they would in production unless a debugger is wanted.
up() {
  local configuration=Release
  case "${1:-}" in
    --debug) configuration=Debug ;;
    "") ;;
    *) echo "usage: ./volunteer.sh up [--debug]" >&2; exit 2 ;;
  esac
  install_prerequisites
  install_web_dependencies
  dotnet build Volunteer.AppHost -c "$configuration" -nologo -v q
  exec dotnet run --project Volunteer.AppHost -c "$configuration" --no-build --launch-profile http
}

# Asks the running system's identity service (./volunteer.sh up) for a token through its development-only
# grant, as the development client whose secret the AppHost keeps in the local data folder.
token() {
  local role=${1:-} union=${2:-} subject=${3:-}
  [[ -n $role ]] || { echo "usage: ./volunteer.sh token ROLE [UNION_ID] [SUBJECT]" >&2; exit 2; }
  local data
  if [[ -n ${Infrastructure__DataDirectory:-} ]]; then data=$Infrastructure__DataDirectory
  elif [[ $(id -un) == root ]]; then data=/var/lib/volunteer-platform
  else data=${XDG_DATA_HOME:-$HOME/.local/share}/volunteer-platform; fi
  local secret_file=$data/secrets/identity-development-client-secret
  [[ -r $secret_file ]] || { echo "No development client yet: start the system with ./volunteer.sh up." >&2; exit 1; }
  command -v curl >/dev/null || { echo "curl is needed: apt-get install curl" >&2; exit 1; }
  local args=(--data-urlencode grant_type=urn:volunteer:grant-type:development
    --data-urlencode client_id=volunteer-development --data-urlencode "client_secret=$(<"$secret_file")"
    --data-urlencode scope=volunteer-api --data-urlencode "role=$role")
  [[ -z $union ]] || args+=(--data-urlencode "union_id=$union")
  [[ -z $subject ]] || args+=(--data-urlencode "subject=$subject")
  local response
  response=$(curl -s --fail-with-body "${VOLUNTEER_IDENTITY_URL:-http://localhost:5100}/connect/token" "${args[@]}") \
    || { echo "The identity service refused: ${response:-no answer (is ./volunteer.sh up running?)}" >&2; exit 1; }
  grep -o '"access_token" *: *"[^"]*"' <<<"$response" | sed -E 's/.*"([^"]+)"$/\1/'
}

# One PostgreSQL and one RabbitMQ for the whole run, shared by the service test projects
# (each test class gets its own database and virtual host); the end-to-end tests start their own
# through the AppHost.
start_test_servers() {
  test_root=$(mktemp -d /tmp/volunteer-test-run.XXXXXX)
  chmod 755 "$test_root"
  local pg_port mq_port
  pg_port=$(free_port)
  mq_port=$(free_port)
  local mq_node="volunteer-test-$mq_port@localhost"
  VOLUNTEER_PG_PORT=$pg_port VOLUNTEER_PG_DATA=$test_root/postgres VOLUNTEER_PG_PASSWORD=test \
    bash infra/postgres.sh >"$test_root/postgres.log" 2>&1 &
  server_pids=($!)
  VOLUNTEER_MQ_PORT=$mq_port VOLUNTEER_MQ_DATA=$test_root/rabbitmq VOLUNTEER_MQ_USER=volunteer \
    VOLUNTEER_MQ_PASSWORD=test VOLUNTEER_MQ_NODE=$mq_node \
    bash infra/rabbitmq.sh >"$test_root/rabbitmq.log" 2>&1 &
  server_pids+=($!)
  trap stop_test_servers EXIT

  for _ in {1..120}; do "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break; sleep 0.5; done
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$pg_port" || { cat "$test_root/postgres.log"; return 1; }
  for _ in {1..60}; do
    HOME=$test_root/rabbitmq /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$mq_node" await_startup --timeout 60 >/dev/null 2>&1 && break
    sleep 1
  done

  export VOLUNTEER_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=test;Database=postgres"
  export VOLUNTEER_TEST_RABBITMQ_URI="amqp://volunteer:test@127.0.0.1:$mq_port"
  export VOLUNTEER_TEST_RABBITMQ_NODE=$mq_node
  export VOLUNTEER_TEST_RABBITMQ_HOME=$test_root/rabbitmq
}

stop_test_servers() {
  kill -TERM "${server_pids[@]}" 2>/dev/null || true
  wait "${server_pids[@]}" 2>/dev/null || true
  rm -rf "$test_root"
}

# buf exits 100 when the protos break the style rules; anything else means buf itself could not run.
lint_protos() {
  lint_failures=0
  if ! command -v npx >/dev/null; then
    echo "npx not found: proto lint skipped (install Node.js to run buf)." >&2
    return 0
  fi
  local rc=0
  (cd contracts/protos && npx --yes "@bufbuild/buf@$BUF_VERSION" lint) || rc=$?
  if ((rc == 100)); then
    lint_failures=1
  elif ((rc != 0)); then
    echo "buf could not run (exit $rc): proto lint skipped." >&2
  fi
}

# The generated TypeScript clients must match the protos, and the kit and console must build and pass
# their unit tests.
check_web_client() {
  web_failures=0
  (cd clients/web && npm run check && npm test) || web_failures=1
}

# The end-to-end suite once more on the production path: PostgreSQL and RabbitMQ are the run's servers,
# started outside the AppHost, and the services create their own databases (a name prefix and a virtual host
# per fixture keep it apart from everything else on those servers). The replica tests ran in the first pass:
# what they prove does not depend on who started the servers, and they are the suite's slowest class.
run_external_end_to_end() {
  VOLUNTEER_E2E_INFRASTRUCTURE=external dotnet test tests/Volunteer.EndToEnd.Tests --no-build --nologo \
    --filter "FullyQualifiedName!~.Replicas." \
    --logger "trx;LogFileName=Volunteer.EndToEnd.Tests.external.trx" --results-directory "$1" || true
}

# The cluster manifests rendered by kustomize (Debian's kubernetes-client, unpacked beside the validator:
# its kubectl would clash with another installed one) and checked against the Kubernetes API's schemas
# offline (deploy/validate).
validate_manifests() {
  manifest_failures=0
  command -v npm >/dev/null || install_web_dependencies
  local tools=deploy/validate/node_modules
  if [[ ! -e $tools/.package-lock.json || deploy/validate/package-lock.json -nt $tools/.package-lock.json ]]; then
    npm ci --prefix deploy/validate --no-audit --no-fund --loglevel=error
  fi
  local kubectl=$tools/.kubernetes-client/usr/bin/kubectl
  if [[ ! -x $kubectl ]]; then
    local download
    download=$(mktemp -d)
    (cd "$download" && apt-get download -qq kubernetes-client >/dev/null 2>&1) \
      || { as_root apt-get update -qq && (cd "$download" && apt-get download -qq kubernetes-client); }
    dpkg-deb -x "$download"/kubernetes-client_*.deb "$tools/.kubernetes-client"
    rm -rf "$download"
  fi
  local rendered overlay
  rendered=$(mktemp -d)
  for overlay in deploy/overlays/*/; do
    "$kubectl" kustomize "$overlay" >"$rendered/$(basename "$overlay").yaml" || manifest_failures=1
  done
  node deploy/validate/validate.mjs "$rendered"/*.yaml || manifest_failures=1
  rm -rf "$rendered"
}

# The services' container images as archives in artifacts/images (dotnet publish -t:PublishContainer, no
# daemon). The base is mcr.microsoft.com/dotnet/aspnet where that registry answers, otherwise the same
# assembled from Debian's mirror (deploy/images/base-image.sh); with neither reachable the step is skipped.
readonly IMAGE_SERVICES=(Identity Roster Activity Safety Reporting Notifications)

build_images() {
  image_failures=0
  local service
  if ! curl -s -m 10 -o /dev/null https://mcr.microsoft.com/v2/; then
    local mirror=${VOLUNTEER_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    if ! curl -sf -m 10 -o /dev/null "$mirror/dists/bookworm/Release"; then
      echo "Images skipped: neither mcr.microsoft.com nor $mirror answers, so there is no base image." >&2
      return 0
    fi
    if [[ $(id -u) -ne 0 ]]; then
      echo "Images: mcr.microsoft.com does not answer and assembling a base needs root (debootstrap)." >&2
      image_failures=1
      return 0
    fi
    command -v debootstrap >/dev/null && command -v docker-registry >/dev/null \
      || { apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap docker-registry >/dev/null; }
    source deploy/images/base-image.sh
    echo "mcr.microsoft.com does not answer: assembling the base image from Debian's mirror..."
    serve_base_image "$PWD/artifacts/images/base" "$(free_port)" || { image_failures=1; return 0; }
  fi
  local archive
  for service in "${IMAGE_SERVICES[@]}"; do
    archive=$PWD/artifacts/images/${service,,}.tar
    dotnet publish "services/Volunteer.$service" -c Release -t:PublishContainer -nologo -v q \
      -p:ContainerArchiveOutputPath="$archive" || image_failures=1
    image_runs_unprivileged "$archive" || { echo "$archive does not run as uid 1654" >&2; image_failures=1; }
  done
  [[ -z ${VOLUNTEER_CONTAINER_BASE:-} ]] || stop_base_image
  ((image_failures)) || echo "Images: $(ls artifacts/images/*.tar | xargs -n1 basename | tr '\n' ' ')"
}

# Kubernetes can enforce runAsNonRoot only for an image whose configuration names a numeric user.
image_runs_unprivileged() {
  local config
  config=$(tar -xOf "$1" manifest.json 2>/dev/null | grep -o '"Config":"[^"]*"' | cut -d'"' -f4) || return 1
  tar -xOf "$1" "$config" | grep -q '"User":"1654"'
}

# Sums the counters of every test project's TRX file; a project without one crashed.
print_totals() {
  local results=$1 projects=$2 passed=0 failed=0 skipped=0 files=0 counters
  for trx in "$results"/*.trx; do
    [[ -e $trx ]] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
    skipped=$((skipped + $(sed -E 's/.* notExecuted="([0-9]+)".*/\1/' <<<"$counters")))
  done
  if ((files < projects)); then
    echo "$((projects - files)) test project(s) produced no results" >&2
    failed=$((failed + projects - files))
  fi
  failed=$((failed + lint_failures + web_failures + manifest_failures + image_failures))
  local line="$passed passed, $failed failed"
  ((skipped == 0)) || line+=", $skipped skipped"
  echo "$line"
  ((failed == 0))
}

run_tests() {
  install_prerequisites with-browser
  install_web_dependencies
  local started=$SECONDS
  lint_protos
  check_web_client
  dotnet build Volunteer.sln -nologo -v q
  start_test_servers
  local results projects project
  results=$test_root/results
  projects=$(find tests -name '*.Tests.csproj' | sort)
  # One project at a time: two cores, and the end-to-end project alone starts six processes.
  for project in $projects; do
    dotnet test "$project" --no-build --nologo \
      --logger "trx;LogFileName=$(basename "$project" .csproj).trx" --results-directory "$results" || true
  done
  run_external_end_to_end "$results"
  validate_manifests
  build_images
  echo "Tests took $((SECONDS - started)) s."
  # The external run of the end-to-end suite has a results file of its own.
  print_totals "$results" "$(($(wc -w <<<"$projects") + 1))"
}

# The benchmark projects ./volunteer.sh bench runs, in this order; each prints its figures and one
# BENCH|… line per path (tests/Volunteer.Testing/Benchmarking/BenchLine.cs).
readonly BENCHMARKS=(Messaging Roster Reads Activity Reporting Platform)

run_benchmarks() {
  install_prerequisites with-bench
  # The Platform part starts the whole system, the web console included.
  install_web_dependencies
  dotnet build Volunteer.sln -c Release -nologo -v q
  start_test_servers
  local logs=artifacts/bench name
  mkdir -p "$logs"
  for name in "${BENCHMARKS[@]}"; do
    echo "== $name ($(cut -d' ' -f1-3 /proc/loadavg) load) =="
    dotnet run -c Release --no-build --project "benchmarks/Volunteer.$name.Benchmarks" | tee "$logs/$name.log" || true
  done
  print_bench_table "$logs"
}

# One table of every path's median (min–max) against its baseline, then one "ratio NAME VALUE" line each.
print_bench_table() {
  local lines
  lines=$(cat "$1"/*.log | grep -a '^BENCH|' || true)
  echo
  echo "Benchmarks on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
  awk -F'|' -v row='%-30s %-34s %-38s %8s  %s\n' \
    'BEGIN { printf row, "path", "figure: median (min-max)", "baseline: median (min-max)", "ratio", "target" }
    { figure = sprintf("%s (%s-%s) %s", $4, $5, $6, $3)
      baseline = $7 == "-" ? "-" : sprintf("%s %s (%s-%s)", $7, $8, $9, $10)
      printf row, $2, figure, baseline, $11, $12 }' <<<"$lines"
  awk -F'|' '{ print "ratio " $2 " " $11 }' <<<"$lines"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  test) run_tests ;;
  bench) run_benchmarks ;;
  images) build_images; exit "$image_failures" ;;
  validate) validate_manifests; exit "$manifest_failures" ;;
  token) shift; token "$@" ;;
  *) echo "usage: ./volunteer.sh up [--debug] | test | bench | images | validate | token ROLE [UNION_ID] [SUBJECT]" >&2
     exit 2 ;;
esac
