# Shared by bench/load-run and bench/write-load (sourced, not run): starting a kenes server and
# making the load's coordinator accounts. The sourcing script sets `work` (a scratch folder) and
# the array `pids` (servers to stop on exit), and exports KENES_KEY_FILE.

# Starts `KENES serve` on DB with THREADS request threads and sets `port` to the port it
# announced. Not to be called in $(...): the server's pid must reach `pids` here, for the caller's
# cleanup to stop it.
#   serve_with KENES DB THREADS
serve_with() {
  local log=$work/serve-$RANDOM.log
  : >"$log"
  "$1" serve --db "$2" --port 0 --threads "$3" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    port=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f3 || true)
    [ -n "$port" ] && return
    sleep 0.1
  done
  cat "$log" >&2
  exit 1
}

# One coordinator account per region the load writes in, each with an API token; prints the
# load client's --token options.
#   coordinators KENES DB
coordinators() {
  local region
  for region in 350000000 710000000 750000000 790000000 470000000 550000000 610000000; do
    "$1" user add --db "$2" --name "load$region" --role coordinator --region "$region" \
      >/dev/null 2>&1
    printf -- '--token %s=%s ' "$region" \
      "$("$1" token create --db "$2" --user "load$region" --label load | tail -1)"
  done
}
