package ai.cromus.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps what it is given, by level, for assertions. */
final class CapturedLog implements Log {
  final List<String> debug = new ArrayList<>();
  final List<String> info = new ArrayList<>();
  final List<String> warn = new ArrayList<>();
  final List<String> error = new ArrayList<>();

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public void debug(CharSequence content) {
    debug.add(content.toString());
  }

  @Override
  public void debug(CharSequence content, Throwable error) {
    debug(content);
  }

  @Override
  public void debug(Throwable error) {
    debug(String.valueOf(error));
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public void info(CharSequence content) {
    info.add(content.toString());
  }

  @Override
  public void info(CharSequence content, Throwable error) {
    info(content);
  }

  @Override
  public void info(Throwable error) {
    info(String.valueOf(error));
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public void warn(CharSequence content) {
    warn.add(content.toString());
  }

  @Override
  public void warn(CharSequence content, Throwable error) {
    warn(content);
  }

  @Override
  public void warn(Throwable error) {
    warn(String.valueOf(error));
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public void error(CharSequence content) {
    this.error.add(content.toString());
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    error(content);
  }

  @Override
  public void error(Throwable error) {
    error(String.valueOf(error));
  }
}
