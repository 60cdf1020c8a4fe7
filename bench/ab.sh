#!/usr/bin/env bash
# Alternated A/B runs of two builds of virtaudit on one estate: round after round, `check` with
# each jar (the order swapped every round) and then `validate`, so that the machine's slow spells
# slow both sides alike. Each jar gets its own class-data archive, as the launcher makes one for
# target/virtaudit.jar. Prints each side's wall times, their median, the median of each phase
# (check --timings) and validate's median; docs/performance.md quotes these medians.
#
#   bench/ab.sh --a old.jar --b target/virtaudit.jar --estate target/bench/estate-100000.json --rounds 8
#   (the JVM options default to the launcher's, without its archive; --java-opts replaces them,
#   --b-opts adds options to side B only, to compare options with one jar given twice;
#   --b-estate FILE gives side B another estate, to compare data with one jar given twice)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
rounds=6
jar_a=""
jar_b=""
estate=""
java_opts=""
b_opts=""
estate_b=""
formats="json,xlsx"

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --a) jar_a="$2"; shift 2 ;;
    --b) jar_b="$2"; shift 2 ;;
    --estate) estate="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --java-opts) java_opts="$2"; shift 2 ;;
    --b-opts) b_opts="$2"; shift 2 ;;
    --b-estate) estate_b="$2"; shift 2 ;;
    --format) formats="$2"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "ab: unknown option $1" >&2; usage 2 ;;
  esac
done
estate_b="${estate_b:-$estate}"
for f in "$jar_a" "$jar_b" "$estate" "$estate_b"; do
  if [ -z "$f" ] || [ ! -f "$f" ]; then
    echo "ab: --a, --b and --estate must name existing files" >&2
    usage 2
  fi
done
if [ -z "$java_opts" ]; then
  # the launcher's options without its class-data archive, which belongs to target/virtaudit.jar
  java_opts="$(VIRTAUDIT_SHOW_JAVA_OPTS=1 "$root/virtaudit" | sed 's/ -XX:SharedArchiveFile=.*//')"
fi
command -v /usr/bin/time >/dev/null || { echo "ab: GNU time (/usr/bin/time) is needed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# one archive per jar, made once (a few seconds) by checking the acme sample with it
for side in a b; do
  jar="jar_$side"
  cp "${!jar}" "$work/$side.jar"
  # shellcheck disable=SC2086
  java $java_opts -XX:ArchiveClassesAtExit="$work/$side.jsa" -jar "$work/$side.jar" check \
    "$root/sample-data/acme-estate.yaml" --format json,xlsx --output-dir "$work" >/dev/null 2>&1 || true
done

java_of() { # the java command of one side, in the array cmd
  local side="$1" extra=""
  [ "$side" = b ] && extra="$b_opts"
  local archive=""
  [ -s "$work/$side.jsa" ] && archive="-XX:SharedArchiveFile=$work/$side.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  # shellcheck disable=SC2206
  cmd=(java $java_opts $archive $extra -jar "$work/$side.jar")
}

for r in $(seq 1 "$rounds"); do
  order="a b"
  [ $((r % 2)) = 0 ] && order="b a"
  for side in $order; do
    rm -rf "$work/out" && mkdir "$work/out"
    java_of "$side"
    est="$estate"
    [ "$side" = b ] && est="$estate_b"
    /usr/bin/time -f "%e %M" -o "$work/$side.$r.time" "${cmd[@]}" check "$est" --format "$formats" \
      --output-dir "$work/out" --timings >/dev/null 2>"$work/$side.$r.err" \
      || { echo "ab: check with side $side failed:" >&2; tail -3 "$work/$side.$r.err" >&2; exit 1; }
  done
  java_of a
  /usr/bin/time -f "%e" -o "$work/v.$r.time" "${cmd[@]}" validate "$estate" >/dev/null 2>&1
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
for side in a b; do
  times="$(cut -d' ' -f1 "$work/$side".*.time | sort -n | tr '\n' ' ')"
  echo "$side: ${times}median $(cut -d' ' -f1 "$work/$side".*.time | median) s, peak RSS median $(( $(cut -d' ' -f2 "$work/$side".*.time | median | cut -d. -f1) / 1024 )) MB"
  grep -h '^timing ' "$work/$side".*.err | sed 's/^timing //; s/ ms$//' \
    | awk '{ms = $NF; $NF = ""; sub(/ +$/, ""); print $0 "\t" ms}' | sort -t "$(printf '\t')" -k1,1 -s \
    | awk -F '\t' '{if ($1 != last && NR > 1) {print "   " last ": " med(vals, n) " ms"; n = 0} last = $1; vals[++n] = $2}
        END {print "   " last ": " med(vals, n) " ms"}
        function med(v, n,   i, j, t) {for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) {t = v[i]; v[i] = v[j]; v[j] = t}
          return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2}'
done
echo "validate: $(cat "$work"/v.*.time | sort -n | tr '\n' ' ')median $(cat "$work"/v.*.time | median) s"
