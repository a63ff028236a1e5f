package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.test.internal.Breakdown;
import ai.cromus.test.internal.Locations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.opentest4j.AssertionFailedError;

/**
 * JUnit 5 extension that compiles workflows for tests and enforces budgets.
 *
 * <ul>
 *   <li>Resolves a {@link CompileResult} parameter annotated {@link CromusWorkflow} (or
 *       unannotated, when the method or class carries {@code @CromusWorkflow}).
 *   <li>Before the test body runs, checks every such result against the {@link CromusBudget} on the
 *       method (or else the class), and fails the test with the per-step cost breakdown when a
 *       limit is exceeded. A test with {@code @CromusBudget} and a method- or class-level
 *       {@code @CromusWorkflow} but no parameter is checked too: one annotation is a budget test.
 * </ul>
 *
 * <p>Compiles with the engine in a static {@link CromusEngine} field of the test class, or {@link
 * Cromus#defaultEngine()}. Results are cached per engine, workflow and scope for the whole test
 * run, so many tests of one workflow compile it once. {@code @CromusWorkflow} and
 * {@code @CromusBudget} register this extension themselves; {@code @ExtendWith} is not needed.
 */
@API(status = STABLE, since = "0.1")
public final class CromusExtension implements ParameterResolver, InvocationInterceptor {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CromusExtension.class);

  /**
   * Created by JUnit, through {@code @CromusWorkflow}, {@code @CromusBudget} or
   * {@code @ExtendWith}.
   */
  public CromusExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
    if (pc.getParameter().getType() != CompileResult.class) {
      return false;
    }
    return pc.isAnnotated(CromusWorkflow.class) || enclosingWorkflow(ec).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
    CromusWorkflow w =
        pc.findAnnotation(CromusWorkflow.class)
            .or(() -> enclosingWorkflow(ec))
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "no @CromusWorkflow for " + pc.getParameter()));
    try {
      return compile(w, ec);
    } catch (ExtensionConfigurationException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext ec)
      throws Throwable {
    checkBudgetThenProceed(invocation, invocationContext, ec);
  }

  /** Parameterized and repeated tests: each invocation is checked like a plain test. */
  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext ec)
      throws Throwable {
    checkBudgetThenProceed(invocation, invocationContext, ec);
  }

  private void checkBudgetThenProceed(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext ec)
      throws Throwable {
    Optional<CromusBudget> budget = budget(ec);
    if (budget.isEmpty()) {
      invocation.proceed();
      return;
    }
    List<CompileResult> results = new ArrayList<>();
    for (Object argument : invocationContext.getArguments()) {
      if (argument instanceof CompileResult compileResult) {
        results.add(compileResult);
      }
    }
    if (results.isEmpty()) {
      Optional<CromusWorkflow> w = enclosingWorkflow(ec);
      if (w.isEmpty()) {
        invocation.skip();
        throw new ExtensionConfigurationException(
            "@CromusBudget on "
                + ec.getDisplayName()
                + " but no workflow to check: add @CromusWorkflow to the method, the class or a CompileResult parameter");
      }
      results.add(compile(w.get(), ec));
    }
    List<String> failures = new ArrayList<>();
    for (CompileResult r : results) {
      check(budget.get(), r).ifPresent(failures::add);
    }
    if (!failures.isEmpty()) {
      invocation.skip();
      throw new AssertionFailedError(String.join("\n\n", failures));
    }
    invocation.proceed();
  }

  /** The budget failure of one result, if any: the limit, the figure and the breakdown. */
  static Optional<String> check(CromusBudget budget, CompileResult r) {
    Optional<Money> perRun = limit(budget.perRunUsd(), "perRunUsd");
    Optional<Money> perMonth = limit(budget.perMonthUsd(), "perMonthUsd");
    if (perRun.isEmpty() && perMonth.isEmpty()) {
      throw new ExtensionConfigurationException(
          "@CromusBudget sets neither perRunUsd nor perMonthUsd");
    }
    List<String> errors = new ArrayList<>();
    perRun.ifPresent(
        limit ->
            run(() -> CromusAssertions.assertThat(r).costPerRun(budget.mode()).isAtMost(limit))
                .ifPresent(errors::add));
    perMonth.ifPresent(
        limit ->
            run(() -> CromusAssertions.assertThat(r).costPerMonth(budget.mode()).isAtMost(limit))
                .ifPresent(errors::add));
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    // Every message ends with the same breakdown: keep the figures of each, the breakdown once.
    String breakdown = Breakdown.forCost(r, Optional.of(budget.mode()));
    String heads =
        errors.stream()
            .map(
                e ->
                    e.endsWith(breakdown)
                        ? e.substring(0, e.length() - breakdown.length()).trim()
                        : e)
            .collect(Collectors.joining("\n"));
    return Optional.of(
        "Budget check failed for workflow "
            + r.workflow().name()
            + ":\n"
            + heads
            + "\n\n"
            + breakdown);
  }

  private static Optional<String> run(Runnable assertion) {
    try {
      assertion.run();
      return Optional.empty();
    } catch (AssertionError e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Optional<Money> limit(String text, String name) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      Money m = Money.usd(text);
      if (m.isNegative()) {
        throw new ExtensionConfigurationException(
            "@CromusBudget " + name + " must not be negative: '" + text + "'");
      }
      return Optional.of(m);
    } catch (NumberFormatException e) {
      throw new ExtensionConfigurationException(
          "@CromusBudget " + name + " is not a decimal amount of dollars: '" + text + "'", e);
    }
  }

  private static Optional<CromusBudget> budget(ExtensionContext ec) {
    Optional<CromusBudget> onMethod =
        ec.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, CromusBudget.class));
    if (onMethod.isPresent()) {
      return onMethod;
    }
    return onClasses(ec, CromusBudget.class);
  }

  private static Optional<CromusWorkflow> enclosingWorkflow(ExtensionContext ec) {
    Optional<CromusWorkflow> onMethod =
        ec.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, CromusWorkflow.class));
    if (onMethod.isPresent()) {
      return onMethod;
    }
    return onClasses(ec, CromusWorkflow.class);
  }

  /**
   * The annotation on the test class or, for {@code @Nested} tests, the nearest enclosing class.
   */
  private static <A extends Annotation> Optional<A> onClasses(ExtensionContext ec, Class<A> type) {
    Optional<Class<?>> c = ec.getTestClass();
    while (c.isPresent()) {
      Optional<A> a = AnnotationSupport.findAnnotation(c.get(), type);
      if (a.isPresent()) {
        return a;
      }
      c = Optional.ofNullable(c.get().getEnclosingClass());
    }
    return Optional.empty();
  }

  private static CompileResult compile(CromusWorkflow w, ExtensionContext ec) {
    Cromus engine = engine(ec);
    ClassLoader loader =
        ec.getTestClass()
            .map(Class::getClassLoader)
            .orElse(Thread.currentThread().getContextClassLoader());
    String key = System.identityHashCode(engine) + "|" + w.value() + "|" + w.scope();
    ExtensionContext.Store store = ec.getRoot().getStore(NAMESPACE);
    return store.getOrComputeIfAbsent(key, k -> compile(engine, w, loader), CompileResult.class);
  }

  private static CompileResult compile(Cromus engine, CromusWorkflow w, ClassLoader loader) {
    String text = read(w.value(), loader, "workflow");
    Parsed<Scope> scope =
        w.scope().isBlank()
            ? Parsed.of(Scope.defaults(), List.of())
            : scope(engine, w.scope(), loader);
    return engine.compileSource(WorkflowSource.of(Locations.sourceName(w.value()), text), scope);
  }

  /**
   * The scope file, read and checked against the engine's catalog. An error in it is a
   * configuration error; its warnings go into the result's diagnostics.
   */
  private static Parsed<Scope> scope(Cromus engine, String location, ClassLoader loader) {
    String name = Locations.sourceName(location);
    String text = read(location, loader, "scope");
    Parsed<Scope> parsed =
        engine
            .catalog()
            .map(c -> ScopeReader.read(name, text, c))
            .orElseGet(() -> ScopeReader.read(name, text));
    List<Diagnostic> errors =
        parsed.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new ExtensionConfigurationException(
          "@CromusWorkflow scope "
              + location
              + " has "
              + errors.size()
              + (errors.size() == 1 ? " error" : " errors")
              + ":\n"
              + errors.stream()
                  .map(d -> "  " + Breakdown.line(d))
                  .collect(Collectors.joining("\n")));
    }
    return parsed;
  }

  private static String read(String location, ClassLoader loader, String what) {
    try {
      return Locations.read(location, loader)
          .orElseThrow(
              () ->
                  new ExtensionConfigurationException(
                      "@CromusWorkflow "
                          + what
                          + " not found: "
                          + location
                          + " (use classpath:path for a test resource, or a file path relative to the working directory)"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read @CromusWorkflow " + what + " " + location, e);
    }
  }

  private static Cromus engine(ExtensionContext ec) {
    Optional<Class<?>> c = ec.getTestClass();
    while (c.isPresent()) {
      List<Field> fields =
          AnnotationSupport.findAnnotatedFields(
              c.get(), CromusEngine.class, f -> true, HierarchyTraversalMode.TOP_DOWN);
      for (Field f : fields) {
        if (!Modifier.isStatic(f.getModifiers()) || !Cromus.class.isAssignableFrom(f.getType())) {
          throw new ExtensionConfigurationException(
              "@CromusEngine field " + f + " must be a static field of type Cromus");
        }
        try {
          f.setAccessible(true);
          Object engine = f.get(null);
          if (engine == null) {
            throw new ExtensionConfigurationException("@CromusEngine field " + f + " is null");
          }
          return (Cromus) engine;
        } catch (IllegalAccessException e) {
          throw new ExtensionConfigurationException(
              "@CromusEngine field " + f + " is not accessible", e);
        }
      }
      c = Optional.ofNullable(c.get().getEnclosingClass());
    }
    return Cromus.defaultEngine();
  }
}
