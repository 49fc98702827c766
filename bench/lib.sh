# Shared by the benchmark scripts: start the app jar in the background and wait until it is up.
#   start_app LOG ARGS...   (environment such as ATUM_DB_URL passes through; sets app_pid)
#   START_TIMEOUT [180]: seconds to wait for the app; also_on_exit: more cleanup for the EXIT trap
start_app() {
  local log="$1"
  shift
  java "$@" >"$log" 2>&1 &
  app_pid=$!
  trap 'kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; eval "${also_on_exit:-}"' EXIT
  for _ in $(seq 1 "${START_TIMEOUT:-180}"); do
    if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; then
      return 0
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "the app stopped; see $log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "the app did not come up in ${START_TIMEOUT:-180} s; see $log" >&2
  exit 1
}
