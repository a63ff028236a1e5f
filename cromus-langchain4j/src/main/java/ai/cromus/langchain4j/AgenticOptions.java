package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.langchain4j.internal.SizesFile;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How an agentic system is read: sizes a team states per agent name, and the workflow's name.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * AgenticOptions options = CromusAgentic.sizes(Map.of("writer", AgentSizes.of(1_200, 900)));
 * AgenticOptions fromFile = AgenticOptions.fromSizesFile("cromus-sizes.yaml", Files.readString(path));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgenticOptions.class)
@JsonDeserialize(as = ImmutableAgenticOptions.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface AgenticOptions {
  /** Sizes per agent name ({@code @Agent(name)}, or the method name); they replace estimates. */
  Map<String, AgentSizes> sizes();

  /** The workflow's kebab-case name; the root agent's name, made kebab-case, when empty. */
  Optional<String> workflowName();

  /**
   * What was found while these options were read (a sizes file's syntax and value errors); the
   * reader adds them to the workflow's diagnostics, so nothing written is dropped unsaid.
   */
  List<Diagnostic> diagnostics();

  /** No sizes stated, the root agent's name. */
  static AgenticOptions defaults() {
    return builder().build();
  }

  /**
   * Options whose sizes come from a YAML file: one mapping per agent name with {@code input} and
   * {@code output} token counts of one call, for example
   *
   * <pre>
   * writer: {input: 1200, output: 900}
   * editor:
   *   input: 2100
   * </pre>
   *
   * Entries that cannot be read are left out with a {@code AGENTIC-SIZES-FILE} diagnostic at their
   * line; the file never throws.
   *
   * @param source the file's logical name, used in diagnostics
   * @param yaml the file's text
   */
  static AgenticOptions fromSizesFile(String source, String yaml) {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(yaml, "yaml must not be null");
    Parsed<Map<String, AgentSizes>> read = SizesFile.read(source, yaml);
    return builder().sizes(read.value()).diagnostics(read.diagnostics()).build();
  }

  static ImmutableAgenticOptions.Builder builder() {
    return ImmutableAgenticOptions.builder();
  }
}
