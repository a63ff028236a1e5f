package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.yaml.JsonReader;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.internal.yaml.YamlReader.Bounds;
import ai.cromus.core.internal.yaml.YamlReader.Document;
import ai.cromus.core.internal.yaml.YamlReader.Failure;
import ai.cromus.core.internal.yaml.YamlReader.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the YAML or JSON of a workflow source (SOP front matter, structured workflow) with the one
 * located YAML reader and the JSON reader, under the bounds of the engine's {@link Limits}, and
 * turns what they met into diagnostics: a duplicate key (the first value is kept), a custom tag,
 * content after a JSON document, or the reason the text cannot be read. Immutable and thread-safe.
 */
final class SourceTrees {
  /** The root, or empty, and the diagnostics of one read. */
  record Result(Optional<YamlNode> root, List<Diagnostic> diagnostics) {}

  private final Bounds bounds;
  private final YamlReader yaml;
  private final JsonReader json;

  SourceTrees(Limits limits) {
    this.bounds = Bounds.of(limits);
    this.yaml = new YamlReader(bounds);
    this.json = new JsonReader(bounds);
  }

  /**
   * Reads {@code text} as YAML (its first line is line {@code 1 + lineOffset} of the source) or
   * JSON; problems are diagnostics of {@code rule}, the rule of syntax errors.
   */
  Result read(String text, boolean isYaml, String source, int lineOffset, Rule rule) {
    Document doc = isYaml ? yaml.read(text, 1 + lineOffset, 1) : json.read(text);
    List<Diagnostic> diags = new ArrayList<>();
    for (Note n : doc.notes()) {
      SourceLocation at = SourceLocation.of(source, n.line(), n.column());
      switch (n.kind()) {
        case TAG -> {
          if (YamlReader.isCustomTag(n.text())) {
            diags.add(
                Diagnostic.of(
                    rule,
                    at,
                    "Custom YAML tag '"
                        + n.text()
                        + "' is not allowed; the value is read as plain data.",
                    "Remove the tag."));
          }
        }
        case DUPLICATE_KEY ->
            diags.add(
                Diagnostic.of(
                    rule,
                    at,
                    "Duplicate key '" + n.text() + "'; the later value is ignored.",
                    "Keep one '" + n.text() + "'."));
        case EXTRA_CONTENT ->
            diags.add(
                Diagnostic.of(rule, at, "Unexpected content after the end of the JSON document."));
        default -> {
          // anchors and aliases are plain YAML: an alias repeats the value it names
        }
      }
    }
    doc.failure().ifPresent(f -> diags.add(diagnostic(f, source, rule)));
    return new Result(doc.root(), diags);
  }

  private Diagnostic diagnostic(Failure f, String source, Rule rule) {
    SourceLocation at = SourceLocation.of(source, f.line(), f.column());
    String nesting = "Nesting is limited to " + bounds.maxDepth() + " levels.";
    return switch (f.kind()) {
      case TOO_LARGE ->
          Diagnostic.of(
              rule,
              at,
              "The document exceeds a safety limit: it is larger than "
                  + bounds.maxChars()
                  + " characters.",
              "Split the document.");
      case TOO_DEEP ->
          Diagnostic.of(
              rule,
              at,
              "The document exceeds a safety limit: it nests deeper than "
                  + bounds.maxDepth()
                  + " levels"
                  + (f.message() == null ? "" : " (" + f.message() + ")")
                  + ".",
              nesting);
      case TOO_MANY_NODES ->
          Diagnostic.of(
              rule,
              at,
              "The document exceeds a safety limit: it has more than "
                  + bounds.maxNodes()
                  + " values.",
              "Split the document.");
      case LIMIT ->
          Diagnostic.of(
              rule,
              at,
              "The document exceeds a safety limit: " + f.message(),
              "At most " + bounds.maxAliases() + " aliases; " + nesting);
      case MORE_THAN_ONE_DOCUMENT ->
          Diagnostic.of(
              rule,
              at,
              "Cannot read the document: it holds more than one document.",
              "Keep one document in the file.");
      default -> Diagnostic.of(rule, at, "Cannot read the document: " + f.message());
    };
  }
}
