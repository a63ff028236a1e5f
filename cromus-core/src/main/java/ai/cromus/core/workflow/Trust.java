package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/**
 * Whether the content a step reads can steer it: content from outside the company (an email, a web
 * page, an upload, a chat message or ticket) is untrusted, because whoever wrote it can write
 * instructions into it.
 */
@API(status = STABLE, since = "0.1")
public enum Trust {
  /** Content the company controls. */
  TRUSTED,
  /** Content written outside the company; it may carry instructions (prompt injection). */
  UNTRUSTED;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static Trust of(String id) {
    return Enums.parse(Trust.class, id);
  }
}
