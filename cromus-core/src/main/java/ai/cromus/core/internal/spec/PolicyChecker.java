package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.PolicyResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code cromus.policy.yml} and checks a SKILL.md against it. Schema (version 1): {@code
 * rules:} maps a rule id to {@code {enabled, severity, ...}} or to a bare boolean.
 */
public final class PolicyChecker {
  private static final Pattern TRUE = Pattern.compile("true|yes|on|y", Pattern.CASE_INSENSITIVE);
  private static final Pattern STAR = Pattern.compile("\\*");

  /** The rules Cromus checks, in report order. */
  public static final List<String> RULES =
      List.of(
          "require_ethos",
          "require_agents",
          "allowed_models",
          "max_cost_per_run",
          "require_approval");

  /** One enabled rule of a policy. */
  public record PolicyRule(
      String id, Severity severity, List<String> models, Optional<BigDecimal> usd, YamlNode at) {}

  /** The rules of a policy and the diagnostics about the policy file itself. */
  public record Policy(List<PolicyRule> rules, List<Diagnostic> diagnostics, int completeness) {}

  private PolicyChecker() {}

  /** Reads and validates a policy file. */
  public static Policy read(String path, String text, Limits limits) {
    return PolicyFileReader.read(path, text, limits);
  }

  static boolean isTrue(String s) {
    return TRUE.matcher(s.trim()).matches();
  }

  /** What a SKILL.md declares, as the policy rules see it. */
  public record Declared(
      boolean ethos,
      boolean agents,
      List<String> models,
      Optional<BigDecimal> costPerRun,
      String costSource,
      boolean approved) {}

  /** Collects what a SKILL.md (its front matter, metadata and sidecar) declares. */
  public static Declared declared(
      YamlNode root, Map<String, String> metadata, Optional<YamlNode> sidecar) {
    return PolicyDeclarations.declared(root, metadata, sidecar);
  }

  /** A model id as the policy compares it: lower case, no provider prefix, dots as dashes. */
  static String modelKey(String model) {
    String m = model.trim().toLowerCase(Locale.ROOT);
    int colon = m.indexOf(':');
    if (colon >= 0) {
      m = m.substring(colon + 1);
    }
    return m.replace('.', '-');
  }

  /** Evaluates the enabled rules of a policy against what a skill declares. */
  public static PolicyResult evaluate(Policy policy, Declared d) {
    return PolicyEvaluation.evaluate(policy, d);
  }

  /**
   * Whether {@code name} matches {@code glob}, where {@code *} stands for any run of characters and
   * every other character for itself. Not a regular expression: {@code .*} per star backtracks
   * polynomially in the name for a glob with many stars ({@code a*a*a*a*b}), and a policy is user
   * text. The literal pieces between the stars are found in order, the first at the start and the
   * last at the end, each at its leftmost place after the one before (which is correct for a glob
   * whose only wildcard is {@code *}): at most one search of the name per piece.
   */
  static boolean globMatches(String glob, String name) {
    String[] pieces = STAR.split(glob, -1);
    if (pieces.length == 1) {
      return glob.equals(name);
    }
    String first = pieces[0];
    String last = pieces[pieces.length - 1];
    int end = name.length() - last.length();
    if (end < first.length() || !name.startsWith(first) || !name.endsWith(last)) {
      return false;
    }
    int from = first.length();
    for (int i = 1; i < pieces.length - 1; i++) {
      int at = name.indexOf(pieces[i], from);
      if (at < 0 || at + pieces[i].length() > end) {
        return false;
      }
      from = at + pieces[i].length();
    }
    return true;
  }
}
