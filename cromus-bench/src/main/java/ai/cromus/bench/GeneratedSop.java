package ai.cromus.bench;

import java.util.Random;

/** Annotated SOPs of any size for benchmarks: realistic steps, backward-only dependencies. */
public final class GeneratedSop {
  private static final String[] KINDS = {"llm", "llm", "llm", "tool", "retrieval", "code", "human"};
  private static final String[] VERBS = {
    "Classify", "Summarize", "Extract", "Draft", "Look up", "Check", "Review", "Translate"
  };
  private static final String[] MODELS = {
    "claude-haiku-4-5", "gpt-5-mini", "gemini-2-5-flash", "claude-sonnet-4-6"
  };

  private GeneratedSop() {}

  /** An annotated SOP with {@code steps} steps; the same seed gives the same text. */
  public static String of(int steps, long seed) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder(steps * 260);
    sb.append("---\nname: generated-")
        .append(steps)
        .append("\nowner: Benchmarks\n")
        .append("runs_per_day: 500\nethos: ethos-the-steward-v1.0.0\n---\n")
        .append("# Generated workflow of ")
        .append(steps)
        .append(" steps\n\n")
        .append("A synthetic workflow used to measure how compile time scales.\n\n");
    for (int i = 1; i <= steps; i++) {
      String verb = VERBS[rnd.nextInt(VERBS.length)];
      String kind = KINDS[rnd.nextInt(KINDS.length)];
      sb.append("## ")
          .append(i)
          .append(". ")
          .append(verb)
          .append(" record ")
          .append(i)
          .append('\n');
      sb.append(verb).append(" the record produced so far and keep the result short and exact.\n");
      sb.append("- kind: ").append(kind).append('\n');
      if (kind.equals("llm")) {
        sb.append("- model: ").append(MODELS[rnd.nextInt(MODELS.length)]).append('\n');
        sb.append("- input: record, ~").append(200 + rnd.nextInt(3000)).append(" tokens\n");
        sb.append("- output: JSON {result}, ~").append(20 + rnd.nextInt(400)).append(" tokens\n");
        sb.append("- validate: json-schema\n- retry: ").append(rnd.nextInt(3)).append('\n');
      } else if (kind.equals("tool")) {
        sb.append("- tool: records.api\n");
      } else if (kind.equals("human")) {
        sb.append("- approver: Reviewer\n");
      }
      if (i > 1) {
        int a = 1 + rnd.nextInt(i - 1);
        int b = Math.max(1, i - 1 - rnd.nextInt(Math.min(i - 1, 5)));
        sb.append("- after: ").append(a == b ? String.valueOf(a) : a + ", " + b).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
