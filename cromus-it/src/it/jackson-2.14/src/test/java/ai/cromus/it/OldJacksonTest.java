package ai.cromus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.spec.SpecValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Jackson 2.14 on the class path: every way into Cromus says what it needs. */
class OldJacksonTest {
  @Test
  void runsOnTheOldJackson() {
    assertEquals("2.14.1", com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
  }

  @Test
  void everyEntryPointNamesTheMinimum() {
    WorkflowSource sop = WorkflowSource.sop("refund.md", "# Refund\n\n1. Classify the request\n");
    namesTheMinimum(() -> Cromus.compile(sop, Scope.defaults()));
    // the second call says the same, not "NoClassDefFoundError: Could not initialize class"
    namesTheMinimum(() -> Cromus.compile(sop, Scope.defaults()));
    namesTheMinimum(Cromus::defaultEngine);
    namesTheMinimum(() -> Cromus.builder().build());
    namesTheMinimum(BundledCatalog::get);
    namesTheMinimum(() -> CatalogReader.read("catalog.json", "{}"));
    namesTheMinimum(() -> ScopeReader.read("scope.yaml", "workspace: acme\n"));
    namesTheMinimum(SpecValidator::create);
    namesTheMinimum(() -> CromusJson.write(Scope.defaults()));
    namesTheMinimum(() -> CromusJson.read("{}", Scope.class));
  }

  private static void namesTheMinimum(Executable call) {
    IllegalStateException e = assertThrows(IllegalStateException.class, call);
    String m = e.getMessage();
    assertTrue(m.startsWith("Cromus needs Jackson 2.15 or later"), m);
    assertTrue(m.contains("jackson-core 2.14.1 ("), m);
    assertTrue(m.contains("jackson-databind 2.14.1 ("), m);
    assertTrue(m.contains("jackson-bom 2.15.0 or later"), m);
  }
}
