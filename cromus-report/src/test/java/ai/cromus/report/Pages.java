package ai.cromus.report;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The examples, the engine, the Nu Html Checker and a browser DOM for the report's tests. */
final class Pages {
  static final Cromus ENGINE = Cromus.builder().catalog(BundledCatalog.get()).build();

  private static SimpleDocumentValidator validator;
  private static final List<String> messages = new ArrayList<>();

  private Pages() {}

  /** An example's source: its path from the repository root and its text. */
  record Example(String path, String text) {
    CompileResult compile() {
      return ENGINE.compileSource(WorkflowSource.of(path, text), Scope.defaults());
    }

    String render() {
      return HtmlReport.render(compile(), HtmlReportOptions.withSource(path, text));
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /** Every SOP and structured workflow under {@code examples/}. */
  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (String dir : List.of("examples/sops", "examples/workflows")) {
      try (Stream<Path> s = Files.list(Path.of("..").resolve(dir))) {
        for (Path p : s.sorted().toList()) {
          out.add(new Example(dir + "/" + p.getFileName(), Files.readString(p)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * What the Nu Html Checker (the W3C's HTML5 conformance checker) says about {@code html}: every
   * error and warning, with its line and column; empty for a conforming document.
   */
  static synchronized List<String> check(String html) throws Exception {
    if (validator == null) {
      ErrorHandler collect =
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              messages.add(
                  "warning "
                      + e.getLineNumber()
                      + ":"
                      + e.getColumnNumber()
                      + " "
                      + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
              messages.add(
                  "error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              error(e);
            }
          };
      validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collect);
      validator.setUpValidatorAndParsers(collect, false, false);
    }
    messages.clear();
    InputSource in = new InputSource(new StringReader(html));
    in.setEncoding("UTF-8");
    validator.checkHtmlInputSource(in);
    return List.copyOf(messages);
  }

  /** A page loaded in HtmlUnit with every request refused and recorded in {@code requests}. */
  static HtmlPage load(WebClient client, String html, List<String> requests) throws IOException {
    client.getOptions().setJavaScriptEnabled(false);
    client.getOptions().setCssEnabled(true);
    client.getOptions().setThrowExceptionOnScriptError(true);
    new WebConnectionWrapper(client) {
      @Override
      public WebResponse getResponse(WebRequest request) throws IOException {
        requests.add(request.getUrl().toString());
        throw new IOException("the report must not load anything: " + request.getUrl());
      }
    };
    return client.loadHtmlCodeIntoCurrentWindow(html);
  }
}
