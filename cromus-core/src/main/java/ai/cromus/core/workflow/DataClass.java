package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/**
 * A class of data a step or a workflow handles ({@code data:}); a scope's {@code data_rules} say
 * where each class may be sent.
 */
@API(status = STABLE, since = "0.1")
public enum DataClass {
  /** Personally identifiable information. */
  PII,
  /** Protected health information. */
  PHI,
  /** Payment card data. */
  PCI,
  /** Credentials, keys and tokens. */
  SECRETS,
  /** Company-confidential information. */
  CONFIDENTIAL,
  /** Public information. */
  PUBLIC;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** True for every class but {@link #PUBLIC}. */
  public boolean isPrivate() {
    return this != PUBLIC;
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static DataClass of(String id) {
    return Enums.parse(DataClass.class, id);
  }
}
