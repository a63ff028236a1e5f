package ai.cromus.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What an {@link HtmlReport} needs beyond the compile result: the texts the diagnostics point into
 * (for the source excerpt under each), and the name of the scope file to show. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * HtmlReportOptions o = HtmlReportOptions.builder()
 *     .putSources("sops/refund.md", sopText)       // the name the source was compiled under
 *     .scopeFile("cromus.scope.yaml")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHtmlReportOptions.class)
@JsonDeserialize(as = ImmutableHtmlReportOptions.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface HtmlReportOptions {
  /** Largest number of context lines around a diagnostic's line. */
  int MAX_EXCERPT_LINES = 10;

  /**
   * Texts by logical name, the {@code source} of the diagnostics (the name a workflow or scope was
   * read under). A diagnostic whose source is here is shown with an excerpt of it; others are shown
   * without.
   */
  Map<String, String> sources();

  /**
   * The scope file's name, shown in the header; empty: the result's scope is described as "the
   * defaults" or "built in code".
   */
  Optional<String> scopeFile();

  /**
   * Lines of context shown before and after a diagnostic's line, 0 to {@value #MAX_EXCERPT_LINES}.
   */
  @Value.Default
  default int excerptLines() {
    return 1;
  }

  @Value.Check
  default void check() {
    if (excerptLines() < 0 || excerptLines() > MAX_EXCERPT_LINES) {
      throw new IllegalStateException(
          "excerptLines must be 0 to " + MAX_EXCERPT_LINES + ": " + excerptLines());
    }
  }

  /** No source texts, no scope file name. */
  static HtmlReportOptions defaults() {
    return builder().build();
  }

  /** Options with one source text, e.g. the workflow's, under the name it was compiled under. */
  static HtmlReportOptions withSource(String name, String text) {
    return builder().putSources(name, text).build();
  }

  static ImmutableHtmlReportOptions.Builder builder() {
    return ImmutableHtmlReportOptions.builder();
  }
}
