# Shared by bin/stack and bin/test. Source it; it defines functions only.

# Picks the JDK: Temurin 25 where the project's machines have it, else $JAVA_HOME, else the java
# on PATH; it must be 21 or newer.
use_jdk() {
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  elif [ -z "${JAVA_HOME:-}" ]; then
    local java_bin
    java_bin="$(command -v java || true)"
    if [ -z "$java_bin" ]; then
      echo "error: no JDK found: install JDK 21 or newer, or set JAVA_HOME" >&2
      return 1
    fi
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
    export JAVA_HOME
  fi
  if [ ! -x "$JAVA_HOME/bin/java" ]; then
    echo "error: JAVA_HOME=$JAVA_HOME has no bin/java" >&2
    return 1
  fi
  local major
  major="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
  if [ -z "$major" ] || [ "$major" -lt 21 ]; then
    echo "error: $JAVA_HOME is Java ${major:-unknown}; the project needs 21 or newer (set JAVA_HOME)" >&2
    return 1
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
}

require_command() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "error: '$1' is not installed ($2)" >&2
    return 1
  fi
}
