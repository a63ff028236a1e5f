package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.yaml.YamlMap;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableTokenCount;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.TokenCount;
import java.util.Optional;

/**
 * The agent-loop, fee and range fields of a sidecar step ({@code turns}, {@code unbounded_turns},
 * {@code tool_result}, {@code fee_usd}, {@code tool_fee_usd}, {@code builtin_tools}, and the {@code
 * low} and {@code high} of a size), written and read back to an equal step.
 */
final class SidecarLoops {
  /** The most turns a sidecar may state (as the SOP's {@code turns:}). */
  static final long MAX_TURNS = 1_000;

  private SidecarLoops() {}

  /** Writes the loop and fee fields of {@code s} into {@code y}. */
  static void write(YamlMap y, Step s) {
    s.turns().ifPresent(n -> y.with("turns", n));
    y.with("unbounded_turns", true, s.unboundedTurns())
        .with("tool_result", s.toolResultTokens().map(t -> range(new YamlMap(), t)))
        .with("fee_usd", s.feeUsd())
        .with("tool_fee_usd", s.toolFeeUsd())
        .with("builtin_tools", s.builtinTools());
  }

  /** Writes a size's tokens, its range and how it was obtained. */
  static YamlMap range(YamlMap y, TokenCount t) {
    y.with("tokens", t.tokens()).with("low", t.low()).with("high", t.high());
    return y.with("declared", false, !t.declared())
        .with("method", t.method(), !t.method().equals("declared"));
  }

  /** Reads the loop and fee fields of sidecar step {@code s} into {@code b}. */
  static void read(YamlNode s, ImmutableStep.Builder b) {
    s.string("turns")
        .flatMap(x -> Sidecar.count(x, MAX_TURNS))
        .filter(n -> n >= 1)
        .map(Long::intValue)
        .ifPresent(b::turns);
    s.string("unbounded_turns").ifPresent(x -> b.unboundedTurns(x.equals("true")));
    s.get("tool_result")
        .filter(YamlNode::isMapping)
        .flatMap(SidecarLoops::tokens)
        .ifPresent(b::toolResultTokens);
    s.string("fee_usd").flatMap(Sidecar::usd).ifPresent(b::feeUsd);
    s.string("tool_fee_usd").flatMap(Sidecar::usd).ifPresent(b::toolFeeUsd);
    s.get("builtin_tools")
        .filter(YamlNode::isSequence)
        .ifPresent(t -> b.addAllBuiltinTools(t.strings()));
  }

  /** A size of a sidecar: its tokens, and its low and high ends when it is a range. */
  static Optional<TokenCount> tokens(YamlNode io) {
    long max = ai.cromus.core.internal.parse.Sizes.MAX_TOKENS;
    Optional<Long> n = io.string("tokens").flatMap(x -> Sidecar.count(x, max));
    if (n.isEmpty()) {
      return Optional.empty();
    }
    boolean declared = !io.string("declared").orElse("true").equals("false");
    String method = io.string("method").orElse(declared ? "declared" : "estimated");
    ImmutableTokenCount.Builder t =
        ImmutableTokenCount.builder().tokens(n.get()).declared(declared).method(method);
    Optional<Long> low = io.string("low").flatMap(x -> Sidecar.count(x, max));
    Optional<Long> high = io.string("high").flatMap(x -> Sidecar.count(x, max));
    if (low.isPresent() && high.isPresent() && low.get() <= n.get() && n.get() <= high.get()) {
      t.low(low.get()).high(high.get());
    }
    return Optional.of(t.build());
  }
}
