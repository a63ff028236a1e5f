package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a path given as a skill turned out to be (the caller looks; Cromus does no I/O). */
@API(status = STABLE, since = "0.1")
public enum PathKind {
  /** Nothing exists at the path. */
  MISSING,
  /** A regular file. */
  FILE,
  /** A directory. */
  DIRECTORY
}
