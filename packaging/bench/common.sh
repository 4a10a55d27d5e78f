# Shared by packaging/bench-startup and packaging/bench-memory (sourced, not run). After
# `bench_setup APP_DIR FLOOR.java`, with $work a fresh folder:
#   $app, $cfg          the app's folder and the text of its lib/app/Mastokey.cfg
#   $app_opts           the app's java-options= lines, $APPDIR spelled out; $no_cds_opts without the archive
#   $archive_line       the .cfg line naming the start-up archive (empty when there is none)
#   $jdk                a JDK at least as new as the app's runtime; the floor compiled into $work/floor.jar
archive_option='-XX:(SharedArchiveFile|AOTCache)='

bench_setup() { # app dir, floor source
  app=$(realpath "$1")
  [[ -x $app/bin/Mastokey ]] || { echo "$(basename "$0"): no launcher at $app/bin/Mastokey" >&2; exit 2; }
  cfg=$(cat "$app/lib/app/Mastokey.cfg")
  app_opts=$(grep '^java-options=' <<<"$cfg" | sed "s|\$APPDIR|$app/lib/app|g")
  no_cds_opts=$(grep -Ev -- "$archive_option" <<<"$app_opts")
  archive_line=$(grep -E -- "$archive_option" <<<"$cfg" || true)
  local major
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$app/lib/runtime/release")
  jdk=$("$here/find-jdk" "$major" javac jar java) \
    || { echo "$(basename "$0"): no JDK $major+ found for the app's Java $major runtime" >&2; exit 2; }
  "$jdk/bin/javac" --system "$app/lib/runtime" -d "$work/classes" "$2"
  # A jar, as the app's class path is: CDS and AOT archive classes from jars only.
  "$jdk/bin/jar" --create --file "$work/floor.jar" -C "$work/classes" .
}

# A launcher tree of our own: a copy of the app's launcher (it finds its .cfg and runtime next to
# itself), the app's runtime and files by symlink (not its start-up archive), and a .cfg we write.
tree() { # name, cfg text → path of the launcher
  local dir=$work/$1 f
  mkdir -p "$dir/bin" "$dir/lib/app"
  cp "$app/bin/Mastokey" "$dir/bin/"
  [[ -e $app/lib/libapplauncher.so ]] && cp "$app/lib/libapplauncher.so" "$dir/lib/"
  ln -s "$app/lib/runtime" "$dir/lib/runtime"
  for f in "$app"/lib/app/*; do
    case $(basename "$f") in Mastokey.cfg | mastokey.jsa | mastokey.aot) ;; *) ln -s "$f" "$dir/lib/app/" ;; esac
  done
  printf '%s\n' "$2" >"$dir/lib/app/Mastokey.cfg"
  echo "$dir/bin/Mastokey"
}

floor_cfg() { # main class, java options lines → .cfg text running the floor
  printf '[Application]\napp.mainclass=%s\napp.classpath=%s\n\n[JavaOptions]\n%s' "$1" "$work/floor.jar" "$2"
}

# Gives the tree the archive the app's was made with (packaging/cds/CdsArchive.java), so that the floor
# gets the same help as the app; a no-op when the app has none.
own_archive() { # tree name
  [[ -n $archive_line ]] || return 0
  "$jdk/bin/java" "$here/cds/CdsArchive.java" "$work/$1" "$work/$1-archive-work" >/dev/null \
    || { echo "$(basename "$0"): could not make the archive of $1" >&2; exit 1; }
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
