package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a step may do to the world outside the workflow, from least to most consequential. Tool,
 * code and model-with-tools steps have one; an author states it with {@code effect:}, otherwise
 * Cromus infers it from the step's tools and verbs ({@code RISK-INFER-EFFECT}).
 */
@API(status = STABLE, since = "0.1")
public enum Effect {
  /** Reads, searches or computes; changes nothing. */
  READ_ONLY,
  /** Changes a record that can be changed back (create, update, attach, schedule). */
  WRITE,
  /** Reaches people or systems outside the company: sends a message or an email, posts, submits. */
  EXTERNAL,
  /**
   * Cannot be undone: pays, refunds, transfers, purchases, deletes, deploys, changes accounts or
   * access, signs.
   */
  IRREVERSIBLE;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** True for the effects that need a person before them: external and irreversible. */
  public boolean needsApproval() {
    return this == EXTERNAL || this == IRREVERSIBLE;
  }

  /**
   * The effect named by {@code text}, ignoring case, {@code -}, {@code _} and spaces; also accepts
   * {@code read}, {@code readonly}, {@code reversible} and {@code reversible-write}.
   */
  public static Optional<Effect> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String k = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return switch (k) {
      case "read", "readonly" -> Optional.of(READ_ONLY);
      case "reversible", "reversible_write" -> Optional.of(WRITE);
      default -> Enums.find(Effect.class, k);
    };
  }

  /** Parses an id (or an alias of {@link #find}); throws {@link IllegalArgumentException}. */
  @JsonCreator
  public static Effect of(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown Effect '" + id + "'; expected one of " + Enums.ids(Effect.class)));
  }
}
