package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks shared by every YAML the spec validators read. */
public final class YamlChecks {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private YamlChecks() {}

  /** Reports every key that appears twice in one mapping, anywhere in the tree. */
  public static void duplicates(YamlNode node, Findings out, Rule rule) {
    if (node.isMapping()) {
      List<YamlNode.Entry> entries = node.entries();
      // a small mapping is searched directly; a large one through a map (same first key)
      Map<String, YamlNode> seen = entries.size() > 16 ? new HashMap<>() : null;
      for (int i = 0; i < entries.size(); i++) {
        YamlNode.Entry e = entries.get(i);
        if (e.key().isScalar()) {
          YamlNode first =
              seen != null ? seen.putIfAbsent(e.key().text(), e.key()) : firstKey(entries, i);
          if (first != null) {
            out.add(
                rule,
                e.key(),
                "Duplicate key '"
                    + e.key().text()
                    + "' (first at line "
                    + first.line()
                    + "); YAML parsers disagree on which value wins.",
                "Keep one '" + e.key().text() + "' key and delete the other.");
          }
        }
        duplicates(e.value(), out, rule);
      }
    } else if (node.isSequence()) {
      for (YamlNode n : node.items()) {
        duplicates(n, out, rule);
      }
    }
  }

  /** The first scalar key before entry {@code i} with the same text as its key, or null. */
  private static YamlNode firstKey(List<YamlNode.Entry> entries, int i) {
    String text = entries.get(i).key().text();
    for (int j = 0; j < i; j++) {
      YamlNode k = entries.get(j).key();
      if (k.isScalar() && k.text().equals(text)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Reads the YAML of a spec file with the one located reader, within the limits: every entry of
   * every mapping kept (duplicates are the checkers' to report), at most 50 aliases.
   */
  public static YamlReader.Document read(String yaml, int line, int column, Limits limits) {
    return new YamlReader(YamlReader.Bounds.spec(limits)).read(yaml, line, column);
  }

  /** A YAML text that cannot be read, as a diagnostic of {@code rule}. */
  public static void problem(YamlReader.Failure f, Findings out, Rule rule, String what) {
    out.add(
        rule,
        f.line(),
        f.column(),
        "Invalid YAML in " + what + ": " + describe(f),
        f.isLimit()
            ? "The YAML is larger or deeper than the configured limits allow; simplify it."
            : "Fix the YAML syntax at this position.");
  }

  private static String describe(YamlReader.Failure f) {
    if (f.message() != null) {
      return f.message();
    }
    return switch (f.kind()) {
      case TOO_LARGE -> "it is larger than the input limit";
      case TOO_DEEP -> "it nests deeper than the nesting limit";
      case TOO_MANY_NODES -> "it holds more values than the limit";
      case MORE_THAN_ONE_DOCUMENT -> "it holds more than one document";
      default -> f.kind().name().toLowerCase(Locale.ROOT);
    };
  }

  /**
   * What strict YAML (strictyaml, as the reference validator uses it) refuses among what the reader
   * met: anchors, aliases and tags outside the standard types; null for anything else.
   */
  public static String strictRefusal(YamlReader.Note n) {
    return switch (n.kind()) {
      case ANCHOR -> "an anchor (&" + n.text() + ") defines a reusable node";
      case ALIAS -> "an alias (*" + n.text() + ") repeats a node defined elsewhere";
      case TAG -> "an explicit tag (" + n.text() + ")";
      default -> null;
    };
  }

  /** A short rendering of a scalar for messages. */
  public static String quote(String s) {
    String t = SPACES.matcher(s).replaceAll(" ");
    return "'" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
  }
}
