package ai.cromus.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.catalog.ImmutableModel;
import ai.cromus.core.catalog.ImmutableOffering;
import ai.cromus.core.catalog.ImmutablePricing;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {
  private static final ModelCatalog OLD = BundledCatalog.get();

  /**
   * A next catalog: one price cut, one model gone, one new model, one deprecation, one offering
   * withdrawn.
   */
  private static ModelCatalog next() {
    List<Model> models = new ArrayList<>();
    for (Model m : OLD.models()) {
      switch (m.id()) {
        case "gpt-4o-mini" -> {
          continue; // removed
        }
        case "gpt-5-5" -> {
          List<Offering> offerings = new ArrayList<>();
          for (Offering o : m.offerings()) {
            if (o.channel().equals("openai-api")) {
              offerings.add(
                  ImmutableOffering.copyOf(o)
                      .withPricing(
                          ImmutablePricing.copyOf(o.pricing().orElseThrow())
                              .withInput(new BigDecimal("4.00"))
                              .withCacheRead(Optional.empty())));
            } else if (!o.channel().equals("openrouter")) { // openrouter: withdrawn
              offerings.add(o);
            }
          }
          models.add(ImmutableModel.copyOf(m).withOfferings(offerings));
        }
        case "claude-sonnet-4-5" ->
            models.add(
                ImmutableModel.copyOf(m)
                    .withStatus(ModelStatus.DEPRECATED)
                    .withSuccessor("claude-sonnet-4-6"));
        default -> models.add(m);
      }
    }
    models.add(
        ImmutableModel.copyOf(OLD.find("gpt-5-5").orElseThrow())
            .withId("gpt-5-6")
            .withDisplayName("GPT-5.6")
            .withAliases(List.of()));
    return ModelCatalog.of(
        "2026.12", LocalDate.of(2026, 12, 20), OLD.vendors(), OLD.channels(), models);
  }

  @Test
  void findsEveryKindOfChange() {
    CatalogDiff d = CatalogDiff.between(OLD, next());
    assertThat(d.addedModels()).containsExactly("gpt-5-6");
    assertThat(d.removedModels()).containsExactly("gpt-4o-mini");
    assertThat(d.removedOfferings()).containsExactly(OfferingRef.of("gpt-5-5", "openrouter"));
    assertThat(d.addedOfferings()).isEmpty();
    assertThat(d.statusChanges()).hasSize(1);
    assertThat(d.priceChanges())
        .extracting(PriceChange::field)
        .containsExactly("input", "cacheRead");
    PriceChange input = d.priceChanges().get(0);
    assertThat(input.oldValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
    assertThat(input.percent()).contains(new BigDecimal("-20.0"));
  }

  @Test
  void rendersAChangelogSection() {
    String md = CatalogDiff.between(OLD, next()).toMarkdown();
    BigDecimal oldCache =
        OLD.offering("gpt-5-5", "openai-api")
            .orElseThrow()
            .pricing()
            .orElseThrow()
            .cacheRead()
            .orElseThrow();
    assertThat(md)
        .isEqualTo(
            String.join(
                "\n",
                "### Model catalog 2026.11 → 2026.12 (as of 2026-12-20)",
                "",
                "- Added models: `gpt-5-6`",
                "- Removed models: `gpt-4o-mini`",
                "- Status of `claude-sonnet-4-5`: active → deprecated (successor `claude-sonnet-4-6`)",
                "- Withdrawn offerings: `gpt-5-5` on `openrouter`",
                "- Price changes (USD per million tokens):",
                "  - `gpt-5-5` on `openai-api`: input 5 → 4.00 (-20.0 %), cacheRead "
                    + oldCache.toPlainString()
                    + " → none",
                ""));
    assertThat(CatalogDiff.between(OLD, next()).toText())
        .startsWith("Model catalog 2026.11 → 2026.12")
        .doesNotContain("`");
  }

  @Test
  void aCatalogComparedWithItselfHasNoChanges() {
    CatalogDiff d = CatalogDiff.between(OLD, OLD);
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.toText())
        .isEqualTo("Model catalog 2026.11 → 2026.11 (as of 2026-11-25)\n- No changes.\n");
  }
}
