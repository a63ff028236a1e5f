package ai.cromus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.Limits;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.internal.yaml.YamlText;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzz tests of every open-spec validator: no exception escapes, and every diagnostic has a rule, a
 * message and a location inside the file. The seed corpus under {@code SpecValidatorFuzzTestInputs}
 * replays in a normal test run; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class SpecValidatorFuzzTest {
  private static final SpecValidator VALIDATOR =
      SpecValidator.create(Limits.builder().maxInputChars(64 * 1024).build());

  private static void check(String path, String text, SpecType type) {
    List<SpecReport> reports = VALIDATOR.validateAll(List.of(SpecFile.of(path, text, type)));
    // YAML also breaks lines at NEL, LS and PS; CR and CRLF are normalized to LF first
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    long lines =
        t.chars().filter(c -> c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029).count() + 1;
    for (SpecReport r : reports) {
      assertThat(r.score()).isBetween(0, 100);
      assertThat(r.completeness()).isBetween(0, 100);
      for (Diagnostic d : r.diagnostics()) {
        assertThat(d.rule()).isNotBlank();
        assertThat(d.message()).isNotBlank();
        assertThat(d.line()).as(d.toString()).isBetween(1, (int) lines + 1);
        assertThat(d.column()).isPositive();
      }
    }
  }

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "30s")
  void skillMd(byte[] input) {
    check("skills/my-skill/SKILL.md", text(input), SpecType.SKILL);
  }

  @FuzzTest(maxDuration = "30s")
  void legacySkill(byte[] input) {
    check("skill-my-skill-v1.0.0.md", text(input), SpecType.SKILL);
  }

  @FuzzTest(maxDuration = "30s")
  void sidecar(byte[] input) {
    check("skills/my-skill/cromus.yaml", text(input), SpecType.SIDECAR);
  }

  @FuzzTest(maxDuration = "30s")
  void ethosMd(byte[] input) {
    check("ethos-the-x-v1.0.0.md", text(input), SpecType.ETHOS);
  }

  @FuzzTest(maxDuration = "30s")
  void memoryMd(byte[] input) {
    check("MEMORY.md", text(input), SpecType.MEMORY);
  }

  @FuzzTest(maxDuration = "30s")
  void agentsMd(byte[] input) {
    check("AGENTS.md", text(input), SpecType.AGENTS);
  }

  @FuzzTest(maxDuration = "30s")
  void policy(byte[] input) {
    check("cromus.policy.yml", text(input), SpecType.POLICY);
  }

  /** A SKILL.md with a sidecar parses to a workflow without throwing. */
  @FuzzTest(maxDuration = "30s")
  void skillMdToWorkflow(FuzzedDataProvider data) {
    String sidecar = data.consumeString(2000);
    String skill = data.consumeRemainingAsString();
    var parsed =
        Cromus.builder()
            .build()
            .parse(WorkflowSource.skill("s/SKILL.md", skill, Optional.of(sidecar)));
    assertThat(parsed.value().name()).isNotBlank();
  }

  /**
   * Any string written by the YAML writer, as a value and as a key, reads back unchanged with the
   * one reader; in a front matter it never holds "---", so the front matter splits where it ends.
   */
  @FuzzTest(maxDuration = "30s")
  void quotedStringsReadBackExactly(FuzzedDataProvider data) {
    String s = data.consumeRemainingAsString();
    String expected =
        s.replaceAll(
            "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
            "\uFFFD");
    Map<String, Object> tree = new java.util.LinkedHashMap<>();
    tree.put("k", s);
    if (!s.equals("k")) {
      tree.put(s, "v");
    }
    String text = YamlText.frontMatter(tree);
    FrontMatter fm = FrontMatter.skillsRef(text).frontMatter().orElseThrow();
    assertThat(fm.body()).as(text).isEqualTo("\n");
    YamlReader.Document r =
        new YamlReader(YamlReader.Bounds.spec(Limits.DEFAULTS)).read(fm.yaml(), 1, 4);
    assertThat(r.failure()).as(text).isEmpty();
    YamlNode root = r.root().orElseThrow();
    assertThat(root.entries().get(0).value().text()).isEqualTo(expected);
    assertThat(root.entries().get(root.entries().size() - 1).name())
        .isEqualTo(s.equals("k") ? "k" : expected);
  }
}
