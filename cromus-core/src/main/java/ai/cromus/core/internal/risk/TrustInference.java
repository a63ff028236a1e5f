package ai.cromus.core.internal.risk;

import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a step reads untrusted content: stated with {@code trust:}, else inferred when its input
 * description, or a clause of its title or first sentence that does not produce something, names
 * content written outside the company (an email, a web page, an upload, a chat message, a ticket, a
 * form submission, a report as received), or when it calls a reading tool of a mail, web or
 * help-desk system. People are never taken to be steered by what they read.
 */
final class TrustInference {
  /** Whether the step reads untrusted content, whether that was inferred, and from what. */
  record Inferred(boolean untrusted, boolean inferred, String why) {}

  private static final Set<String> SOURCES =
      Set.of(
          "email",
          "emails",
          "e-mail",
          "e-mails",
          "inbox",
          "inboxes",
          "mailbox",
          "mailboxes",
          "webpage",
          "webpages",
          "website",
          "websites",
          "url",
          "urls",
          "html",
          "uploads",
          "uploaded",
          "attachment",
          "attachments",
          "sms",
          "ticket",
          "tickets",
          "tweet",
          "tweets",
          "inbound",
          "incoming");

  /** Two-word sources: the first word, then the second words that complete it. */
  private static final Map<String, Set<String>> PAIRS =
      Map.of(
          "web", Set.of("page", "pages", "search", "form", "forms"),
          "chat", Set.of("message", "messages", "transcript", "transcripts", "log", "logs"),
          "live", Set.of("chat"),
          "customer", Set.of("message", "messages", "chat"),
          "text", Set.of("message", "messages"),
          "form", Set.of("submission", "submissions"),
          "contact", Set.of("form", "forms"),
          "social", Set.of("media"),
          "as", Set.of("received"),
          "received", Set.of("from"));

  /** Words after a source that make it something else ({@code email address}). */
  private static final Set<String> NOT_CONTENT = Set.of("address", "addresses");

  /** Verbs that begin a clause producing content rather than reading it. */
  private static final Set<String> PRODUCING =
      Set.of(
          "write",
          "draft",
          "compose",
          "send",
          "reply",
          "answer",
          "generate",
          "create",
          "prepare",
          "notify",
          "email",
          "forward",
          "schedule",
          "post",
          "publish",
          "file",
          "open",
          "submit");

  /** Words of a reading tool's name that say it reads mail, the web or a help desk. */
  private static final Set<String> SOURCE_TOOLS =
      Set.of(
          "mail",
          "gmail",
          "email",
          "imap",
          "inbox",
          "outlook",
          "web",
          "http",
          "https",
          "browser",
          "scrape",
          "crawl",
          "url",
          "zendesk",
          "intercom",
          "freshdesk",
          "helpdesk",
          "tickets",
          "uploads",
          "webhook");

  private TrustInference() {}

  static Inferred of(Step s) {
    if (s.trust().isPresent()) {
      return new Inferred(s.trust().get() == Trust.UNTRUSTED, false, "as stated");
    }
    if (s.kind() == StepKind.HUMAN) {
      return new Inferred(false, false, "");
    }
    Optional<String> why =
        s.inputDescription()
            .flatMap(d -> source(Words.clauses(d), false))
            .map(w -> "its input names '" + w + "'")
            .or(
                () ->
                    source(Words.clauses(s.title()), true).map(w -> "its title names '" + w + "'"))
            .or(
                () ->
                    source(Words.clauses(Words.firstSentence(s.instructions())), true)
                        .map(w -> "its instructions name '" + w + "'"))
            .or(() -> tool(s.tools()));
    return why.map(w -> new Inferred(true, true, w)).orElse(new Inferred(false, false, ""));
  }

  /**
   * The first source named in the clauses, if any; with {@code onlyReading}, only in clauses that
   * read: not those that begin with a verb that writes, sends or produces ({@code tag the ticket},
   * {@code write an email}), nor those that continue one ({@code set the area and urgency tags on
   * the ticket}).
   */
  private static Optional<String> source(List<List<String>> clauses, boolean onlyReading) {
    boolean reading = true;
    for (List<String> c : clauses) {
      if (onlyReading) {
        reading = reads(c).orElse(reading);
        if (!reading) {
          continue;
        }
      }
      for (int i = 0; i < c.size(); i++) {
        String w = c.get(i);
        String next = i + 1 < c.size() ? c.get(i + 1) : "";
        if (SOURCES.contains(w) && !NOT_CONTENT.contains(next)) {
          return Optional.of(w);
        }
        Set<String> second = PAIRS.get(w);
        if (second != null && second.contains(next)) {
          return Optional.of(w + " " + next);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a clause that begins with a verb reads; empty when it begins with none. */
  private static Optional<Boolean> reads(List<String> clause) {
    if (!clause.isEmpty() && PRODUCING.contains(clause.get(0))) {
      return Optional.of(false);
    }
    return Vocabulary.clause(clause).map(a -> a.effect() == Effect.READ_ONLY);
  }

  /** A reading tool of a mail, web or help-desk system, if the step calls one. */
  private static Optional<String> tool(List<String> tools) {
    for (String t : tools) {
      Optional<Vocabulary.Action> a = Vocabulary.tool(t);
      if (a.isEmpty() || a.get().effect() != Effect.READ_ONLY) {
        continue;
      }
      for (List<String> segment : Words.segments(t)) {
        if (segment.stream().anyMatch(SOURCE_TOOLS::contains)) {
          return Optional.of("it reads with the tool '" + t + "'");
        }
      }
    }
    return Optional.empty();
  }
}
