package ai.cromus.core.spec;

/** What a path given as a skill turned out to be (the caller looks; Cromus does no I/O). */
public enum PathKind {
  /** Nothing exists at the path. */
  MISSING,
  /** A regular file. */
  FILE,
  /** A directory. */
  DIRECTORY
}
