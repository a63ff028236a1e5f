package ai.cromus.langchain4j.internal;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.FrameworkRule;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.langchain4j.AgentSizes;
import ai.cromus.langchain4j.ImmutableAgentSizes;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a sizes file: a YAML mapping from agent name to {@code input} and {@code output} token
 * counts. SnakeYAML's node API keeps each entry's line, so every diagnostic points at it. Safety
 * limits: 1 MiB of text, no aliases, nesting of 10.
 */
public final class SizesFile {
  private static final int MAX_CODE_POINTS = 1 << 20;

  private SizesFile() {}

  /** The sizes the file states, and a diagnostic for every entry or key left out. */
  public static Parsed<Map<String, AgentSizes>> read(String source, String yaml) {
    Map<String, AgentSizes> sizes = new LinkedHashMap<>();
    List<Diagnostic> diags = new ArrayList<>();
    if (yaml.isBlank()) {
      return Parsed.of(sizes, diags);
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMaxAliasesForCollections(0);
    options.setAllowDuplicateKeys(true);
    options.setNestingDepthLimit(10);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      diags.add(error(source, m, "The sizes file does not parse: " + firstLine(e.getProblem())));
      return Parsed.of(sizes, diags);
    } catch (YAMLException e) {
      diags.add(error(source, null, "The sizes file does not parse: " + firstLine(e.getMessage())));
      return Parsed.of(sizes, diags);
    }
    if (root == null) {
      return Parsed.of(sizes, diags);
    }
    if (!(root instanceof MappingNode mappingNode)) {
      diags.add(
          error(
              source,
              root.getStartMark(),
              "The sizes file is not a mapping from agent name to sizes; nothing is read.",
              "Write one entry per agent, e.g. 'writer: {input: 1200, output: 900}'."));
      return Parsed.of(sizes, diags);
    }
    for (NodeTuple t : mappingNode.getValue()) {
      entry(source, t, sizes, diags);
    }
    return Parsed.of(sizes, diags);
  }

  /** Reads one entry (an agent and its sizes) into {@code sizes}, or says why it is left out. */
  private static void entry(
      String source, NodeTuple t, Map<String, AgentSizes> sizes, List<Diagnostic> diags) {
    Node key = t.getKeyNode();
    if (!(key instanceof ScalarNode scalarNode) || scalarNode.getValue().isBlank()) {
      diags.add(error(source, key.getStartMark(), "An entry's key is not an agent name."));
      return;
    }
    String agent = scalarNode.getValue().trim();
    Node value = t.getValueNode();
    if (!(value instanceof MappingNode)) {
      diags.add(
          error(
              source,
              value.getStartMark(),
              "The sizes of agent '" + agent + "' are not a mapping; the entry is ignored.",
              "Write '" + agent + ": {input: 1200, output: 900}'."));
      return;
    }
    Optional<AgentSizes> read = fields(source, agent, value, diags);
    if (read.isEmpty()) {
      return;
    }
    if (sizes.put(agent, read.get()) != null) {
      diags.add(
          error(
              source,
              key.getStartMark(),
              "Agent '" + agent + "' is given twice; the later entry is used."));
    }
  }

  /**
   * The input and output of an agent's entry; empty when a key or value is bad or both are missing
   * (the entry is then ignored, the diagnostic recorded).
   */
  private static Optional<AgentSizes> fields(
      String source, String agent, Node value, List<Diagnostic> diags) {
    ImmutableAgentSizes.Builder b = AgentSizes.builder();
    boolean any = false;
    boolean bad = false;
    for (NodeTuple f : ((MappingNode) value).getValue()) {
      String field =
          f.getKeyNode() instanceof ScalarNode ? ((ScalarNode) f.getKeyNode()).getValue() : "";
      Node v = f.getValueNode();
      if (!field.equals("input") && !field.equals("output")) {
        diags.add(
            error(
                source,
                f.getKeyNode().getStartMark(),
                "Agent '"
                    + agent
                    + "' has the key '"
                    + field
                    + "'; only input and output are"
                    + " read, so the entry is ignored.",
                "Use 'input' and 'output' (tokens of one call)."));
        bad = true;
        continue;
      }
      Long tokens = tokens(v);
      if (tokens == null) {
        diags.add(
            error(
                source,
                v.getStartMark(),
                "The "
                    + field
                    + " size of agent '"
                    + agent
                    + "' is not a whole number of tokens from 0 to 100000000; the entry is"
                    + " ignored."));
        bad = true;
        continue;
      }
      if (field.equals("input")) {
        b.inputTokens(tokens);
      } else {
        b.outputTokens(tokens);
      }
      any = true;
    }
    if (bad) {
      return Optional.empty();
    }
    if (!any) {
      diags.add(
          error(
              source,
              value.getStartMark(),
              "Agent '" + agent + "' states neither input nor output; the entry is ignored."));
      return Optional.empty();
    }
    return Optional.of(b.build());
  }

  private static Long tokens(Node v) {
    if (!(v instanceof ScalarNode scalarNode)) {
      return null;
    }
    String s = scalarNode.getValue().trim().replace("_", "");
    if (!s.matches("[0-9]{1,9}")) {
      return null;
    }
    long n = Long.parseLong(s);
    return n <= 100_000_000L ? n : null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  private static Diagnostic error(String source, Mark m, String message) {
    return Diagnostic.of(FrameworkRule.SIZES_FILE, at(source, m), message);
  }

  private static Diagnostic error(String source, Mark m, String message, String hint) {
    return Diagnostic.of(FrameworkRule.SIZES_FILE, at(source, m), message, hint);
  }

  private static SourceLocation at(String source, Mark m) {
    return m == null
        ? SourceLocation.start(source)
        : SourceLocation.of(source, m.getLine() + 1, m.getColumn() + 1);
  }
}
