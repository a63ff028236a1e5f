package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.ImmutableCapabilities;
import ai.cromus.core.catalog.QualityIndex;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** The quality index and the capabilities of a catalog model. */
final class ModelParts {
  private static final Set<String> QUALITY = Set.of("index", "source");
  private static final Set<String> CAPABILITIES =
      Set.of("toolCalling", "structuredOutput", "vision", "promptCaching", "reasoning");

  private ModelParts() {}

  static Optional<QualityIndex> quality(Fields.Diagnostics out, Fields model) {
    Optional<JsonNode> q = model.object("quality", false);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    Fields f = new Fields(out, q.get(), model.child("quality"), model.label + ", quality", QUALITY);
    Optional<BigDecimal> index = f.number("index", true);
    Optional<String> source = f.string("source", true);
    if (index.isPresent()
        && (index.get().signum() < 0 || index.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
      f.wrong("index", true, "must be between 0 and 100, not " + index.get().toPlainString());
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    return Optional.of(QualityIndex.builder().index(index.get()).source(source.get()).build());
  }

  static Optional<Capabilities> capabilities(Fields.Diagnostics out, Fields model) {
    Optional<JsonNode> c = model.object("capabilities", true);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Fields f =
        new Fields(
            out,
            c.get(),
            model.child("capabilities"),
            model.label + ", capabilities",
            CAPABILITIES);
    ImmutableCapabilities.Builder b = Capabilities.builder();
    f.enumValue("toolCalling", Support.class, false).ifPresent(b::toolCalling);
    f.enumValue("structuredOutput", Support.class, false).ifPresent(b::structuredOutput);
    f.enumValue("vision", Support.class, false).ifPresent(b::vision);
    f.enumValue("promptCaching", Support.class, false).ifPresent(b::promptCaching);
    f.enumValue("reasoning", ReasoningSupport.class, false).ifPresent(b::reasoning);
    return Optional.of(b.build());
  }
}
