package ai.cromus.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every document a reader is sent to is in the repository. Every Markdown file of the repository
 * (README, CHANGELOG, docs/, examples/, module READMEs; test inputs aside) links only to files that
 * exist inside the repository, and to headings that exist in them; and every Java source and main
 * resource cites only documents under docs/, at sections that exist. Nothing anywhere names the
 * shared folder the project started from, which a clone does not have.
 */
class DocsLinksTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Parser MARKDOWN = Parser.builder().build();

  /** Folders that hold no documentation: build output, tools, and test inputs. */
  static final Set<String> SKIPPED = Set.of("target", ".git", ".mvn", "node_modules", "resources");

  /** A URI with a scheme (https:, mailto:): a web link, not a path in the repository. */
  static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*+:");

  /** {@code src="..."} and {@code href="..."} in raw HTML. */
  static final Pattern HTML_TARGET = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*+)\"");

  /** A heading number: {@code ## 2.3 Prices}, {@code ## 4. The verdict}. */
  static final Pattern HEADING_NUMBER = Pattern.compile("^(\\d++(?:\\.\\d++)*+)\\.?(?:\\s|$)");

  /** A document path under docs/, as code and resources cite it. */
  static final Pattern DOCS_PATH =
      Pattern.compile("\\bdocs/([A-Za-z0-9_./-]+\\.(?:md|json|png|svg))");

  /**
   * A citation of a section of a Markdown document: {@code name.md §6.2}, {@code name.md, section
   * 4}, {@code [name.md](name.md) §3}; group 1 the document, group 2 the section.
   */
  static final Pattern SECTION_CITATION =
      Pattern.compile(
          "([A-Za-z0-9_./-]+\\.md)(?:\\]\\([^)]*\\))?,?\\s*+(?:§\\s*+|section\\s++)(\\d++(?:\\.\\d++)*+)");

  /**
   * A document name written in capitals ({@code DESIGN.md}), as project documents are named, on its
   * own: not the last part of a path or a URL.
   */
  static final Pattern CAPITAL_DOC = Pattern.compile("(?<![/\\w.-])([A-Z][A-Z0-9_-]*+\\.md)\\b");

  /** Capitalised names that are file formats Cromus reads or writes, not documents it cites. */
  static final Set<String> SPEC_FILES =
      Set.of("SKILL.md", "ETHOS.md", "MEMORY.md", "AGENTS.md", "README.md", "CHANGELOG.md");

  /** Names of the documents the project started from, outside the repository. */
  static final List<String> OUTSIDE =
      List.of(
          "../shared",
          "/work/shared",
          "shared/reference",
          "croms-and-cost.md",
          "open-specs.md",
          "export-targets.md",
          "model-catalog-seed.json",
          "SOP-FORMAT.md",
          "DESIGN.md",
          "STYLE.md");

  static List<Path> files(Path dir, String suffix) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted().collect(Collectors.toList())) {
        Path rel = ROOT.relativize(p);
        boolean skipped = false;
        for (Path part : rel) {
          skipped |= SKIPPED.contains(part.toString());
        }
        if (!skipped && Files.isRegularFile(p) && p.toString().endsWith(suffix)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** The Markdown files a reader can be sent to. */
  static List<Path> markdownFiles() throws IOException {
    return files(ROOT, ".md");
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String anchor(String heading) {
    StringBuilder sb = new StringBuilder();
    heading
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                sb.appendCodePoint(cp);
              } else if (cp == ' ') {
                sb.append('-');
              }
            });
    return sb.toString();
  }

  static final class Outline extends AbstractVisitor {
    final List<String> headings = new ArrayList<>();
    final List<String> targets = new ArrayList<>();

    @Override
    public void visit(Heading heading) {
      StringBuilder sb = new StringBuilder();
      heading.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text text) {
              sb.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
              sb.append(code.getLiteral());
            }
          });
      headings.add(sb.toString());
      visitChildren(heading);
    }

    @Override
    public void visit(Link link) {
      targets.add(link.getDestination());
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      targets.add(image.getDestination());
      visitChildren(image);
    }

    @Override
    public void visit(HtmlInline html) {
      html(html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      html(html.getLiteral());
    }

    private void html(String literal) {
      Matcher m = HTML_TARGET.matcher(literal);
      while (m.find()) {
        targets.add(m.group(1));
      }
    }

    /** The anchors of the headings, GitHub's way: a repeated anchor gets -1, -2, ... */
    Set<String> anchors() {
      Set<String> out = new LinkedHashSet<>();
      Map<String, Integer> seen = new HashMap<>();
      for (String h : headings) {
        String a = anchor(h);
        int n = seen.merge(a, 1, Integer::sum);
        out.add(n == 1 ? a : a + "-" + (n - 1));
      }
      return out;
    }

    /** The section numbers the headings start with. */
    Set<String> sections() {
      Set<String> out = new LinkedHashSet<>();
      for (String h : headings) {
        Matcher m = HEADING_NUMBER.matcher(h.strip());
        if (m.find()) {
          out.add(m.group(1));
        }
      }
      return out;
    }
  }

  private final Map<Path, Outline> outlines = new HashMap<>();

  Outline outline(Path markdown) throws IOException {
    Outline o = outlines.get(markdown);
    if (o == null) {
      o = new Outline();
      MARKDOWN.parse(Files.readString(markdown, StandardCharsets.UTF_8)).accept(o);
      outlines.put(markdown, o);
    }
    return o;
  }

  /** What is wrong with a link from {@code from} to {@code target}, or null. */
  String check(Path from, String target) throws IOException {
    if (target.isEmpty() || SCHEME.matcher(target).find()) {
      return null; // a web link: not a path of the repository
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? null : target.substring(hash + 1);
    Path resolved =
        path.isEmpty()
            ? from
            : from.getParent()
                .resolve(URLDecoder.decode(path, StandardCharsets.UTF_8))
                .toAbsolutePath()
                .normalize();
    if (!resolved.startsWith(ROOT)) {
      return "leaves the repository";
    }
    if (!Files.exists(resolved)) {
      return "does not exist";
    }
    if (fragment != null && resolved.toString().endsWith(".md")) {
      if (!outline(resolved).anchors().contains(fragment)) {
        return "has no heading #" + fragment;
      }
    }
    return null;
  }

  @Test
  void everyMarkdownLinkResolvesInsideTheRepository() throws IOException {
    List<Path> docs = markdownFiles();
    assertThat(docs).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/architecture.md"));
    List<String> broken = new ArrayList<>();
    for (Path doc : docs) {
      for (String target : outline(doc).targets) {
        String why = check(doc, target);
        if (why != null) {
          broken.add(ROOT.relativize(doc) + ": (" + target + ") " + why);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void sectionCitationsInTheDocsNameSectionsThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path doc : markdownFiles()) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      Matcher m = SECTION_CITATION.matcher(text);
      while (m.find()) {
        Path cited = doc.getParent().resolve(m.group(1)).normalize();
        String why = sectionProblem(cited, m.group(2));
        if (why != null) {
          broken.add(ROOT.relativize(doc) + ": " + m.group() + " " + why);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** Why a citation of {@code section} of {@code doc} is wrong, or null. */
  String sectionProblem(Path doc, String section) throws IOException {
    if (!Files.isRegularFile(doc) || !doc.startsWith(ROOT.resolve("docs"))) {
      return "cites a document that is not under docs/";
    }
    return outline(doc).sections().contains(section) ? null : "has no section " + section;
  }

  /** The Java sources of every module and example, and the main resources that cite documents. */
  static List<Path> sources() throws IOException {
    List<Path> out = new ArrayList<>(files(ROOT, ".java"));
    // this test names what it looks for
    out.removeIf(p -> p.getFileName().toString().equals("DocsLinksTest.java"));
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path m : modules.sorted().collect(Collectors.toList())) {
        Path resources = m.resolve("src/main/resources");
        if (Files.isDirectory(resources)) {
          try (Stream<Path> s = Files.walk(resources)) {
            s.filter(Files::isRegularFile)
                .filter(
                    p ->
                        p.toString().endsWith(".json")
                            || p.toString().endsWith(".properties")
                            || p.toString().endsWith(".yaml"))
                .sorted()
                .forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyDocumentTheCodeCitesIsUnderDocs() throws IOException {
    List<Path> sources = sources();
    assertThat(sources).anyMatch(p -> p.endsWith("Pipeline.java"));
    List<String> broken = new ArrayList<>();
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String where = ROOT.relativize(source).toString();
      Matcher docs = DOCS_PATH.matcher(text);
      while (docs.find()) {
        if (!Files.isRegularFile(ROOT.resolve("docs").resolve(docs.group(1)))) {
          broken.add(where + ": " + docs.group() + " does not exist");
        }
      }
      Matcher cited = SECTION_CITATION.matcher(text);
      while (cited.find()) {
        String name = cited.group(1);
        Path doc = ROOT.resolve(name.startsWith("docs/") ? name : "docs/" + name).normalize();
        String why = sectionProblem(doc, cited.group(2));
        if (why != null) {
          broken.add(where + ": " + cited.group() + " " + why);
        }
      }
      Matcher capital = CAPITAL_DOC.matcher(text);
      while (capital.find()) {
        String name = capital.group(1);
        if (!SPEC_FILES.contains(name)
            && !Files.isRegularFile(ROOT.resolve("docs").resolve(name))) {
          broken.add(where + ": " + name + " is not under docs/");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void nothingNamesTheSharedFolderOrItsDocuments() throws IOException {
    List<Path> all = new ArrayList<>(markdownFiles());
    all.addAll(sources());
    all.add(ROOT.resolve("pom.xml"));
    List<String> found = new ArrayList<>();
    for (Path p : all) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      for (String name : OUTSIDE) {
        if (text.contains(name) && !Files.exists(ROOT.resolve("docs").resolve(name))) {
          found.add(ROOT.relativize(p) + ": " + name);
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theChecksCatchWhatTheyAreFor() throws IOException {
    Path readme = ROOT.resolve("README.md");
    assertThat(check(readme, "docs/architecture.md")).isNull();
    assertThat(check(readme, "docs/no-such-page.md")).isEqualTo("does not exist");
    assertThat(check(readme, "../shared/DESIGN.md")).isEqualTo("leaves the repository");
    assertThat(check(readme, "docs/architecture.md#4-the-verdict")).isNull();
    assertThat(check(readme, "docs/architecture.md#no-such-heading"))
        .isEqualTo("has no heading #no-such-heading");
    assertThat(check(readme, "https://example.com/x")).isNull();
    assertThat(sectionProblem(ROOT.resolve("docs/pricing.md"), "3")).isNull();
    assertThat(sectionProblem(ROOT.resolve("docs/pricing.md"), "10.3")).isNull();
    assertThat(sectionProblem(ROOT.resolve("docs/pricing.md"), "99")).isNotNull();
    assertThat(sectionProblem(ROOT.resolve("docs/croms-and-cost.md"), "6.2")).isNotNull();
    Matcher m = SECTION_CITATION.matcher("prices from croms-and-cost.md §6.2, and");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("croms-and-cost.md");
    assertThat(m.group(2)).isEqualTo("6.2");
    assertThat(CAPITAL_DOC.matcher("each a pure function (DESIGN.md §1)").find()).isTrue();
    assertThat(CAPITAL_DOC.matcher("https://example.com/x/PRICING.md").find()).isFalse();
    assertThat(anchor("The Maven plugin (`cromus:check`)"))
        .isEqualTo("the-maven-plugin-cromuscheck");
    assertThat(anchor("4.3 Finding kinds")).isEqualTo("43-finding-kinds");
  }
}
