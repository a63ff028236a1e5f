package ai.cromus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.workflow.Parsed;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the catalog reader and of lookups: no exception escapes, every diagnostic is a
 * catalogued CATALOG-* rule pointing inside the input, and a lookup either finds a model or
 * suggests real ids. A normal test run replays the seed corpus under {@code
 * src/test/resources/ai/cromus/core/catalog/CatalogFuzzTestInputs}.
 */
class CatalogFuzzTest {
  private static final ModelCatalog FIXTURE =
      CatalogReader.read("fixture.json", CatalogFixture.VALID).value();

  @FuzzTest(maxDuration = "30s")
  void reader(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Parsed<ModelCatalog> p = CatalogReader.read("fuzz.json", text);
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Diagnostic d : p.diagnostics()) {
      assertThat(d.rule()).startsWith("CATALOG-");
      assertThat(RuleCatalog.find(d.rule())).isPresent();
      assertThat(d.line()).as(d.toString()).isBetween(1, (int) lines + 1);
    }
    for (Model m : p.value().models()) {
      assertThat(p.value().find(m.id())).contains(m);
    }
    ModelCatalog overlaid = CatalogReader.readOverlay("fuzz.json", text, FIXTURE).value();
    assertThat(overlaid.models()).isNotNull();
  }

  @FuzzTest(maxDuration = "30s")
  void lookup(byte[] input) {
    String name = new String(input, StandardCharsets.UTF_8);
    ModelLookup l = FIXTURE.lookup(name);
    assertThat(l.query()).isEqualTo(name);
    assertThat(l.nearest()).hasSizeLessThanOrEqualTo(5);
    if (l.found()) {
      assertThat(l.nearest()).isEmpty();
    }
    for (String id : l.nearest()) {
      assertThat(FIXTURE.models()).anyMatch(m -> m.id().equals(id));
    }
  }
}
