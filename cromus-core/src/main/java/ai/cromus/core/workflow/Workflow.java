package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.scope.Budget;
import ai.cromus.core.simulation.CostMode;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A workflow: named steps that form a directed acyclic graph, with the volume, budget and
 * governance references its author stated. Produced by every parser and by {@link #builder()}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableWorkflow.class)
@JsonDeserialize(as = ImmutableWorkflow.class)
@API(status = STABLE, since = "0.1")
public interface Workflow {
  /** Kebab-case id of the workflow. */
  String name();

  /** The title as written (the level-1 heading of an SOP). */
  @Value.Default
  default String title() {
    return name();
  }

  Optional<String> description();

  Optional<String> owner();

  /** SemVer of the workflow, as written. */
  Optional<String> version();

  /** Runs per day, as stated. */
  OptionalLong runsPerDay();

  /** Runs per month, as stated; takes precedence over {@link #runsPerDay()}. */
  OptionalLong runsPerMonth();

  /** The default cost-quality mode. */
  Optional<CostMode> mode();

  /** Reference to an ETHOS profile, e.g. {@code ethos-the-steward-v1.0.0}. */
  Optional<String> ethos();

  Optional<MemoryScope> memory();

  @Value.Default
  default Budget budget() {
    return Budget.none();
  }

  /** Industry domain, e.g. {@code pharmaceutical}. */
  Optional<String> domain();

  /**
   * The classes of data the workflow handles ({@code data:} in the front matter), as stated; they
   * apply to every step that states none of its own.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<DataClass> data();

  /** The steps, in source order. */
  List<Step> steps();

  /** The form the workflow was written in. */
  @Value.Default
  default SourceFormat format() {
    return SourceFormat.CODE;
  }

  /** The logical name of the source, e.g. {@code sops/refund.md}. */
  @Value.Default
  default String source() {
    return "<code>";
  }

  /** Front matter keys Cromus does not interpret, kept verbatim in source order. */
  Map<String, String> extra();

  /** The step with this id. */
  default Optional<Step> step(String id) {
    return steps().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  static ImmutableWorkflow.Builder builder() {
    return ImmutableWorkflow.builder();
  }
}
