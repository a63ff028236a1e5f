package ai.cromus.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README compiles against the current API, with the JDK's compiler. This
 * module's test class path holds everything the snippets use: core, the catalog, the test kit,
 * LangChain4j, JUnit. A snippet that declares a class is compiled as it is; the others are the body
 * of a method whose parameters are the values the README leaves to the reader ({@code source},
 * {@code scope}, {@code workflowBuiltInCode}, {@code system}). The imports a snippet does not show
 * are the packages a reader would import.
 */
class ReadmeSnippetTest {
  static final Path README = Path.of("../README.md");
  static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");

  /** What a statement snippet may import on demand: no two of these share a simple name it uses. */
  static final String STATEMENT_IMPORTS =
      """
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      import ai.cromus.core.*;
      import ai.cromus.core.scope.Scope;
      import ai.cromus.core.workflow.Workflow;
      import ai.cromus.core.simulation.CostMode;
      import ai.cromus.catalog.*;
      import ai.cromus.langchain4j.*;\
      """;

  /** What a test class snippet imports: the test kit, as examples/java does. */
  static final String CLASS_IMPORTS =
      """
      import static ai.cromus.test.CromusAssertions.assertThat;
      import ai.cromus.core.CompileResult;
      import ai.cromus.core.diagnostic.Severity;
      import ai.cromus.core.simulation.CostMode;
      import ai.cromus.test.*;
      import org.junit.jupiter.api.Test;\
      """;

  static List<String> snippets() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** A compilation unit of one snippet. */
  static String unit(String snippet, int n) {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).add(line);
    }
    String code = String.join("\n", body);
    if (code.contains("class ")) {
      return CLASS_IMPORTS + "\n" + String.join("\n", imports) + "\n" + code;
    }
    return STATEMENT_IMPORTS
        + "\n"
        + String.join("\n", imports)
        + "\nclass Snippet"
        + n
        + " {\n  void run(WorkflowSource source, Scope scope, Workflow workflowBuiltInCode,"
        + " Object system) throws Exception {\n"
        + code
        + "\n  }\n}\n";
  }

  static final class Source extends SimpleJavaFileObject {
    final String code;

    Source(String className, String code) {
      super(java.net.URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }

  @Test
  void everyJavaSnippetOfTheReadmeCompiles(@TempDir Path out) throws IOException {
    List<String> snippets = snippets();
    assertThat(snippets).as("the README's Java snippets").hasSizeGreaterThanOrEqualTo(4);
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      String unit = unit(snippets.get(i), i);
      Matcher cls = Pattern.compile("class (\\w+)").matcher(unit);
      assertThat(cls.find()).isTrue();
      sources.add(new Source(cls.group(1), unit));
    }
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of("--release", "17", "-proc:none", "-classpath", classPath, "-d", out.toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null, sources).call();
      List<String> errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .map(
                  d ->
                      d.getSource().getName()
                          + ":"
                          + d.getLineNumber()
                          + ": "
                          + d.getMessage(null)
                          + "\n"
                          + ((Source) d.getSource()).code)
              .collect(Collectors.toList());
      assertThat(errors).as("README snippets that do not compile").isEmpty();
      assertThat(ok).isTrue();
    }
    assertThat(classPath.split(File.pathSeparator)).isNotEmpty();
  }
}
