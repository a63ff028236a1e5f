package ai.cromus.core.workflow;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How long an agent's memory lives (the MEMORY.md scope). */
public enum MemoryScope {
  /** For one session only. */
  SESSION,
  /** Kept across sessions of one agent. */
  PERSISTENT,
  /** Shared between agents. */
  SHARED;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static MemoryScope of(String id) {
    return Enums.parse(MemoryScope.class, id);
  }
}
