#!/usr/bin/env bash
# Proves the newest supported LibreOffice: builds the .oxt here (Debian 12, the project's normal
# build, as for a release) and runs the office tests against that very file in LibreOffice 25.2,
# inside a Debian 13 "trixie" root made with debootstrap from the Debian mirror apt uses here.
#
#   scripts/test-libreoffice-25.sh [--refresh]
#
# The root is made once and kept in $RETROPLAN_CACHE/trixie (default /var/cache/retroplan);
# --refresh makes it anew (newer packages, security updates). The script also configures the
# project with Debian 12's CMake here and Debian 13's in the root, and fails on any CMake warning.
#
# The tests compare Calc's results with the CLI's. A CLI built here links Boost 1.74, which
# Debian 13 lacks, so the one the tests run in the root is built here with Boost and the C++
# runtime linked in statically (build/cli-static): it needs only the C library, whose newer
# versions run older programs.
#
# Whatever runs in the root runs in new mount and PID namespaces (and, for the tests, a network
# namespace with only a loopback): its mounts and processes end with it, even when a test fails or
# the script is killed. Needs root (debootstrap, chroot, mount) or sudo, and only what
# scripts/setup.sh installs. Logs: build/libreoffice-25/.
set -euo pipefail

SUITE=trixie
# In the root: what the office tests need, as scripts/setup.sh installs it on Debian 12, then what
# configuring the project needs (the CMake check).
ROOT_PACKAGES=(
  libreoffice-calc libreoffice-core python3-uno libreoffice-l10n-fr
  xvfb xauth imagemagick fonts-dejavu-core poppler-utils
  cmake g++ make pkg-config libboost-program-options-dev nlohmann-json3-dev
  libgtest-dev libbenchmark-dev libreoffice-dev libical-dev python3-icalendar
)
OFFICE_TESTS=(calc/test_functions.py calc/test_rebuild.py calc/test_examples.py
  calc/test_timeline.py calc/test_export_calendar.py calc/test_new_plan.py
  calc/test_export_share.py calc/test_function_wizard.py calc/test_follow_up.py
  calc/test_follow_sheet.py calc/test_risk_sheet.py calc/test_workload_risk.py
  calc/test_workload_sheet.py calc/test_hostile.py calc/test_cells.py gui/test_gui.py
  gui/test_timeline_window.py gui/test_risk_window.py gui/test_workload_window.py
  gui/test_stale_cells.py gui/test_toolbar_window.py)
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

