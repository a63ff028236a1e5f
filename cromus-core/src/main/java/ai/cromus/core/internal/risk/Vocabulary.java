package ai.cromus.core.internal.risk;

import ai.cromus.core.workflow.Effect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that say what a step does: verbs with the effect they have and the family of actions
 * they belong to (for ETHOS {@code prohibited_actions}), and the objects that make a neutral or
 * writing verb consequential ({@code create} a refund is a payment, {@code create} a message is a
 * send). Every lookup is on lower-case words, independent of the locale.
 */
final class Vocabulary {
  /** A verb: the word, its effect and the family of actions it belongs to. */
  record Verb(String word, Effect effect, String family) {}

  /** What one clause or tool name was found to do. */
  record Action(String verb, Effect effect, String family) {}

  private static final Map<String, Verb> VERBS = new HashMap<>();

  /** Verbs that do nothing by themselves: their object decides ({@code issue a refund}). */
  private static final Set<String> NEUTRAL =
      Set.of("issue", "process", "make", "execute", "perform", "trigger", "initiate", "approve");

  static {
    read(
        "get list search query lookup look fetch read find retrieve pull export download check"
            + " verify validate lint inspect review compare match classify extract parse summarize"
            + " summarise analyze analyse assess calculate compute count score scan view describe"
            + " identify redact anonymize pseudonymize convert translate draft propose estimate"
            + " plan decide route collect gather history audit monitor detect evaluate test rank"
            + " select filter sort transcribe build format render assemble compose");
    add(
        Effect.WRITE,
        "write",
        "create add insert update upsert set edit modify change put patch save store record"
            + " register log attach schedule book assign tag label open close file archive upload"
            + " import sync move copy merge block unblock flag mark enroll provision reserve hold"
            + " queue enqueue write apply configure rename reopen resolve link append stamp post"
            + " comment remove drop transfer");
    add(
        Effect.EXTERNAL,
        "send",
        "send email mail reply respond notify message sms forward contact invite dm");
    add(Effect.EXTERNAL, "publish", "publish tweet announce broadcast");
    add(Effect.EXTERNAL, "submit", "submit");
    add(Effect.EXTERNAL, "disclose", "share disclose");
    add(Effect.IRREVERSIBLE, "pay", "pay payout disburse charge wire remit");
    add(Effect.IRREVERSIBLE, "refund", "refund reimburse");
    add(Effect.IRREVERSIBLE, "release", "release");
    add(Effect.IRREVERSIBLE, "purchase", "purchase buy order");
    add(Effect.IRREVERSIBLE, "delete", "delete purge erase destroy wipe");
    add(Effect.IRREVERSIBLE, "deploy", "deploy rollout");
    add(Effect.IRREVERSIBLE, "sign", "sign countersign");
    add(Effect.IRREVERSIBLE, "access", "grant revoke reset deactivate disable suspend terminate");
    add(Effect.IRREVERSIBLE, "cancel", "cancel void");
  }

  /** Two-word verbs, read before the first word alone. */
  private static final Map<String, String> PHRASES =
      Map.of(
          "look up", "lookup",
          "roll out", "rollout",
          "write off", "payout",
          "sign off", "review",
          "pay out", "payout",
          "set up", "configure");

  private static final Set<String> PAYMENT_OBJECTS =
      Set.of(
          "refund",
          "refunds",
          "payment",
          "payments",
          "payout",
          "payouts",
          "charge",
          "charges",
          "transfer",
          "transfers",
          "transaction",
          "transactions",
          "wire",
          "wires",
          "disbursement",
          "disbursements",
          "reimbursement",
          "reimbursements",
          "funds",
          "money");
  private static final Set<String> DEPLOY_OBJECTS =
      Set.of("deployment", "deployments", "release", "releases", "production", "rollout");
  private static final Set<String> MESSAGE_OBJECTS =
      Set.of(
          "message",
          "messages",
          "email",
          "emails",
          "mail",
          "sms",
          "reply",
          "replies",
          "notification",
          "notifications",
          "newsletter",
          "tweet",
          "tweets",
          "dm");
  private static final Set<String> ACCOUNT_OBJECTS =
      Set.of(
          "account",
          "accounts",
          "user",
          "users",
          "permission",
          "permissions",
          "role",
          "roles",
          "access",
          "password",
          "passwords",
          "credential",
          "credentials",
          "membership",
          "memberships");

  private Vocabulary() {}

  private static void read(String words) {
    add(Effect.READ_ONLY, "read", words);
  }

  private static void add(Effect effect, String family, String words) {
    for (String w : words.split(" ")) {
      VERBS.put(w, new Verb(w, effect, family));
    }
  }

  /** The verb {@code word} is (or inflects: {@code sends}, {@code copying}, {@code deleted}). */
  static Optional<Verb> verb(String word) {
    return verb(word, true);
  }

