package ai.cromus.core.internal.parse;

import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.Locale;
import java.util.Map;

/**
 * Token estimates for sizes an author did not declare. The method is documented in
 * docs/sop-format.md ("What Cromus infers"): a model step's prompt is a fixed framing of {@value
 * SopParser#FRAMING_TOKENS} tokens, plus its title and instructions at {@value
 * Sizes#CHARS_PER_TOKEN} characters per token, plus the outputs of the steps it follows; outputs
 * are typical sizes per kind and output shape.
 */
public final class TokenEstimates {
  private TokenEstimates() {}

  /** Only model steps have a prompt; tool, human, decision and code steps bill no tokens. */
  public static boolean callsModel(Step s) {
    return s.kind() == StepKind.LLM;
  }

  /** Estimated prompt tokens of a step. */
  public static long input(Step s, Map<String, Long> outputs) {
    if (!callsModel(s)) {
      return 0;
    }
    long tokens = SopParser.FRAMING_TOKENS + textTokens(s);
    for (String dep : s.dependsOn()) {
      tokens += outputs.getOrDefault(dep, 0L);
    }
    return Math.min(tokens, Sizes.MAX_TOKENS);
  }

  public static String inputMethod(Step s) {
    return callsModel(s)
        ? SopParser.FRAMING_TOKENS
            + " framing tokens + title and instructions at "
            + Sizes.CHARS_PER_TOKEN
            + " chars per token + outputs of the steps it follows"
        : "not a model call";
  }

  /** The tokens of a step's title and instructions at the ratio: the part a tokenizer can count. */
  public static long textTokens(Step s) {
    return Sizes.estimateTokens(s.title()) + Sizes.estimateTokens(s.instructions());
  }

  /** The input method of a step whose title and instructions were counted with {@code encoding}. */
  public static String countedInputMethod(String encoding) {
    return SopParser.FRAMING_TOKENS
        + " framing tokens + title and instructions counted with "
        + encoding
        + " + outputs of the steps it follows";
  }

  /** Estimated output tokens of a step. */
  public static long output(Step s) {
    String desc = (s.outputDescription().orElse("") + " " + s.title()).toLowerCase(Locale.ROOT);
    switch (s.kind()) {
      case LLM:
        if (s.structuredOutput()
            || desc.contains("json")
            || desc.contains("classif")
            || desc.contains("label")
            || desc.contains("score")) {
          return 80;
        }
        if (desc.contains("report")
            || desc.contains("document")
            || desc.contains("article")
            || desc.contains("brief")
            || desc.contains("memo")) {
          return 1_200;
        }
        return 400;
      case RETRIEVAL:
        return 1_500;
      case TOOL:
        return 200;
      case CODE:
        return 100;
      case HUMAN:
        return 50;
      case DECISION:
      default:
        return 20;
    }
  }

  public static String outputMethod(Step s) {
    return "typical size for a "
        + s.kind().id()
        + " step"
        + (s.kind() == StepKind.LLM ? " of this output shape" : "");
  }
}
