package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** Lifecycle status of a model in the catalog. */
@API(status = STABLE, since = "0.1")
public enum ModelStatus {
  /** Available and supported. */
  ACTIVE,
  /** Still served, with a retirement date; a successor is named. */
  DEPRECATED,
  /** No longer served. */
  RETIRED;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static ModelStatus of(String id) {
    return Enums.parse(ModelStatus.class, id);
  }
}
