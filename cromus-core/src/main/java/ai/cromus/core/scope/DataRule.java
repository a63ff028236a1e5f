package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.DataClass;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where one class of data may be sent ({@code data_rules:} in a scope file): a model offering may
 * serve a step that handles the class only when it passes every restriction given. Offerings that
 * do not are removed from the step's candidates, and a plan that uses one is an error ({@code
 * RISK-DATA-RULE}).
 *
 * <pre>{@code
 * data_rules:
 *   phi: {channels: [aws-bedrock, azure-foundry]}   # only channels with a BAA
 *   pii: {regions: [eu]}                            # only offerings that serve the EU
 *   secrets: {prompt: never}                        # never in a prompt
 * }</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDataRule.class)
@JsonDeserialize(as = ImmutableDataRule.class)
@API(status = STABLE, since = "0.1")
public interface DataRule {
  /** The class of data the rule is about. */
  DataClass dataClass();

  /** Channels the class may be sent to; empty means no restriction by channel. */
  List<String> channels();

  /** Ecosystem tiers the class may be sent to; empty means no restriction by tier. */
  List<EcosystemTier> tiers();

  /** Regions one of which the offering must serve; empty means no restriction by region. */
  List<String> regions();

  /** Selectors (as in {@code gates.deny}) of offerings the class may never be sent to. */
  List<GateSelector> deny();

  /** False when the class may never be put in a model prompt ({@code prompt: never}). */
  @Value.Default
  default boolean inPrompts() {
    return true;
  }

  /**
   * Where the rule was declared, when read from a scope file. Not part of equality, nor of JSON
   * (diagnostics carry it).
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<SourceLocation> location();

  static ImmutableDataRule.Builder builder() {
    return ImmutableDataRule.builder();
  }
}
