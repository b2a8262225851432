# Assembles the services' base image when no public registry answers (this repository's CI machines reach
# Debian's mirror and package registries only), and serves it from a private registry on loopback, because
# `dotnet publish -t:PublishContainer` pulls its base from a registry and needs no daemon for anything else.
# The image is what mcr.microsoft.com/dotnet/aspnet is: Debian 12 (minbase, plus the libraries .NET needs),
# the ASP.NET Core runtime (copied from this machine's .NET installation), and the unprivileged account
# "app" (uid 1654), and the CJK font roster sets printed certificates in.
#
# Source it, then:
#   serve_base_image WORK_DIR PORT   builds (once per runtime version; WORK_DIR keeps it) and serves the
#                                    image on 127.0.0.1:PORT; exports VOLUNTEER_CONTAINER_BASE, its reference
#   stop_base_image                  stops that registry
# Needs root (debootstrap), debootstrap, docker-registry and curl.

readonly BASE_IMAGE_REPOSITORY=volunteer/aspnet BASE_IMAGE_UID=1654
readonly BASE_IMAGE_PACKAGES=ca-certificates,libicu72,libssl3,tzdata,fonts-wqy-microhei

serve_base_image() {
  base_work=$1 base_port=$2
  base_runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { v = $2 } END { print v }')
  # The tag names the package list too, so a kept root file system or image without a new package is not reused.
  base_tag=$base_runtime-$(cksum <<<"$BASE_IMAGE_PACKAGES" | cut -d' ' -f1)
  mkdir -p "$base_work"
  build_root_file_system
  start_registry
  push_image
  export VOLUNTEER_CONTAINER_BASE=127.0.0.1:$base_port/$BASE_IMAGE_REPOSITORY:$base_tag
  # The SDK speaks plain HTTP only to registries it is told are insecure.
  export DOTNET_CONTAINER_INSECURE_REGISTRIES=127.0.0.1:$base_port
}

stop_base_image() {
  kill "$base_registry_pid" 2>/dev/null || true
  wait "$base_registry_pid" 2>/dev/null || true
}

build_root_file_system() {
  local rootfs=$base_work/rootfs-$base_tag dotnet_root
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  [[ -e $rootfs/.complete ]] && return 0
  rm -rf "$rootfs"
  debootstrap --variant=minbase --include="$BASE_IMAGE_PACKAGES" bookworm "$rootfs" \
    "${VOLUNTEER_DEBIAN_MIRROR:-http://deb.debian.org/debian}" >"$base_work/debootstrap.log" 2>&1 \
    || { tail -20 "$base_work/debootstrap.log" >&2; return 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/{doc,man,info}/*
  mkdir -p "$rootfs/usr/share/dotnet/shared" "$rootfs/app"
  cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$dotnet_root/LICENSE.txt" "$rootfs/usr/share/dotnet/"
  for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
    mkdir -p "$rootfs/usr/share/dotnet/shared/$framework"
    cp -a "$dotnet_root/shared/$framework/$base_runtime" "$rootfs/usr/share/dotnet/shared/$framework/"
  done
  ln -s /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
  echo "app:x:$BASE_IMAGE_UID:$BASE_IMAGE_UID::/home/app:/usr/sbin/nologin" >>"$rootfs/etc/passwd"
  echo "app:x:$BASE_IMAGE_UID:" >>"$rootfs/etc/group"
  mkdir -p "$rootfs/home/app" && chown "$BASE_IMAGE_UID:$BASE_IMAGE_UID" "$rootfs/home/app"
  touch "$rootfs/.complete"
}

start_registry() {
  mkdir -p "$base_work/registry"
  cat >"$base_work/registry.yml" <<YAML
version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: $base_work/registry } }
http: { addr: 127.0.0.1:$base_port }
YAML
  docker-registry serve "$base_work/registry.yml" >"$base_work/registry.log" 2>&1 &
  base_registry_pid=$!
  for _ in {1..50}; do curl -sf "http://127.0.0.1:$base_port/v2/" >/dev/null && return 0; sleep 0.2; done
  cat "$base_work/registry.log" >&2
  return 1
}

# One blob through the registry API: start an upload, then finish it with the content and its digest.
push_blob() {
  local file=$1 digest=$2 location
  location=$(curl -sfi -X POST "http://127.0.0.1:$base_port/v2/$BASE_IMAGE_REPOSITORY/blobs/uploads/" \
    | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
  [[ $location == http* ]] || location="http://127.0.0.1:$base_port$location"
  curl -sf -X PUT -H 'Content-Type: application/octet-stream' --data-binary "@$file" \
    "$location$([[ $location == *\?* ]] && echo '&' || echo '?')digest=$digest" >/dev/null
}

manifest_url() { echo "http://127.0.0.1:$base_port/v2/$BASE_IMAGE_REPOSITORY/manifests/$base_tag"; }

# The registry's storage is kept with the root file system: an image pushed by an earlier run is still there.
push_image() {
  curl -sf -I -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "$(manifest_url)" >/dev/null \
    && return 0
  local rootfs=$base_work/rootfs-$base_tag layer=$base_work/layer.tar
  local diff_id layer_digest config_digest
  tar --numeric-owner --sort=name --mtime=@0 --exclude=./.complete -C "$rootfs" -cf "$layer" .
  diff_id=sha256:$(sha256sum "$layer" | cut -d' ' -f1)
  gzip -nf "$layer"
  layer_digest=sha256:$(sha256sum "$layer.gz" | cut -d' ' -f1)
  cat >"$base_work/config.json" <<JSON
{
  "architecture": "amd64", "os": "linux",
  "config": {
    "User": "$BASE_IMAGE_UID", "WorkingDir": "/app",
    "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "DOTNET_ROOT=/usr/share/dotnet",
      "APP_UID=$BASE_IMAGE_UID", "DOTNET_RUNNING_IN_CONTAINER=true", "DOTNET_VERSION=$base_runtime",
      "ASPNET_VERSION=$base_runtime"]
  },
  "rootfs": { "type": "layers", "diff_ids": ["$diff_id"] }
}
JSON
  config_digest=sha256:$(sha256sum "$base_work/config.json" | cut -d' ' -f1)
  push_blob "$layer.gz" "$layer_digest"
  push_blob "$base_work/config.json" "$config_digest"
  cat >"$base_work/manifest.json" <<JSON
{
  "schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
  "config": { "mediaType": "application/vnd.docker.container.image.v1+json",
    "size": $(stat -c %s "$base_work/config.json"), "digest": "$config_digest" },
  "layers": [{ "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
    "size": $(stat -c %s "$layer.gz"), "digest": "$layer_digest" }]
}
JSON
  curl -sf -X PUT -H 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
    --data-binary "@$base_work/manifest.json" "$(manifest_url)" >/dev/null
  rm -f "$layer.gz"
}

