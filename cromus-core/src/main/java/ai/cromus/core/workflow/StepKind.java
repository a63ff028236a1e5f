package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** What a step does. The kind decides how a step is priced and scored. */
@API(status = STABLE, since = "0.1")
public enum StepKind {
  /** A call to a language model. */
  LLM,
  /** A call to a tool or API; no tokens are billed for it. */
  TOOL,
  /** A search over documents or a vector store; it adds context to later steps. */
  RETRIEVAL,
  /** A branch on a condition; later steps carry {@code when}. */
  DECISION,
  /** A person does or approves the work. */
  HUMAN,
  /** Deterministic code. */
  CODE;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static StepKind of(String id) {
    return Enums.parse(StepKind.class, id);
  }
}
