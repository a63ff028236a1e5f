package ai.cromus.core.simulation;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.ScopeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void print() throws Exception {
    Cromus c = Cromus.builder().catalog(BundledCatalog.get()).build();
    String sop = System.getProperty("sop", "refund-triage.md");
    String scopeFile = System.getProperty("scope", "");
    String text = Files.readString(Path.of("../examples/sops/" + sop));
    CompileResult r = scopeFile.isEmpty() ? c.compileSource(WorkflowSource.of(sop, text), ai.cromus.core.scope.Scope.defaults())
        : c.compileSource(WorkflowSource.of(sop, text), ScopeReader.read(scopeFile, Files.readString(Path.of("../examples/scopes/" + scopeFile)), BundledCatalog.get()));
    r.diagnostics().forEach(System.out::println);
    System.out.println(String.valueOf(r.verdict()));
    r.simulation().get().declared().steps().forEach(System.out::println); System.out.println(r.simulation().get().declared().perRun() + " " + r.simulation().get().declared().latencySeconds()+ " " + r.simulation().get().declared().problems());
    for (var e : r.simulation().get().modes().entrySet()) System.out.println(e.getKey() + " " + e.getValue().perRun() + " " + e.getValue().latencySeconds() + " " + e.getValue().steps().stream().map(s -> s.stepId()+"="+s.model().orElse("-")+"@"+s.channel().orElse("-")+":"+s.cost()).toList() + e.getValue().problems());
    System.out.println(String.valueOf(r.simulation().get().matrix()));
    r.croms().get().findings().forEach(System.out::println); System.out.println(r.croms().get().total() + " " + r.croms().get().dimensions()+ " " + r.croms().get().ethicsMultiplier()+ " " + r.croms().get().wasteUsdPerMonth());
    System.out.println(String.valueOf(r.simulation().get().tcwo()));
  }
}