  /** The verb {@code word} is, exactly or (with {@code inflected}) as an inflection. */
  static Optional<Verb> verb(String word, boolean inflected) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String candidate : inflected ? stems(w) : List.of(w)) {
      Verb v = VERBS.get(candidate);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** True for a verb whose effect comes from its object only ({@code issue}, {@code process}). */
  static boolean neutral(String word) {
    for (String candidate : stems(word.toLowerCase(Locale.ROOT))) {
      if (NEUTRAL.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> stems(String w) {
    List<String> out = new ArrayList<>(6);
    out.add(w);
    if (w.endsWith("ing") && w.length() > 5) {
      String base = w.substring(0, w.length() - 3);
      out.add(base);
      out.add(base + "e");
      if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
        out.add(base.substring(0, base.length() - 1));
      }
    }
    if (w.endsWith("ies") && w.length() > 4) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("es") && w.length() > 3) {
      out.add(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("s") && w.length() > 2) {
      out.add(w.substring(0, w.length() - 1));
    }
    if (w.endsWith("ed") && w.length() > 4) {
      out.add(w.substring(0, w.length() - 2));
      out.add(w.substring(0, w.length() - 1));
    }
    return out;
  }

  /**
   * What a verb does to its objects: a neutral or writing verb becomes a payment on a refund or a
   * payment, a deploy on a release, a send on a message, an account change on an account; a reading
   * verb stays a read whatever it reads; {@code post} is a send only to a message.
   */
  static Optional<Action> act(String verbWord, List<String> objects, boolean inflected) {
    Optional<Verb> v = verb(verbWord, inflected);
    boolean neutral = inflected ? neutral(verbWord) : NEUTRAL.contains(verbWord);
    if (v.isEmpty() && !neutral) {
      return Optional.empty();
    }
    Effect base = v.map(Verb::effect).orElse(Effect.WRITE);
    String family = v.map(Verb::family).orElse("write");
    if (base == Effect.WRITE || neutral) {
      String word = v.map(Verb::word).orElse(verbWord);
      if (objects.stream().anyMatch(PAYMENT_OBJECTS::contains)) {
        boolean refund = objects.stream().anyMatch(o -> o.startsWith("refund"));
        return Optional.of(new Action(word, Effect.IRREVERSIBLE, refund ? "refund" : "pay"));
      }
      if (objects.stream().anyMatch(DEPLOY_OBJECTS::contains)) {
        return Optional.of(new Action(word, Effect.IRREVERSIBLE, "deploy"));
      }
      if (objects.stream().anyMatch(MESSAGE_OBJECTS::contains)) {
        return Optional.of(new Action(word, Effect.EXTERNAL, "send"));
      }
      if (!word.equals("post") && objects.stream().anyMatch(ACCOUNT_OBJECTS::contains)) {
        return Optional.of(new Action(word, Effect.IRREVERSIBLE, "access"));
      }
      if (neutral && v.isEmpty()) {
        return Optional.of(new Action(word, Effect.WRITE, "write"));
      }
    }
    return Optional.of(new Action(v.get().word(), base, family));
  }

  /**
   * The verb a clause begins with: a two-word verb ({@code look up}) or its first word; the words
   * after it are its objects. Empty when the clause starts with no verb of the table.
   */
  static Optional<Action> clause(List<String> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int start = 0;
    while (start < words.size() - 1 && LEAD_INS.contains(words.get(start))) {
      start++;
    }
    String first = words.get(start);
    List<String> rest = words.subList(start + 1, words.size());
    if (start + 1 < words.size()) {
      String phrase = PHRASES.get(first + " " + words.get(start + 1));
      if (phrase != null) {
        String written = first + " " + words.get(start + 1);
        return act(phrase, words.subList(start + 2, words.size()), true)
            .map(a -> new Action(written, a.effect(), a.family()));
      }
    }
    return act(first, rest, true);
  }

  /**
   * What a tool does, from its name ({@code erp.invoices.release}, {@code payments.refunds.create},
   * {@code sendEmail}): the first verb of its last segment (the method), else of the segments
   * before it, from the right; every word of the name is an object. Words match exactly, so that a
   * resource named like a verb ({@code orders}) is not read as one.
   */
  static Optional<Action> tool(String name) {
    List<List<String>> segments = Words.segments(name);
    List<String> all = new ArrayList<>();
    segments.forEach(all::addAll);
    for (int i = segments.size() - 1; i >= 0; i--) {
      for (String w : segments.get(i)) {
        Optional<Action> a = act(w, all, false);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  /** Words that may come before the verb of an imperative clause. */
  private static final Set<String> LEAD_INS = Set.of("then", "also", "please", "and", "or", "to");

  /** The family a word of an ETHOS prohibited action names, if any. */
  static Optional<String> family(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("commitment") || w.equals("binding")) {
      return Optional.of("sign");
    }
    if (w.equals("exfiltrate") || w.equals("leak")) {
      return Optional.of("disclose");
    }
    return verb(w).filter(v -> v.effect().needsApproval()).map(Verb::family);
  }
}
