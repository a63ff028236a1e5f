package ai.cromus.langchain4j.internal;

import dev.langchain4j.agentic.Agent;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message templates of an agent, read the way LangChain4j's AI services read them: {@code
 * SystemMessage} on the agent method, else on its interface; {@code UserMessage} on the method;
 * either as {@code value} joined by {@code delimiter} or from a class-path resource.
 */
public final class Prompts {
  /** Characters per token of every Cromus estimate (the SOP reader's rule, documented). */
  public static final int CHARS_PER_TOKEN = 4;

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");
  private static final int MAX_RESOURCE_CHARS = 4 * 1024 * 1024;

  private Prompts() {}

  /** The system and user templates of an agent interface, as far as they are annotated. */
  public static final class Templates {
    public final Optional<String> system;
    public final Optional<String> user;

    /** Problems met while reading them (a missing resource), one sentence each. */
    public final List<String> problems;

    Templates(Optional<String> system, Optional<String> user, List<String> problems) {
      this.system = system;
      this.user = user;
      this.problems = problems;
    }

    /** Every template variable, in order of appearance. */
    public Set<String> variables() {
      Set<String> vars = new LinkedHashSet<>();
      system.ifPresent(s -> vars.addAll(variablesOf(s)));
      user.ifPresent(s -> vars.addAll(variablesOf(s)));
      return vars;
    }

    /** Characters of both templates without their {@code {{variables}}}. */
    public long fixedChars() {
      return system.map(Prompts::withoutVariables).map(String::length).orElse(0)
          + (long) user.map(Prompts::withoutVariables).map(String::length).orElse(0);
    }
  }

  /** The method annotated with {@code @Agent} of an agent interface, if any. */
  public static Optional<Method> agentMethod(Class<?> type) {
    if (type == null) {
      return Optional.empty();
    }
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(Agent.class)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The public method of a type with this name, if exactly one. */
  public static Optional<Method> method(Class<?> type, String name) {
    Method found = null;
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)) {
        if (found != null) {
          return Optional.empty();
        }
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The templates of an agent interface (or of the interface a method belongs to). */
  public static Templates of(Class<?> type, Optional<Method> method) {
    List<String> problems = new ArrayList<>();
    Optional<String> system = Optional.empty();
    Optional<String> user = Optional.empty();
    SystemMessage sm = method.map(m -> m.getAnnotation(SystemMessage.class)).orElse(null);
    if (sm == null && type != null) {
      sm = type.getAnnotation(SystemMessage.class);
    }
    Class<?> owner = method.<Class<?>>map(Method::getDeclaringClass).orElse(type);
    if (sm != null) {
      system = template(owner, "system", sm.fromResource(), sm.value(), sm.delimiter(), problems);
    }
    UserMessage um = method.map(m -> m.getAnnotation(UserMessage.class)).orElse(null);
    if (um != null) {
      user = template(owner, "user", um.fromResource(), um.value(), um.delimiter(), problems);
    }
    return new Templates(system, user, problems);
  }

  private static Optional<String> template(
      Class<?> owner,
      String kind,
      String resource,
      String[] value,
      String delimiter,
      List<String> problems) {
    if (!resource.isBlank()) {
      Optional<String> text = resource(owner, resource);
      if (text.isEmpty()) {
        problems.add("the " + kind + " message resource '" + resource + "' cannot be read");
      }
      return text;
    }
    String joined = String.join(delimiter, value);
    return joined.isBlank() ? Optional.empty() : Optional.of(joined);
  }

  private static Optional<String> resource(Class<?> owner, String name) {
    if (owner == null) {
      return Optional.empty();
    }
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      in = owner.getResourceAsStream("/" + name);
    }
    if (in == null) {
      return Optional.empty();
    }
    try (InputStream s = in) {
      byte[] bytes = s.readNBytes(MAX_RESOURCE_CHARS * 4);
      return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The {@code {{variables}}} of a template, in order of appearance, each once. */
  public static Set<String> variablesOf(String template) {
    Set<String> vars = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(template);
    while (m.find()) {
      vars.add(m.group(1));
    }
    return vars;
  }

  /** The template without its variables: the text that is sent whatever the values. */
  public static String withoutVariables(String template) {
    return VARIABLE.matcher(template).replaceAll("");
  }

  /** Tokens of a number of characters, rounded up. */
  public static long tokens(long chars) {
    return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }
}