log() { printf '%s\n' "$*"; }
die() {
  printf 'test-libreoffice-25: %s\n' "$*" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Stages that run inside the namespaces: this script calls itself through unshare (in_namespaces)
# with ROOT, ARTIFACTS and, for the tests, REPO in its environment.

# The kernel file systems a program in the root expects; the repository read-only at /retroplan.
mount_root() {
  mount --rbind /dev "$ROOT/dev"
  mount -t tmpfs -o mode=1777 shm "$ROOT/dev/shm"
  mount -t sysfs -o ro sys "$ROOT/sys"
  mount -t tmpfs -o mode=1777 tmp "$ROOT/tmp"
  mount -t tmpfs -o mode=755 run "$ROOT/run"
  if [ -n "${REPO:-}" ]; then
    mkdir -p "$ROOT/retroplan" "$ROOT/artifacts"
    mount --bind "$REPO" "$ROOT/retroplan"
    mount -o remount,bind,ro "$ROOT/retroplan"
    mount --bind "$ARTIFACTS" "$ROOT/artifacts"
  fi
}

in_root() {
  chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}

stage_install() { # apt-get in the root, with the network
  mount_root
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  in_root DEBIAN_FRONTEND=noninteractive apt-get update -q
  in_root DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
  in_root apt-get clean
}

# One line per check: PASS/FAIL, what, seconds, detail.
report() { printf '  %s  %-22s %4ss  %s\n' "$@"; }

stage_tests() { # the CMake check and the office tests, without the network
  ip link set lo up # the office and the tests talk through 127.0.0.1
  mount_root
  local passed=0 failed=0 name script start status summary cmake_version
  log "  root:  Debian $(cat "$ROOT/etc/debian_version"), $(in_root soffice --version | head -n1)"

  # Configure once with Debian 13's CMake and compiler: an error or any warning fails.
  start=$SECONDS
  cmake_version=$(in_root cmake --version | head -n1)
  if in_root cmake -S /retroplan -B /tmp/cmake-check -DCMAKE_BUILD_TYPE=Release \
    >"$ARTIFACTS/cmake-debian13.log" 2>&1 &&
    ! grep -q "CMake Warning\|CMake Deprecation" "$ARTIFACTS/cmake-debian13.log"; then
    report PASS "cmake configure" $((SECONDS - start)) "$cmake_version, no warning"
    passed=$((passed + 1))
  else
    report FAIL "cmake configure" $((SECONDS - start)) "$cmake_version: an error or a warning"
    sed 's/^/    | /' "$ARTIFACTS/cmake-debian13.log"
    failed=$((failed + 1))
  fi

  for script in "${OFFICE_TESTS[@]}"; do
    name=$(basename "$script" .py)
    start=$SECONDS
    status=0
    in_root PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/retroplan/tests/calc \
      RETROPLAN_OXT=/retroplan/build/retroplan.oxt \
      RETROPLAN_CLI=/retroplan/build/cli-static/bin/retroplan \
      RETROPLAN_EXAMPLES=/retroplan/examples RETROPLAN_ARTIFACTS=/artifacts \
      timeout 600 /usr/bin/python3 "/retroplan/tests/$script" >"$ARTIFACTS/$name.log" 2>&1 ||
      status=$?
    summary=$(grep -E "^(Ran [0-9]+ tests? in|OK|FAILED)" "$ARTIFACTS/$name.log" | tr '\n' ' ' ||
      true)
    if [ "$status" -eq 0 ]; then
      report PASS "$script" $((SECONDS - start)) "$summary"
      passed=$((passed + 1))
    else
      report FAIL "$script" $((SECONDS - start)) "${summary}exit status $status"
      grep -E "^(FAIL|ERROR):|Error|assert" "$ARTIFACTS/$name.log" | head -n 20 | sed 's/^/    | /'
      failed=$((failed + 1))
    fi
  done
  log "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

if [ "${1:-}" = --stage ]; then
  "stage_$2" "${@:3}"
  exit
fi

# ---------------------------------------------------------------------------------------------
# On the host.

refresh=0
case "${1:-}" in
  --refresh) refresh=1 ;;
  "") ;;
  *) die "usage: $0 [--refresh]" ;;
esac
cd "$(dirname "$0")/.."
REPO=$(pwd)
CACHE=${RETROPLAN_CACHE:-/var/cache/retroplan}
ROOT=$CACHE/$SUITE
ARTIFACTS=$REPO/build/libreoffice-25
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "run as root or install sudo"
  sudo=(sudo)
fi
began=$SECONDS

# The first URI apt uses here for a suite ("bookworm", "bookworm-security"), from deb822 .sources
# files or one-line .list files.
apt_uri() {
  {
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -e "$f" ] || continue
      awk -v suite="$1" '
        function flush() {
          if (!found && types ~ / deb( |$)/ && (suites " ") ~ (" " suite " ") && uris != "") {
            split(uris, u, " "); print u[1]; found = 1
          }
          types = suites = uris = ""
        }
        /^[[:space:]]*#/ { next }
        /^[[:space:]]*$/ { flush(); next }
        tolower($1) == "types:" { $1 = ""; types = $0 }
        tolower($1) == "uris:" { $1 = ""; uris = $0 }
        tolower($1) == "suites:" { $1 = ""; suites = $0 }
        END { flush() }' "$f"
    done
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk -v suite="$1" '$1 == "deb" {
        i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
        if ($(i + 1) == suite) print $i
      }'
  } | head -n1 || true
}

