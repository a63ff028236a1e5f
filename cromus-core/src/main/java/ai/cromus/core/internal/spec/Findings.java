package ai.cromus.core.internal.spec;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file. */
public final class Findings {
  private final String source;
  private final List<Diagnostic> list = new ArrayList<>();

  public Findings(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  /** Adds a diagnostic at a line and column (clamped to 1). */
  public void add(Rule rule, int line, int column, String message, String hint) {
    SourceLocation at = SourceLocation.of(source, Math.max(1, line), Math.max(1, column));
    list.add(
        hint == null ? Diagnostic.of(rule, at, message) : Diagnostic.of(rule, at, message, hint));
  }

  /** Adds a diagnostic at a node. */
  public void add(Rule rule, YamlNode at, String message, String hint) {
    add(rule, at.line(), at.column(), message, hint);
  }

  /** Adds a diagnostic with a severity other than the rule's default. */
  public void add(Rule rule, Severity severity, int line, int column, String message, String hint) {
    Diagnostic d =
        Diagnostic.builder()
            .rule(rule.id())
            .severity(severity)
            .source(source)
            .line(Math.max(1, line))
            .column(Math.max(1, column))
            .message(message)
            .build();
    list.add(hint == null ? d : Diagnostic.builder().from(d).hint(hint).build());
  }

  public void addAll(List<Diagnostic> more) {
    list.addAll(more);
  }

  /** The diagnostics so far, in {@link Diagnostic#ORDER}. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(list);
    out.sort(Diagnostic.ORDER);
    return out;
  }

  public int count(Severity s) {
    return (int) list.stream().filter(d -> d.severity() == s).count();
  }

  public boolean has(Rule rule) {
    return list.stream().anyMatch(d -> d.rule().equals(rule.id()));
  }
}
