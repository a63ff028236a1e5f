package ai.cromus.core.export;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.simulation.CostMode;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Options of one export: which plan to deploy, overrides and names. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableExportOptions.class)
@JsonDeserialize(as = ImmutableExportOptions.class)
@API(status = STABLE, since = "0.1")
public interface ExportOptions {
  /** The mode whose plan is deployed; empty for the declared plan. */
  Optional<CostMode> mode();

  /** Model overrides by step id (a catalog id, alias or the target's native id). */
  Map<String, String> modelOverrides();

  /** Channel to use instead of the plan's. */
  Optional<String> channel();

  /** Name of the exported agent or graph; default: the workflow name. */
  Optional<String> name();

  /**
   * The catalog that maps catalog model ids to each channel's native id. {@code Cromus.export}
   * fills in the engine's catalog when this is empty; without any catalog, model ids are exported
   * as written and reported with {@code EXPORT-UNKNOWN-MODEL}. Not serialized.
   */
  @JsonIgnore
  Optional<ModelCatalog> catalog();

  /** Default options: the declared plan, no overrides. */
  static ExportOptions defaults() {
    return builder().build();
  }

  static ImmutableExportOptions.Builder builder() {
    return ImmutableExportOptions.builder();
  }
}
