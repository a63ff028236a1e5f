package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line registers only the subcommands its arguments can reach (start-up time, issue
 * 23); every output, error and exit code must be what the command line with all of them gives.
 */
class LazySubcommandsTest {
  static final String SOP = "../examples/sops/refund-triage.md";

  static Stream<List<String>> argumentLists() {
    return Stream.of(
        List.of(),
        List.of("--version"),
        List.of("-V"),
        List.of("--version", "compile"),
        List.of("-V", "--help"),
        List.of("-hV"),
        List.of("--help"),
        List.of("-h"),
        List.of("help"),
        List.of("help", "compile"),
        List.of("help", "models", "diff"),
        List.of("help", "nonesuch"),
        List.of("compil", SOP),
        List.of("nonesuch"),
        List.of("--nonesuch"),
        List.of("--version", "--version"),
        List.of("compile"),
        List.of("compile", "--help"),
        List.of("compile", "--version"),
        List.of("compile", SOP, "--formt", "json"),
        List.of("compile", SOP, "--format", "yaml"),
        List.of("compile", SOP, "validate"),
        List.of("compile", SOP, "--format", "json"),
        List.of("validate"),
        List.of("validate", "--help"),
        List.of("validate", "../examples/specs/refund-triage"),
        List.of("validate", "../examples/specs/refund-triage", "compile"),
        // compile FILE... runs without picocli
        List.of(
            "compile",
            "../examples/sops/refund-triage.md",
            "../examples/sops/plain-refund-triage.md"),
        List.of("compile", "../examples/sops"),
        List.of("compile", "../examples/specs/refund-triage/SKILL.md"),
        List.of("compile", "no-such-file.md"),
        List.of("compile", "no-such-file.md", SOP),
        List.of("compile", "@no-such-argument-file"),
        List.of("compile", ""),
        List.of("compile", "nul\u0000in-name"),
        List.of("compile", SOP, "--jobs", "1"),
        List.of("compile", "../examples/sops", "--format", "html"),
        // validate PATH... runs without picocli
        List.of("validate", "../examples/specs"),
        List.of("validate", "../examples/specs/refund-triage", "../examples/specs/invalid"),
        List.of("validate", "../examples/specs/ETHOS.md", "../examples/specs/refund-triage"),
        List.of("validate", "../examples/specs/refund-triage/SKILL.md"),
        List.of("validate", "../examples/sops/refund-triage.md"),
        List.of("validate", "no-such-dir", "../examples/specs/refund-triage"),
        List.of("validate", "../examples/specs/refund-triage", "no-such-dir"),
        List.of("validate", "../examples/sops"),
        List.of("validate", "@no-such-argument-file"),
        List.of("validate", ""),
        List.of("validate", "-"),
        List.of("validate", "--"),
        List.of("validate", "--", "../examples/specs/refund-triage"),
        List.of("validate", "nul\u0000in-name"),
        List.of("validate", "../examples/specs/refund-triage", "--format", "json"),
        List.of("validate", "--jobs", "0", "../examples/specs/refund-triage"),
        List.of("models", "--help"),
        List.of("models", "diff", "--help"),
        List.of("models", "dif"),
        List.of("export", "--list"),
        List.of("export", "--help"),
        List.of("diff", "--help"),
        List.of("diff", SOP, SOP));
  }

  @ParameterizedTest
  @MethodSource("argumentLists")
  void behavesAsWithEverySubcommand(List<String> args) {
    String[] a = args.toArray(String[]::new);
    assertThat(run(false, a)).isEqualTo(run(true, a));
  }

  private static List<Object> run(boolean all, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), all, args);
    return List.of(code, out.toString(), err.toString());
  }
}
