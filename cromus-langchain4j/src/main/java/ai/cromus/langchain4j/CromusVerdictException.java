package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.CompileResult;
import ai.cromus.langchain4j.internal.Reports;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown by {@link CromusAgentic#requirePass} when an agentic system's verdict is FAIL, before any
 * model is called. Its message is the readable report; {@link #result()} is the whole result.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CromusVerdictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient CompileResult result;
  private final String report;

  public CromusVerdictException(CompileResult result) {
    this(result, Reports.verdict(Objects.requireNonNull(result, "result must not be null")));
  }

  private CromusVerdictException(CompileResult result, String report) {
    super(report);
    this.result = result;
    this.report = report;
  }

  /** The compile result whose verdict is FAIL (not kept when the exception is serialized). */
  public CompileResult result() {
    return result;
  }

  /** The readable report: verdict, reasons, cost per step, errors and warnings. */
  public String report() {
    return report;
  }
}
