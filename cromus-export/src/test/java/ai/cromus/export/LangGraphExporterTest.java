package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * langgraph.json against the LangGraph CLI config schema and the CLI's own rules; the graph module
 * parsed by python3 and its graph checked the way compile() would, plus reachability.
 */
class LangGraphExporterTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Iterable<String> cases() {
    return Cases.names();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void configMatchesTheCliSchemaAndRules(String name) throws Exception {
    SchemaCheck schema =
        SchemaCheck.of("langgraph-config.schema.json", SpecificationVersion.DRAFT_2020_12);
    ExportBundle bundle = Cases.export("langgraph", name);
    String json = bundle.file("langgraph.json").orElseThrow().text();
    assertThat(schema.errors(json)).isEmpty();
    JsonNode config = MAPPER.readTree(json);
    assertThat(config.get("dependencies").size()).isPositive();
    config
        .get("graphs")
        .properties()
        .forEach(
            e -> {
              String path = e.getValue().asText();
              assertThat(path).contains(":");
              String file = path.substring(2, path.indexOf(':'));
              assertThat(bundle.file(file)).as(file).isPresent();
            });
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    SchemaCheck schema =
        SchemaCheck.of("langgraph-config.schema.json", SpecificationVersion.DRAFT_2020_12);
    assertThat(schema.errors("{\"graphs\": {\"g\": \"./g.py:graph\"}}")).isNotEmpty();
    assertThat(
            schema.errors(
                "{\"dependencies\": [\".\"], \"graphs\": {}, \"python_version\": \"2.7\"}"))
        .isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void graphCompilesStructurally(String name) throws Exception {
    assumeTrue(Python.available(), "python3 is not on the PATH");
    ExportBundle bundle = Cases.export("langgraph", name);
    String path =
        MAPPER
            .readTree(bundle.file("langgraph.json").orElseThrow().text())
            .get("graphs")
            .elements()
            .next()
            .asText();
    String source = bundle.file(path.substring(2, path.indexOf(':'))).orElseThrow().text();
    JsonNode module = Python.inspect(source);
    checkGraph(module, Cases.result(name).workflow());
  }

  /** The rules of StateGraph.compile() plus the ones it does not check (every node reaches END). */
  static void checkGraph(JsonNode module, Workflow w) {
    JsonNode steps = module.get("assigns").get("STEPS");
    Set<String> nodes = new HashSet<>();
    for (Step s : w.steps()) {
      JsonNode entry = steps.get(s.id());
      assertThat(entry).as("STEPS[" + s.id() + "]").isNotNull();
      assertThat(entry.get("title").asText()).isEqualTo(s.title());
      String node = entry.get("node").asText();
      assertThat(node).matches("[a-z_][a-z0-9_]*").isNotIn("__start__", "__end__");
      assertThat(nodes.add(node)).as("unique node " + node).isTrue();
    }
    Map<String, List<String>> next = new HashMap<>();
    boolean fromStart = false;
    for (JsonNode call : module.get("calls")) {
      String fn = call.get(0).asText();
      if (fn.equals("add_edge")) {
        List<String> from = new ArrayList<>();
        if (call.get(1).isArray()) {
          call.get(1).forEach(x -> from.add(x.asText()));
        } else {
          from.add(end(call.get(1)));
        }
        String to = end(call.get(2));
        for (String f : from) {
          assertThat(f.equals("__start__") || nodes.contains(f)).as("edge from " + f).isTrue();
          next.computeIfAbsent(f, k -> new ArrayList<>()).add(to);
          fromStart |= f.equals("__start__");
        }
        assertThat(to.equals("__end__") || nodes.contains(to)).as("edge to " + to).isTrue();
      } else if (fn.equals("add_conditional_edges")) {
        String from = call.get(1).asText();
        assertThat(nodes).contains(from);
        for (JsonNode pair : call.get(3).get("dict")) {
          String to = end(pair.get(1));
          assertThat(to.equals("__end__") || nodes.contains(to)).as("branch to " + to).isTrue();
          next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        }
      }
    }
    assertThat(fromStart).as("an edge from START").isTrue();
    Set<String> reached = reach("__start__", next);
    assertThat(reached).containsAll(nodes);
    for (String n : nodes) {
      assertThat(reach(n, next)).as(n + " reaches END").contains("__end__");
    }
  }

  private static String end(JsonNode n) {
    if (n.isObject() && n.has("name")) {
      return switch (n.get("name").asText()) {
        case "START" -> "__start__";
        case "END" -> "__end__";
        default -> "?" + n.get("name").asText();
      };
    }
    return n.asText();
  }

  private static Set<String> reach(String from, Map<String, List<String>> next) {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> pending = new ArrayDeque<>(List.of(from));
    while (!pending.isEmpty()) {
      String n = pending.pop();
      if (seen.add(n)) {
        pending.addAll(next.getOrDefault(n, List.of()));
      }
    }
    return seen;
  }
}