# Runs a stage of this script in new mount and PID namespaces (--no-network: and a network one):
# when the stage ends, or unshare is killed (--kill-child), or this script is (--pdeathsig), every
# process in it is killed and every mount made in it disappears. Returns the stage's status.
ns_pid=
in_namespaces() {
  local net=() status=0
  if [ "$1" = --no-network ]; then
    net=(--net)
    shift
  fi
  "${sudo[@]}" env ROOT="$ROOT" REPO="${STAGE_REPO:-}" ARTIFACTS="$ARTIFACTS" \
    setpriv --pdeathsig KILL unshare --mount --propagation private --pid "${net[@]}" --fork \
    --kill-child --mount-proc="$ROOT/proc" "$REPO/scripts/test-libreoffice-25.sh" --stage "$@" &
  ns_pid=$!
  wait "$ns_pid" || status=$?
  ns_pid=
  return "$status"
}

# Says what is still mounted or running under a root directory; fails if anything is.
leftovers() {
  local mounts procs
  mounts=$(grep -F " $1" /proc/self/mounts | grep -E " $1(/| )" || true)
  procs=$("${sudo[@]}" find /proc -mindepth 2 -maxdepth 2 -name root \
    \( -lname "$1" -o -lname "$1/*" \) 2>/dev/null || true)
  [ -z "$mounts$procs" ] && return 0
  [ -z "$mounts" ] || log "still mounted under $1:"$'\n'"$mounts"
  [ -z "$procs" ] || log "still running in $1: $(echo "$procs" | cut -d/ -f3 | tr '\n' ' ')"
  return 1
}

