package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A workflow as text: a logical name (used in diagnostics and to detect the format), the text, and
 * its kind.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableWorkflowSource.class)
@JsonDeserialize(as = ImmutableWorkflowSource.class)
@API(status = STABLE, since = "0.1")
public interface WorkflowSource {
  /** Logical name, e.g. {@code sops/refund-triage.md}. Never opened: Cromus does no I/O. */
  @Value.Parameter
  String name();

  @Value.Parameter
  String text();

  @Value.Default
  default InputKind kind() {
    return InputKind.AUTO;
  }

  /**
   * For a SKILL.md: the text of the {@code cromus.yaml} sidecar next to it, which carries the
   * steps, cost envelope and governance. Ignored for other kinds.
   */
  Optional<String> sidecar();

  /** A SKILL.md and, when there is one, its {@code cromus.yaml} sidecar. */
  static WorkflowSource skill(String name, String skillMd, Optional<String> sidecar) {
    return builder().name(name).text(skillMd).kind(InputKind.SKILL_MD).sidecar(sidecar).build();
  }

  /** An SOP in Markdown. */
  static WorkflowSource sop(String name, String text) {
    return builder().name(name).text(text).kind(InputKind.SOP).build();
  }

  /** Any supported form, detected from the name and content. */
  static WorkflowSource of(String name, String text) {
    return builder().name(name).text(text).build();
  }

  static ImmutableWorkflowSource.Builder builder() {
    return ImmutableWorkflowSource.builder();
  }
}
