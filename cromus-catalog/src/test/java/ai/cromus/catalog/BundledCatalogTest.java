package ai.cromus.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.catalog.CatalogProvider;
import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.scope.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BundledCatalogTest {
  @Test
  void loadsWithoutAnyDiagnostic() {
    var parsed = CatalogReader.read(BundledCatalog.RESOURCE, BundledCatalog.text());
    assertThat(parsed.diagnostics()).isEmpty();
    ModelCatalog c = BundledCatalog.get();
    assertThat(c.version()).isEqualTo("2026.11");
    assertThat(c.asOf()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(c.models()).hasSizeGreaterThanOrEqualTo(62);
    assertThat(c.channels())
        .extracting(ch -> ch.id())
        .contains(
            "anthropic-api",
            "openai-api",
            "google-ai-studio",
            "xai-api",
            "deepseek-api",
            "mistral-api",
            "aws-bedrock",
            "google-vertex",
            "azure-foundry",
            "openrouter",
            "together",
            "fireworks",
            "groq",
            "deepinfra",
            "cerebras",
            "self-hosted");
  }

  @Test
  void versionAndDateAreTheParsedCatalogsWithoutParsingIt() {
    // read from the head of the file (the CLI's --version uses them): the same as a whole read
    assertThat(BundledCatalog.version()).isEqualTo(BundledCatalog.get().version());
    assertThat(BundledCatalog.asOf()).isEqualTo(BundledCatalog.get().asOf());
    assertThat(CatalogReader.read(BundledCatalog.RESOURCE, BundledCatalog.text()).value())
        .satisfies(
            c -> {
              assertThat(c.version()).isEqualTo(BundledCatalog.version());
              assertThat(c.asOf()).isEqualTo(BundledCatalog.asOf());
            });
  }

  @Test
  void theHeadIsReadFromTheFirstMembersAndNothingElseCounts() {
    java.util.function.Function<String, BundledCatalog.Header> head =
        json ->
            BundledCatalog.Header.parse(
                new java.io.ByteArrayInputStream(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    BundledCatalog.Header bundled = head.apply(BundledCatalog.text());
    assertThat(bundled.version).isEqualTo("2026.11");
    assertThat(bundled.asOf).isEqualTo(LocalDate.of(2026, 11, 25));
    // in any order, after nested members that mention the same names
    BundledCatalog.Header late =
        head.apply(
            "{\"models\": [{\"asOf\": \"1999-01-01\", \"catalogVersion\": \"x\"}],"
                + " \"asOf\": \"2027-01-31\", \"catalogVersion\": \"2027.01\"}");
    assertThat(late.version).isEqualTo("2027.01");
    assertThat(late.asOf).isEqualTo(LocalDate.of(2027, 1, 31));
    // anything the catalog reader would not accept: no head, so get() is asked instead
    assertThat(head.apply("{\"catalogVersion\": \"2026.11\"}")).isNull();
    assertThat(head.apply("{\"catalogVersion\": \" \", \"asOf\": \"2026-11-25\"}")).isNull();
    assertThat(head.apply("{\"catalogVersion\": 2026.11, \"asOf\": \"2026-11-25\"}")).isNull();
    assertThat(head.apply("{\"catalogVersion\": \"2026.11\", \"asOf\": \"25.11.2026\"}")).isNull();
    assertThat(head.apply("{\"catalogVersion\": \"2026.11\", \"asOf\": \"2026-02-30\"}")).isNull();
    assertThat(head.apply("{\"catalogVersion\": \"2026.11\", \"asOf\": \"2026-1-255\"}")).isNull();
    assertThat(head.apply("{\"catalogVersion\": \"2026.11\", \"asOf\": \"2026-11-2x\"}")).isNull();
    assertThat(BundledCatalog.Header.date("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(head.apply("[1, 2]")).isNull();
    assertThat(head.apply("{\"catalogVersion\": \"2026.11\", ")).isNull();
  }

  @Test
  void isParsedOnceAndSharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ModelCatalog>> tasks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tasks.add(BundledCatalog::get);
      }
      for (Future<ModelCatalog> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isSameAs(BundledCatalog.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void isFoundByTheServiceLoader() {
    List<CatalogProvider> providers = new ArrayList<>();
    ServiceLoader.load(CatalogProvider.class).forEach(providers::add);
    assertThat(providers).hasSize(1);
    assertThat(providers.get(0)).isInstanceOf(BundledCatalogProvider.class);
    assertThat(providers.get(0).catalog()).isSameAs(BundledCatalog.get());
  }

  @Test
  void aBrokenBundledFileFailsLoudlyWithItsDiagnostics() {
    String broken = BundledCatalog.text().replaceFirst("\"input\": 10,", "\"input\": -10,");
    assertThat(broken).isNotEqualTo(BundledCatalog.text());
    assertThatThrownBy(
            () ->
                BundledCatalog.require(CatalogReader.read("bundled.json", broken), "bundled.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("build defect")
        .hasMessageContaining("CATALOG-PRICE")
        .hasMessageContaining("claude-fable-5-1");
  }

  @Test
  void everyCompileResultRecordsTheBundledCatalogVersion() {
    CompileResult r =
        Cromus.compile(
            WorkflowSource.of("refund.md", "# Refund\n\n## Classify the ticket\n\nRead it.\n"),
            Scope.defaults());
    assertThat(r.catalogVersion()).contains("2026.11");
  }

  @Test
  void lookupsAndReadingDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      ModelCatalog turkish =
          CatalogReader.read(BundledCatalog.RESOURCE, BundledCatalog.text()).value();
      assertThat(turkish.find("GEMINI-2.5-PRO-LATEST").map(m -> m.id())).contains("gemini-2-5-pro");
      assertThat(turkish.find("CLAUDE-HAIKU-4-5-20251001").map(m -> m.id()))
          .contains("claude-haiku-4-5");
      assertThat(turkish.models()).isEqualTo(BundledCatalog.get().models());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
