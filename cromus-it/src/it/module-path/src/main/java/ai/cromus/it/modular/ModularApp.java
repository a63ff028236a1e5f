package ai.cromus.it.modular;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.export.n8n.N8nExporter;
import ai.cromus.report.HtmlReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Compiles an SOP under a scope, exports it, renders its report and round-trips its JSON. */
public final class ModularApp {
  private ModularApp() {}

  /** What the application made, by name. */
  public static Map<String, String> run(String sop, String scopeYaml) {
    Cromus cromus = Cromus.defaultEngine();
    Parsed<Scope> scope =
        ScopeReader.read("acme-support.yaml", scopeYaml, cromus.catalog().orElseThrow());
    CompileResult result = cromus.compileSource(WorkflowSource.sop("refund-triage.md", sop), scope);
    Map<String, String> out = new LinkedHashMap<>();
    out.put("catalog", BundledCatalog.version());
    out.put("verdict", result.verdict().status().toString());
    out.put(
        "exporters",
        cromus.exporters().stream().map(Exporter::id).sorted().collect(Collectors.joining(",")));
    ExportBundle n8n = Cromus.builder().exporter(new N8nExporter()).build().export(result, "n8n");
    out.put("n8n-files", Integer.toString(n8n.files().size()));
    out.put("html", HtmlReport.render(result));
    String workflow = CromusJson.write(result.workflow());
    Workflow back = CromusJson.read(workflow, Workflow.class);
    out.put("json-round-trip", Boolean.toString(back.equals(result.workflow())));
    out.put("result-json", CromusJson.write(result));
    return out;
  }

  /** Prints the verdict of the SOP and scope files named on the command line. */
  public static void main(String[] args) throws java.io.IOException {
    Map<String, String> out =
        run(
            java.nio.file.Files.readString(java.nio.file.Path.of(args[0])),
            java.nio.file.Files.readString(java.nio.file.Path.of(args[1])));
    System.out.println(out.get("verdict"));
  }
}
