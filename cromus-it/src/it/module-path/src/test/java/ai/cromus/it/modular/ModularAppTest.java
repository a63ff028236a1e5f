package ai.cromus.it.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.Cromus;
import ai.cromus.export.BundleWriter;
import ai.cromus.report.HtmlReport;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Cromus as named modules: the jars' descriptors hold, and the application works. */
class ModularAppTest {
  static final List<String> MODULES =
      List.of("ai.cromus.core", "ai.cromus.catalog", "ai.cromus.export", "ai.cromus.report");

  @Test
  void theApplicationAndCromusRunAsNamedModules() {
    assertEquals("ai.cromus.it.modular", ModularApp.class.getModule().getName());
    assertEquals("ai.cromus.core", Cromus.class.getModule().getName());
    assertEquals("ai.cromus.catalog", BundledCatalog.class.getModule().getName());
    assertEquals("ai.cromus.export", BundleWriter.class.getModule().getName());
    assertEquals("ai.cromus.report", HtmlReport.class.getModule().getName());
    for (String name : MODULES) {
      Module m = ModuleLayer.boot().findModule(name).orElseThrow(() -> new AssertionError(name));
      ModuleDescriptor d = m.getDescriptor();
      assertFalse(d.isAutomatic(), name + " has a module-info");
      Set<String> exported =
          d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      assertFalse(exported.isEmpty(), name + " exports its API");
      assertTrue(
          exported.stream().noneMatch(p -> p.contains(".internal")),
          () -> name + " exports " + exported);
      assertTrue(
          d.packages().stream()
              .filter(p -> p.contains(".internal"))
              .noneMatch(p -> m.isExported(p, ModularApp.class.getModule())),
          name + " hides its internal packages");
    }
  }

  @Test
  void compilesExportsReportsAndReadsJsonOnTheModulePath() throws IOException {
    Path examples = Path.of(System.getProperty("examples"));
    Map<String, String> out =
        ModularApp.run(
            Files.readString(examples.resolve("sops/refund-triage.md"), StandardCharsets.UTF_8),
            Files.readString(examples.resolve("scopes/acme-support.yaml"), StandardCharsets.UTF_8));
    // the catalog and the eight exporters are found by the module system's service binding
    assertEquals(BundledCatalog.version(), out.get("catalog"));
    assertEquals(
        "autogen,claude-managed-agent,crewai,gemini-interactions,langgraph,mcp,n8n,specs",
        out.get("exporters"));
    assertFalse(out.get("n8n-files").equals("0"), "n8n wrote files");
    assertTrue(out.get("html").startsWith("<!DOCTYPE html>"), "the HTML report renders");
    assertEquals("true", out.get("json-round-trip"), "Jackson reads the value types back");
    assertTrue(out.get("result-json").contains("\"verdict\""), out.get("result-json"));
    assertFalse(out.get("verdict").isEmpty());
  }
}
