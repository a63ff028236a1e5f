package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.export.internal.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Feeds a hostile title (as the workflow title and the first step's title) through every exporter,
 * parses each file back with a real parser (Jackson JSON and YAML, python3's ast) and asserts the
 * title comes back verbatim as data. {@link #TITLES} and {@link #random} are public: the HTML
 * report's tests (cromus-report) use the same cases through this module's test jar.
 */
public final class HostileText {
  static final ObjectMapper JSON = new ObjectMapper();
  static final YAMLMapper YAML = new YAMLMapper();

  /** Titles that break a writer that does not quote, escape or clean. */
  public static final List<String> TITLES =
      List.of(
          "Say \"hi\" and 'bye'",
          "line one\nline two\r\nline three\ttab",
          "\"\"\" + __import__('os').system('x') + \"\"\"",
          "''' ) ; import os #",
          "{{ $env.SECRET }} and {store} and {{ customer }}",
          "${HOME} $(whoami) `id`",
          "- item: [a, b] & *alias !tag | > % @ ` #comment",
          "key: value\n- list\n---\n...",
          "</script><script>alert(1)</script>",
          "=1+1 starts like an n8n expression",
          "\\ backslash \\n not a newline \\\\",
          "nul \u0000 bell \u0007 del \u007f",
          "unicode \u2028 line sep \u2029 para \u00e9 \u4e2d \ud83d\ude00",
          "lone \ud800 surrogate",
          "   ",
          "",
          "CON",
          "../../etc/passwd",
          "if",
          "__start__");

  private HostileText() {}

  /** A seeded random hostile title. */
  public static String random(Random rnd) {
    String pieces = "\"'`\\{}$=:-#&*!|>%@[],\n\r\t\u0000\u2028<>/ .aZ9_";
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(40);
    for (int i = 0; i < n; i++) {
      int k = rnd.nextInt(10);
      if (k < 7) {
        b.append(pieces.charAt(rnd.nextInt(pieces.length())));
      } else if (k < 9) {
        b.append(
            List.of("\"\"\"", "{{", "}}", "${", "</script>", "---", "'''", "\\u0041")
                .get(rnd.nextInt(8)));
      } else {
        b.appendCodePoint(rnd.nextInt(0x10FFFF));
      }
    }
    return b.toString();
  }

  /** The refund-triage workflow with {@code title} as its title and its first step's title. */
  public static Workflow workflow(String title) {
    Workflow base = Fixtures.refundTriage(title);
    List<Step> steps = new ArrayList<>(base.steps());
    steps.set(0, ImmutableStep.copyOf(steps.get(0)).withTitle(title).withInstructions(title));
    return ImmutableWorkflow.copyOf(base).withSteps(steps);
  }

  /** Python sources to parse, each with the check of its inspection. */
  static final class PythonBatch {
    final List<String> sources = new ArrayList<>();
    final List<java.util.function.Consumer<JsonNode>> checks = new ArrayList<>();

    void add(String source, java.util.function.Consumer<JsonNode> check) {
      sources.add(source);
      checks.add(check);
    }

    /** Runs python3 once over every source; does nothing when python3 is missing. */
    void run() throws Exception {
      if (sources.isEmpty() || !Python.available()) {
        return;
      }
      List<JsonNode> modules = Python.inspectAll(sources);
      for (int i = 0; i < modules.size(); i++) {
        checks.get(i).accept(modules.get(i));
      }
    }
  }

  /** Exports with every exporter and checks each file parses and carries the title verbatim. */
  static void check(String title) throws Exception {
    PythonBatch batch = new PythonBatch();
    check(title, batch);
    batch.run();
  }

  /**
   * As {@link #check(String)}, with the Python checks added to {@code batch} (or skipped when
   * null).
   */
  static void check(String title, PythonBatch batch) throws Exception {
    CompileResult r = Fixtures.compiled(workflow(title));
    String clean = Text.clean(title);
    String name = clean.strip().isEmpty() ? "refund-triage" : clean.strip();
    for (Exporter e : Cases.exporters()) {
      ExportBundle b = e.export(r, ExportOptions.defaults());
      String where = e.id() + " with title " + JSON.writeValueAsString(clean);
      assertThat(b.files()).as(where).isNotEmpty();
      for (ExportedFile f : b.files()) {
        assertThat(ai.cromus.export.BundlePath.isSafe(f.path()))
            .as(where + " " + f.path())
            .isTrue();
        if (f.path().endsWith(".json")) {
          JSON.readTree(f.text());
        } else if (f.path().endsWith(".yaml")) {
          YAML.readTree(f.text());
        }
      }
      switch (e.id()) {
        case "claude-managed-agent" -> {
          JsonNode body = JSON.readTree(b.file("agent.json").orElseThrow().text());
          assertThat(body.get("system").asText())
              .as(where)
              .contains("# " + name + "\n")
              .contains("## Step 1: " + clean + " (llm)\n" + (clean.isEmpty() ? "" : clean + "\n"));
          ClaudeManagedAgentExporterTest.serverRules(body);
        }
        case "gemini-interactions" -> {
          JsonNode t = JSON.readTree(b.file("steps-template.json").orElseThrow().text());
          assertThat(t.get("title").asText()).as(where).isEqualTo(name);
          assertThat(t.get("steps").get(1).get("title").asText()).as(where).isEqualTo(clean);
        }
        case "mcp" ->
            assertThat(
                    JSON.readTree(b.file("tools.json").orElseThrow().text())
                        .get("tools")
                        .get(0)
                        .get("description")
                        .asText())
                .as(where)
                .contains("of the workflow '" + name + "'");
        case "n8n" -> {
          JsonNode wf = JSON.readTree(b.file("workflow.json").orElseThrow().text());
          assertThat(wf.get("name").asText()).as(where).isEqualTo(name);
          assertThat(
                  wf.get("nodes")
                      .get(1)
                      .get("parameters")
                      .get("options")
                      .get("systemMessage")
                      .asText())
              .as(where)
              .startsWith("Step: " + clean + "\n\n" + clean);
          N8nExporterTest.check(wf);
        }
        case "autogen" -> {
          JsonNode team = JSON.readTree(b.file("team.json").orElseThrow().text());
          assertThat(team.get("label").asText()).as(where).isEqualTo(name);
          assertThat(
                  team.get("config")
                      .get("participants")
                      .get(0)
                      .get("config")
                      .get("description")
                      .asText())
              .as(where)
              .isEqualTo(clean);
        }
        case "crewai" -> {
          String agents =
              b.files().stream()
                  .filter(f -> f.path().endsWith("agents.yaml"))
                  .findFirst()
                  .orElseThrow()
                  .text();
          JsonNode a = YAML.readTree(agents);
          assertThat(a.elements().next().get("role").asText()).as(where).isEqualTo(clean);
          if (batch != null) {
            String crew =
                b.files().stream()
                    .filter(f -> f.path().endsWith("crew.py"))
                    .findFirst()
                    .orElseThrow()
                    .text();
            batch.add(crew, module -> assertThat(module.get("classes")).as(where).hasSize(1));
          }
        }
        case "langgraph" -> {
          if (batch != null) {
            String path =
                JSON.readTree(b.file("langgraph.json").orElseThrow().text())
                    .get("graphs")
                    .elements()
                    .next()
                    .asText();
            batch.add(
                b.file(path.substring(2, path.indexOf(':'))).orElseThrow().text(),
                module -> {
                  assertThat(module.get("assigns").get("TITLE").asText()).as(where).isEqualTo(name);
                  assertThat(
                          module
                              .get("assigns")
                              .get("STEPS")
                              .get("classify-the-request")
                              .get("title")
                              .asText())
                      .as(where)
                      .isEqualTo(clean);
                  LangGraphExporterTest.checkGraph(module, workflow(clean));
                });
          }
        }
        case "specs" -> {
          String skill = b.files().get(0).path();
          String dir = skill.substring(0, skill.lastIndexOf('/') + 1);
          var back =
              ai.cromus.core.Cromus.builder()
                  .build()
                  .parse(
                      ai.cromus.core.WorkflowSource.skill(
                          skill,
                          b.file(dir + "SKILL.md").orElseThrow().text(),
                          java.util.Optional.of(b.file(dir + "cromus.yaml").orElseThrow().text())))
                  .value();
          assertThat(back.steps().get(0).title()).as(where).isEqualTo(clean);
          assertThat(back.steps().get(0).instructions()).as(where).isEqualTo(clean);
          assertThat(back.title()).as(where).isEqualTo(Text.clean(r.workflow().title()));
        }
        default -> throw new AssertionError("no round-trip check for " + e.id());
      }
    }
  }
}