on_exit() {
  local status=$?
  if [ -n "$ns_pid" ]; then # unshare blocks SIGTERM and SIGINT while its child runs
    "${sudo[@]}" kill -KILL "$ns_pid" 2>/dev/null || true
    wait "$ns_pid" 2>/dev/null || true
  fi
  if [ -d "$ROOT" ] || [ -d "$ROOT.new" ]; then
    if leftovers "$ROOT" && leftovers "$ROOT.new"; then
      log "cleanup: no mount or process left in the root"
    else
      status=1
    fi
  fi
  log "$((SECONDS - began)) s in all"
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Deletes a root made by this script, refusing while anything is mounted or running in it.
remove_root() {
  [ -e "$1" ] || return 0
  leftovers "$1" || die "not deleting $1"
  "${sudo[@]}" rm -rf --one-file-system "$1"
}

log "== LibreOffice 25.2 (Debian 13) against the .oxt built on Debian 12 =="
scripts/setup.sh

# 1. The .oxt as for a release; the CLI with Boost and libstdc++ linked in.
log "[1/3] building here, on Debian $(cat /etc/debian_version)"
step=$SECONDS
check=$(mktemp -d)
warnings=$(cmake -S . -B "$check" -DCMAKE_BUILD_TYPE=Release 2>&1 >/dev/null |
  grep -A3 "CMake Warning\|CMake Deprecation" || true)
rm -rf "$check"
[ -z "$warnings" ] || die "$(cmake --version | head -n1) warns:"$'\n'"$warnings"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target retroplan_oxt >/dev/null
cmake -S . -B build/cli-static -DCMAKE_BUILD_TYPE=Release -DBoost_USE_STATIC_LIBS=ON \
  "-DCMAKE_EXE_LINKER_FLAGS=-static-libstdc++ -static-libgcc" >/dev/null
cmake --build build/cli-static -j"$(nproc)" --target retroplan >/dev/null
needed=$(readelf -d build/cli-static/bin/retroplan |
  sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ')
log "  cmake: $(cmake --version | head -n1), no warning"
log "  oxt:   build/retroplan.oxt, $(dpkg-query -W -f='SDK of LibreOffice ${Version}' \
  libreoffice-dev), sha256 $(sha256sum build/retroplan.oxt | cut -c1-16)…"
log "  cli:   build/cli-static/bin/retroplan, needs only $needed"
log "  $((SECONDS - step)) s"
mkdir -p "$ARTIFACTS"

# 2. The Debian 13 root, made once and kept; one run at a time uses it.
log "[2/3] the Debian 13 root: $ROOT"
step=$SECONDS
"${sudo[@]}" mkdir -p "$CACHE"
"${sudo[@]}" touch "$CACHE/lock"
exec 9<"$CACHE/lock"
flock -n 9 || {
  log "  waiting for another run to finish with it"
  flock 9
}
[ "$refresh" -eq 0 ] || remove_root "$ROOT"
if [ ! -e "$ROOT" ]; then
  # shellcheck source=/dev/null
  codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
  mirror=${RETROPLAN_DEBIAN_MIRROR:-$(apt_uri "$codename")}
  security=$(apt_uri "$codename-security")
  [ -n "$mirror" ] || die "apt has no Debian mirror for $codename: set RETROPLAN_DEBIAN_MIRROR"
  remove_root "$ROOT.new"
  log "  debootstrap $SUITE from the Debian mirror apt uses (log: debootstrap.log)"
  substep=$SECONDS
  # In its own namespaces too: whatever it mounts or starts ends with it.
  "${sudo[@]}" setpriv --pdeathsig KILL unshare --mount --propagation private --pid --fork \
    --kill-child --mount-proc \
    debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$ROOT.new" "$mirror" \
    >"$ARTIFACTS/debootstrap.log" 2>&1 || {
    tail -n 20 "$ARTIFACTS/debootstrap.log"
    die "debootstrap failed"
  }
  log "    $((SECONDS - substep)) s"
  {
    printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\n' "$mirror" "$SUITE" "$SUITE"
    printf 'Components: main\nSigned-By: %s\n' "$KEYRING"
    if [ -n "$security" ]; then
      printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\n' "$security" "$SUITE"
      printf 'Components: main\nSigned-By: %s\n' "$KEYRING"
    fi
  } | "${sudo[@]}" tee "$ROOT.new/etc/apt/sources.list.d/debian.sources" >/dev/null
  "${sudo[@]}" rm -f "$ROOT.new/etc/apt/sources.list"
  # No service starts inside the root.
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$ROOT.new/usr/sbin/policy-rc.d" >/dev/null
  "${sudo[@]}" chmod 755 "$ROOT.new/usr/sbin/policy-rc.d"
  "${sudo[@]}" mv "$ROOT.new" "$ROOT"
fi
# The packages, installed again whenever the list above changes.
if [ "$(cat "$ROOT/.retroplan-packages" 2>/dev/null)" != "${ROOT_PACKAGES[*]}" ]; then
  log "  apt-get install ${ROOT_PACKAGES[*]} (log: apt.log)"
  substep=$SECONDS
  in_namespaces install "${ROOT_PACKAGES[@]}" >"$ARTIFACTS/apt.log" 2>&1 || {
    tail -n 20 "$ARTIFACTS/apt.log"
    die "apt-get in the root failed"
  }
  echo "${ROOT_PACKAGES[*]}" | "${sudo[@]}" tee "$ROOT/.retroplan-packages" >/dev/null
  log "    $((SECONDS - substep)) s"
else
  log "  kept from an earlier run (made $(date -r "$ROOT/.retroplan-packages" +%F);" \
    "$0 --refresh makes it anew)"
fi
log "  $("${sudo[@]}" du -sh "$ROOT" | cut -f1) on disk, $((SECONDS - step)) s"

# 3. The CMake check and the office tests in the root, against the .oxt built here.
log "[3/3] in the root, without network (logs: build/libreoffice-25/)"
STAGE_REPO=$REPO in_namespaces --no-network tests
