package ai.cromus.core.internal.parse;

import ai.cromus.core.workflow.StepKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Infers a step's kind from the verbs of its title and first sentence. The table is ordered: the
 * first phrase found in the title wins; otherwise the first found in the text; otherwise {@code
 * llm}.
 */
final class KindInference {
  /** The inferred kind, the phrase that decided it, and how sure the inference is. */
  static final class Inferred {
    final StepKind kind;
    final String phrase;
    final String confidence;

    Inferred(StepKind kind, String phrase, String confidence) {
      this.kind = kind;
      this.phrase = phrase;
      this.confidence = confidence;
    }
  }

  private static final List<Map.Entry<String, StepKind>> TABLE =
      List.of(
          Map.entry("approve", StepKind.HUMAN), Map.entry("approval", StepKind.HUMAN),
          Map.entry("sign off", StepKind.HUMAN), Map.entry("sign-off", StepKind.HUMAN),
          Map.entry("escalate", StepKind.HUMAN), Map.entry("manually", StepKind.HUMAN),
          Map.entry("review by", StepKind.HUMAN), Map.entry("human review", StepKind.HUMAN),
          Map.entry("interview", StepKind.HUMAN), Map.entry("meet with", StepKind.HUMAN),
          Map.entry("call the", StepKind.HUMAN), Map.entry("confirm with", StepKind.HUMAN),
          Map.entry("decide", StepKind.DECISION), Map.entry("route", StepKind.DECISION),
          Map.entry("determine whether", StepKind.DECISION),
              Map.entry("check whether", StepKind.DECISION),
          Map.entry("check if", StepKind.DECISION), Map.entry("triage", StepKind.DECISION),
          Map.entry("search", StepKind.RETRIEVAL), Map.entry("retrieve", StepKind.RETRIEVAL),
          Map.entry("knowledge base", StepKind.RETRIEVAL),
              Map.entry("find relevant", StepKind.RETRIEVAL),
          Map.entry("gather", StepKind.RETRIEVAL), Map.entry("collect", StepKind.RETRIEVAL),
          Map.entry("look up", StepKind.TOOL), Map.entry("lookup", StepKind.TOOL),
          Map.entry("fetch", StepKind.TOOL), Map.entry("send", StepKind.TOOL),
          Map.entry("notify", StepKind.TOOL), Map.entry("create a ticket", StepKind.TOOL),
          Map.entry("open a ticket", StepKind.TOOL), Map.entry("update the", StepKind.TOOL),
          Map.entry("record", StepKind.TOOL), Map.entry("log ", StepKind.TOOL),
          Map.entry("upload", StepKind.TOOL), Map.entry("download", StepKind.TOOL),
          Map.entry("schedule", StepKind.TOOL), Map.entry("submit", StepKind.TOOL),
          Map.entry("file the", StepKind.TOOL), Map.entry("provision", StepKind.TOOL),
          Map.entry("post ", StepKind.TOOL), Map.entry("archive", StepKind.TOOL),
          Map.entry("calculate", StepKind.CODE), Map.entry("compute", StepKind.CODE),
          Map.entry("convert", StepKind.CODE), Map.entry("run the script", StepKind.CODE),
          Map.entry("reconcile", StepKind.CODE), Map.entry("deduplicate", StepKind.CODE),
          Map.entry("classify", StepKind.LLM), Map.entry("categorize", StepKind.LLM),
          Map.entry("categorise", StepKind.LLM), Map.entry("extract", StepKind.LLM),
          Map.entry("summarize", StepKind.LLM), Map.entry("summarise", StepKind.LLM),
          Map.entry("draft", StepKind.LLM), Map.entry("write", StepKind.LLM),
          Map.entry("compose", StepKind.LLM), Map.entry("translate", StepKind.LLM),
          Map.entry("analyze", StepKind.LLM), Map.entry("analyse", StepKind.LLM),
          Map.entry("assess", StepKind.LLM), Map.entry("evaluate", StepKind.LLM),
          Map.entry("generate", StepKind.LLM), Map.entry("rewrite", StepKind.LLM),
          Map.entry("answer", StepKind.LLM), Map.entry("reply", StepKind.LLM),
          Map.entry("review", StepKind.LLM), Map.entry("identify", StepKind.LLM),
          Map.entry("compare", StepKind.LLM), Map.entry("read", StepKind.LLM));

  private KindInference() {}

  static Inferred infer(String title, String text) {
    String t = " " + title.toLowerCase(Locale.ROOT) + " ";
    for (Map.Entry<String, StepKind> e : TABLE) {
      if (containsWord(t, e.getKey())) {
        return new Inferred(e.getValue(), e.getKey(), "high");
      }
    }
    String first = firstSentence(text).toLowerCase(Locale.ROOT);
    for (Map.Entry<String, StepKind> e : TABLE) {
      if (containsWord(" " + first + " ", e.getKey())) {
        return new Inferred(e.getValue(), e.getKey(), "medium");
      }
    }
    return new Inferred(StepKind.LLM, "", "low");
  }

  private static boolean containsWord(String haystack, String phrase) {
    int i = haystack.indexOf(phrase);
    while (i >= 0) {
      boolean startOk = i == 0 || !Character.isLetter(haystack.charAt(i - 1));
      if (startOk) {
        return true;
      }
      i = haystack.indexOf(phrase, i + 1);
    }
    return false;
  }

  private static String firstSentence(String text) {
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '\n' || c == '!' || c == '?') {
        end = i;
        break;
      }
    }
    return text.substring(0, Math.min(end, 400));
  }
}
