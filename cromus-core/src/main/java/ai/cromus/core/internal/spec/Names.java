package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.text.Unicode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names as the open specs want them: ASCII kebab-case ids and SemVer.
 *
 * <p>Every expression here may see user text and is linear in it: the pieces of each are disjoint
 * and its quantifiers possessive, and the two that are ambiguous by nature ({@link #ETHOS_STEM} and
 * {@link #LEGACY_SKILL_FILE}: a SemVer pre-release may itself hold {@code -v1.0.0}) first check, in
 * a look-ahead, that the text is at most {@link #MAX_NAME} characters long.
 */
public final class Names {
  /** The longest file stem or file name matched against the ambiguous name patterns. */
  public static final int MAX_NAME = 256;

  /** ASCII kebab-case: lowercase letters and digits in hyphen-separated words. */
  public static final Pattern KEBAB = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

  /** SemVer 2.0.0, with optional pre-release and build parts. */
  public static final Pattern SEMVER =
      Pattern.compile(
          "(?<![0-9])(0|[1-9]\\d*+)\\.(0|[1-9]\\d*+)\\.(0|[1-9]\\d*+)"
              + "(-[0-9A-Za-z-]++(?:\\.[0-9A-Za-z-]++)*+)?+(\\+[0-9A-Za-z-]++(?:\\.[0-9A-Za-z-]++)*+)?+");

  /**
   * At most {@link #MAX_NAME} characters to the end of the input: a look-ahead that fails after
   * reading {@code MAX_NAME + 1} characters.
   */
  private static final String BOUNDED = "\\A(?=[^\\n]{1," + MAX_NAME + "}+\\z)";

  /**
   * The file stem of an ETHOS profile: {@code ethos-<kebab>-v<semver>}, at most {@link #MAX_NAME}
   * characters (group 1 the name, group 2 the version).
   */
  public static final Pattern ETHOS_STEM =
      Pattern.compile(BOUNDED + "ethos-([a-z0-9]+(?:-[a-z0-9]+)*)-v(" + SEMVER.pattern() + ")");

  /**
   * The legacy v0.1 skill file name: {@code skill-<kebab>-v<semver>.md}, at most {@link #MAX_NAME}
   * characters (group 1 the name, group 2 the version).
   */
  public static final Pattern LEGACY_SKILL_FILE =
      Pattern.compile(
          BOUNDED + "skill-([a-z0-9]+(?:-[a-z0-9]+)*)-v(" + SEMVER.pattern() + ")\\.md");

  /** An ISO-8601 calendar date. */
  public static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

  /** Runs of characters other than lower-case ASCII letters and digits. */
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]++");

  /** Combining marks. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}++");

  /** Runs of characters other than letters and digits of any script. */
  private static final Pattern NON_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]++");

  private Names() {}

  /** {@code s} in Unicode normalization form NFKC. */
  public static String nfkc(String s) {
    return Unicode.normalize(s, Normalizer.Form.NFKC);
  }

  /** Whether {@code s} matches {@link #SEMVER}. */
  public static boolean isSemver(String s) {
    return SEMVER.matcher(s).matches();
  }

  /** Whether {@code s} matches {@link #ETHOS_STEM}. */
  public static boolean isEthosStem(String s) {
    return ETHOS_STEM.matcher(s).matches();
  }

  /** Whether {@code s} matches {@link #ISO_DATE}. */
  public static boolean isIsoDate(String s) {
    return ISO_DATE.matcher(s).matches();
  }

  /** Whether {@code s} matches {@link #KEBAB}. */
  public static boolean isKebab(String s) {
    return KEBAB.matcher(s).matches();
  }

  /**
   * The ASCII kebab-case form of {@code text}, at most {@code max} characters: accents dropped,
   * every run of other characters a single hyphen; {@code "skill"} when nothing is left.
   */
  public static String kebab(String text, int max) {
    String ascii =
        MARKS
            .matcher(Unicode.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String words =
        NON_ALNUM.splitAsStream(ascii).filter(w -> !w.isEmpty()).collect(Collectors.joining("-"));
    String s = words.length() > max ? words.substring(0, max) : words;
    while (s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "skill" : s;
  }

  /** The last segment of a logical path ({@code /} or {@code \} separated). */
  public static String fileName(String path) {
    String p = path.replace('\\', '/');
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    int i = p.lastIndexOf('/');
    return i < 0 ? p : p.substring(i + 1);
  }

  /** The name of the directory holding the file at {@code path}; empty when there is none. */
  public static String parentName(String path) {
    String p = path.replace('\\', '/');
    int i = p.lastIndexOf('/');
    if (i <= 0) {
      return "";
    }
    return fileName(p.substring(0, i));
  }

  /** Domain text as a key: lower case, words joined by {@code _}, {@code &} as {@code and}. */
  public static String domainKey(String domain) {
    String s = domain.trim().toLowerCase(Locale.ROOT).replace("&", " and ");
    return NON_LETTER_OR_DIGIT
        .splitAsStream(s)
        .filter(w -> !w.isEmpty())
        .collect(Collectors.joining("_"));
  }

  /** Code points in {@code s}. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
