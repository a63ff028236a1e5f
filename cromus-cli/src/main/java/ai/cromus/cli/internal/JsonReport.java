package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.workflow.Step;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON contract of {@code cromus compile --format json}. Keys are written in a fixed order;
 * money is an exact decimal number. Fields are only ever added, never renamed.
 */
public final class JsonReport {
  private JsonReport() {}

  public static ObjectNode of(String path, CompileResult r) {
    ObjectNode root = Json.object();
    root.put("cromusVersion", r.cromusVersion());
    r.catalogVersion().ifPresent(v -> root.put("catalogVersion", v));
    root.put("source", path);
    ObjectNode wf = root.putObject("workflow");
    wf.put("name", r.workflow().name());
    wf.put("title", r.workflow().title());
    wf.put("format", r.workflow().format().id());
    ArrayNode steps = wf.putArray("steps");
    for (Step s : r.workflow().steps()) {
      ObjectNode n = steps.addObject();
      n.put("id", s.id());
      n.put("title", s.title());
      n.put("kind", s.kind().id());
      ArrayNode deps = n.putArray("dependsOn");
      s.dependsOn().forEach(deps::add);
      n.put("inputTokens", s.inputTokens().tokens());
      n.put("outputTokens", s.outputTokens().tokens());
      n.put("tokensEstimated", !s.inputTokens().declared() || !s.outputTokens().declared());
      s.model().ifPresent(m -> n.put("model", m));
      n.put("line", s.position().line());
    }
    ObjectNode verdict = root.putObject("verdict");
    verdict.put("status", r.verdict().status().name());
    ArrayNode reasons = verdict.putArray("reasons");
    r.verdict().reasons().forEach(reasons::add);
    root.set("diagnostics", diagnostics(r));
    ObjectNode score = root.putObject("score");
    score.put("overall", r.structuralScore().overall());
    ObjectNode dims = score.putObject("dimensions");
    for (DimensionScore d : r.structuralScore().dimensions()) {
      ObjectNode dn = dims.putObject(d.dimension().id());
      dn.put("score", d.score());
      dn.put("weight", d.weight());
      ArrayNode fs = dn.putArray("findings");
      for (ScoreFinding f : d.findings()) {
        ObjectNode fn = fs.addObject();
        fn.put("check", f.check());
        fn.put("pointsLost", f.pointsLost());
        ArrayNode st = fn.putArray("steps");
        f.steps().forEach(st::add);
        fn.put("message", f.message());
        fn.put("fix", f.fix());
      }
    }
    SimulationJson.addTo(root, r);
    return root;
  }

  public static ArrayNode diagnostics(CompileResult r) {
    ArrayNode arr = Json.mapper().createArrayNode();
    for (Diagnostic d : r.diagnostics()) {
      arr.add(diagnostic(d));
    }
    return arr;
  }

  public static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode n = Json.object();
    n.put("rule", d.rule());
    n.put("severity", d.severity().id());
    n.put("source", d.source());
    n.put("line", d.line());
    n.put("column", d.column());
    n.put("message", d.message());
    d.hint().ifPresent(h -> n.put("hint", h));
    return n;
  }
}
