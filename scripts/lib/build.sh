# shellcheck shell=bash
# Builds one project, saying so on stderr: the first build restores packages and compiles
# everything (a minute or two on a small machine); later ones only what changed.
build_project() {
  local project=$1 started=$SECONDS
  if [ -d artifacts/bin ]; then
    echo "Building $project (only what changed)..." >&2
  else
    echo "Building $project for the first time: restoring packages and compiling, a minute or two..." >&2
  fi
  # Minimal verbosity names each project as it is built; output goes to stderr so a command's own
  # output stays clean for pipes.
  dotnet build "$project" -c Release -nologo -v minimal -clp:NoSummary >&2
  echo "Built in $((SECONDS - started)) s." >&2
}
