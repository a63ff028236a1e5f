package ai.cromus.cli;

import ai.cromus.core.Cromus;
import ai.cromus.tokens.OpenAiTokenCounter;

/**
 * {@code compile --exact-tokens}: the default engine with jtokkit's counter. A class of its own so
 * that a command line without the flag never loads cromus-tokens or jtokkit (their vocabularies
 * cost more than the compile, docs/simulation.md §7).
 */
final class ExactTokens {
  private ExactTokens() {}

  /**
   * {@code base}'s catalog, limits, date and exporters, counting with {@link OpenAiTokenCounter}.
   */
  static Cromus engine(Cromus base) {
    Cromus.Builder b =
        Cromus.builder().limits(base.limits()).tokenCounter(new OpenAiTokenCounter());
    base.catalog().ifPresent(b::catalog);
    base.asOf().ifPresent(b::asOf);
    base.exporters().forEach(b::exporter);
    return b.build();
  }
}
