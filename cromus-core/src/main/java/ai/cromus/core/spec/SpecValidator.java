package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.Requirements;
import ai.cromus.core.internal.spec.AgentsChecker;
import ai.cromus.core.internal.spec.EthosChecker;
import ai.cromus.core.internal.spec.Findings;
import ai.cromus.core.internal.spec.MemoryChecker;
import ai.cromus.core.internal.spec.Names;
import ai.cromus.core.internal.spec.PolicyChecker;
import ai.cromus.core.internal.spec.SidecarChecker;
import ai.cromus.core.internal.spec.SkillChecker;
import ai.cromus.core.internal.spec.SpecCrossChecks;
import ai.cromus.core.internal.spec.YamlChecks;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Validates the open-spec files: SKILL.md (Agent Skills, with the Cromus extensions and the legacy
 * v0.1 schema), its {@code cromus.yaml} sidecar, ETHOS.md, MEMORY.md, AGENTS.md and {@code
 * cromus.policy.yml}. Text and a logical path in, diagnostics out: no I/O. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * SpecValidator v = SpecValidator.create();
 * SpecReport r = v.validate(SpecFile.of("refund-triage/SKILL.md", text));
 * r.valid();          // as the reference validator skills-ref would judge it
 * r.diagnostics();    // rule, line, column, message, hint
 * }</pre>
 *
 * <p>{@link #validateAll(List, Optional)} adds the cross-file checks: a skill's {@code
 * ethos_reference} resolves to a built-in profile or a supplied ETHOS file; the sidecar belongs to
 * its SKILL.md; every supplied policy is applied to every SKILL.md; an ETHOS profile fits the
 * workflow's domain; the MEMORY scope is the workflow's.
 */
@API(status = STABLE, since = "0.1")
public final class SpecValidator {
  private final Limits limits;

  private SpecValidator(Limits limits) {
    Requirements.check();
    this.limits = limits;
  }

  /** A validator with the default limits. */
  public static SpecValidator create() {
    return new SpecValidator(Limits.DEFAULTS);
  }

  /** A validator with the given input limits. */
  public static SpecValidator create(Limits limits) {
    return new SpecValidator(Objects.requireNonNull(limits, "limits must not be null"));
  }

  /** Validates one file on its own (references resolve to the built-in profiles only). */
  public SpecReport validate(SpecFile file) {
    Objects.requireNonNull(file, "file must not be null");
    return validateAll(List.of(file), Optional.empty()).get(0);
  }

  /** Validates files together, without a workflow. */
  public List<SpecReport> validateAll(List<SpecFile> files) {
    return validateAll(files, Optional.empty());
  }

  /** Validates files together; one report per file, in the order given. */
  public List<SpecReport> validateAll(List<SpecFile> files, Optional<Workflow> workflow) {
    Objects.requireNonNull(files, "files must not be null");
    Objects.requireNonNull(workflow, "workflow must not be null");
    List<SpecFile> normalized = normalized(files);
    return check(normalized, contextOf(normalized), workflow);
  }

  /**
   * What the files of a set tell every other file of it, wherever it lies: the ETHOS profiles they
   * supply (a skill's {@code ethos_reference} may name one) and the policies every SKILL.md is
   * checked against. Everything else a file's report depends on lies in its own folder (a SKILL.md
   * and its {@code cromus.yaml} sidecar). Made by {@link #context(List)}; immutable and
   * thread-safe.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Context {
    private final Set<String> stems;
    private final List<PolicyChecker.Policy> policies;

    private Context(Set<String> stems, List<PolicyChecker.Policy> policies) {
      this.stems = stems;
      this.policies = policies;
    }
  }

  /**
   * The context of a set of files, made from its ETHOS and policy files (the others are ignored, so
   * passing the whole set or only those gives the same context). With it, a large set can be
   * validated a folder at a time, for example in parallel and without holding every text at once:
   * {@link #validateAll(List, Context)} of each folder's files gives each file the report that
   * {@link #validateAll(List)} of the whole set gives it.
   */
  public Context context(List<SpecFile> files) {
    Objects.requireNonNull(files, "files must not be null");
    List<SpecFile> shared = new ArrayList<>();
    for (SpecFile f : files) {
      if (f.type() == SpecType.ETHOS || f.type() == SpecType.POLICY) {
        shared.add(f);
      }
    }
    return contextOf(normalized(shared));
  }

  /**
   * Validates files under the context of the set they belong to: one report per file, in the order
   * given, each the one {@link #validateAll(List)} of the whole set gives it, provided {@code
   * files} holds every file of the set that lies in the same folder (the part of its path before
   * the last {@code /}) as any of them.
   */
  public List<SpecReport> validateAll(List<SpecFile> files, Context context) {
    Objects.requireNonNull(files, "files must not be null");
    Objects.requireNonNull(context, "context must not be null");
    return check(normalized(files), context, Optional.empty());
  }

  private static List<SpecFile> normalized(List<SpecFile> files) {
    List<SpecFile> normalized = new ArrayList<>(files.size());
    for (SpecFile f : files) {
      normalized.add(SpecFile.of(f.path(), lineEnds(f.text()), f.type()));
    }
    return normalized;
  }

  /** CRLF and lone CR become LF, so that every reader counts the same lines. */
  private static String lineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The context of normalized files. */
  private Context contextOf(List<SpecFile> files) {
    Set<String> stems = new LinkedHashSet<>(EthosProfiles.stems());
    List<PolicyChecker.Policy> policies = new ArrayList<>();
    for (SpecFile f : files) {
      if (f.type() == SpecType.ETHOS) {
        stems.addAll(suppliedStems(f));
      } else if (f.type() == SpecType.POLICY) {
        policies.add(PolicyChecker.read(f.path(), f.text(), limits));
      }
    }
    return new Context(Collections.unmodifiableSet(stems), List.copyOf(policies));
  }

  private List<SpecReport> check(
      List<SpecFile> files, Context context, Optional<Workflow> workflow) {
    Set<String> stems = context.stems;
    List<PolicyChecker.Policy> policies = context.policies;
    Map<String, SpecFile> sidecars = new LinkedHashMap<>();
    Map<String, String> skillNames = new LinkedHashMap<>();
    for (SpecFile f : files) {
      if (f.type() == SpecType.SIDECAR) {
        sidecars.put(directory(f.path()), f);
      }
    }
    List<SpecReport> reports = new ArrayList<>();
    for (SpecFile f : files) {
      reports.add(one(f, stems, sidecars, skillNames, policies, workflow));
    }
    // sidecars are checked after their skills so they know the skill's name
    List<SpecReport> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      SpecFile f = files.get(i);
      if (f.type() == SpecType.SIDECAR) {
        List<Diagnostic> d =
            SidecarChecker.check(
                f.path(), f.text(), skillNames.getOrDefault(directory(f.path()), ""), limits);
        out.add(
            report(
                f,
                d,
                d.stream().anyMatch(x -> x.rule().equals(SpecRule.SKILL_SIDECAR_SYNTAX.id()))
                    ? 0
                    : 100,
                Optional.empty()));
      } else {
        out.add(reports.get(i));
      }
    }
    return out;
  }

  /**
   * Validates a path given as a skill, as the reference validator does: the path must exist and be
   * a directory holding {@code SKILL.md} (or {@code skill.md}). {@code entries} maps the
   * directory's file names to their text (only {@code SKILL.md}, {@code skill.md} and {@code
   * cromus.yaml} are read). For a {@link PathKind#FILE} named SKILL.md, validate it with {@link
   * #validate(SpecFile)} instead.
   */
  public List<SpecReport> validateSkillPath(
      String path, PathKind kind, Map<String, String> entries) {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(entries, "entries must not be null");
    Findings out = new Findings(path);
    if (kind == PathKind.MISSING) {
      out.add(
          SpecRule.SKILL_MISSING_PATH,
          1,
          1,
          "Path does not exist: " + path + ".",
          "Check the path; give the skill's directory or its SKILL.md.");
    } else if (kind == PathKind.FILE) {
      out.add(
          SpecRule.SKILL_NOT_DIRECTORY,
          1,
          1,
          "Not a directory: " + path + ".",
          "Give the skill's directory (the one holding SKILL.md).");
    } else if (!entries.containsKey("SKILL.md") && !entries.containsKey("skill.md")) {
      out.add(
          SpecRule.SKILL_MISSING_FILE,
          1,
          1,
          "Missing required file: SKILL.md.",
          "Create SKILL.md in " + path + " with name: and description: front matter.");
    }
    if (out.count(Severity.ERROR) > 0) {
      return List.of(
          report(SpecFile.of(path, "", SpecType.SKILL), out.sorted(), 0, Optional.empty()));
    }
    String dir = path.endsWith("/") ? path : path + "/";
    String file = entries.containsKey("SKILL.md") ? "SKILL.md" : "skill.md";
    List<SpecFile> files = new ArrayList<>();
    files.add(SpecFile.of(dir + file, entries.get(file), SpecType.SKILL));
    if (entries.containsKey("cromus.yaml")) {
      files.add(SpecFile.of(dir + "cromus.yaml", entries.get("cromus.yaml"), SpecType.SIDECAR));
    }
    return validateAll(files);
  }

  /** Checks a SKILL.md against a policy's text: the original product's policy check. */
  public PolicyResult checkPolicy(String policyYaml, SpecFile skill) {
    Objects.requireNonNull(policyYaml, "policyYaml must not be null");
    Objects.requireNonNull(skill, "skill must not be null");
    PolicyChecker.Policy policy =
        PolicyChecker.read("cromus.policy.yml", lineEnds(policyYaml), limits);
    SkillChecker.Result r =
        SkillChecker.check(
            skill.path(), lineEnds(skill.text()), false, EthosProfiles.stems(), limits);
    PolicyChecker.Declared d =
        r.skill()
            .map(s -> PolicyChecker.declared(s.root(), s.metadata(), Optional.empty()))
            .orElse(
                new PolicyChecker.Declared(false, false, List.of(), Optional.empty(), "", false));
    return PolicyChecker.evaluate(policy, d);
  }

  private SpecReport one(
      SpecFile f,
      Set<String> stems,
      Map<String, SpecFile> sidecars,
      Map<String, String> skillNames,
      List<PolicyChecker.Policy> policies,
      Optional<Workflow> workflow) {
    switch (f.type()) {
      case SKILL -> {
        return skill(f, stems, sidecars, skillNames, policies);
      }
      case ETHOS -> {
        EthosChecker.Result r = EthosChecker.check(f.path(), f.text(), stems, limits);
        List<Diagnostic> d = new ArrayList<>(r.diagnostics());
        if (workflow.isPresent() && r.profile().isPresent()) {
          d.addAll(SpecCrossChecks.ethosDomain(f.path(), r.profile().get(), workflow.get()));
          d.addAll(SpecCrossChecks.ethosRisk(f.path(), r.profile().get(), workflow.get()));
        }
        return report(f, d, r.completeness(), Optional.empty());
      }
      case MEMORY -> {
        return memory(f, workflow);
      }
      case AGENTS -> {
        AgentsChecker.Result r = AgentsChecker.check(f.path(), f.text(), limits);
        return report(f, r.diagnostics(), r.completeness(), Optional.empty());
      }
      case POLICY -> {
        PolicyChecker.Policy p = PolicyChecker.read(f.path(), f.text(), limits);
        return report(f, p.diagnostics(), p.completeness(), Optional.empty());
      }
      default -> {
        return report(f, List.of(), 100, Optional.empty());
      }
    }
  }

  /** A SKILL.md, with its sidecar and against every policy. */
  private SpecReport skill(
      SpecFile f,
      Set<String> stems,
      Map<String, SpecFile> sidecars,
      Map<String, String> skillNames,
      List<PolicyChecker.Policy> policies) {
    Optional<SpecFile> sidecar = Optional.ofNullable(sidecars.get(directory(f.path())));
    SkillChecker.Result r =
        SkillChecker.check(f.path(), f.text(), sidecar.isPresent(), stems, limits);
    r.skill().ifPresent(s -> skillNames.put(directory(f.path()), s.name()));
    List<Diagnostic> d = new ArrayList<>(r.diagnostics());
    Optional<PolicyResult> policyResult = Optional.empty();
    if (!policies.isEmpty() && r.skill().isPresent()) {
      Optional<YamlNode> side =
          sidecar
              .flatMap(s -> YamlChecks.read(s.text(), 1, 1, limits).root())
              .filter(YamlNode::isMapping);
      PolicyChecker.Declared declared =
          PolicyChecker.declared(r.skill().get().root(), r.skill().get().metadata(), side);
      for (PolicyChecker.Policy p : policies) {
        PolicyResult pr = PolicyChecker.evaluate(p, declared);
        if (policyResult.isEmpty()) {
          policyResult = Optional.of(pr);
        }
        d.addAll(SpecCrossChecks.policyDiagnostics(f.path(), pr));
      }
    }
    return report(f, d, r.completeness(), policyResult);
  }

  /** A MEMORY.md, with its scope against the workflow's. */
  private SpecReport memory(SpecFile f, Optional<Workflow> workflow) {
    MemoryChecker.Result r = MemoryChecker.check(f.path(), f.text(), limits);
    List<Diagnostic> d = new ArrayList<>(r.diagnostics());
    if (workflow.isPresent()
        && workflow.get().memory().isPresent()
        && r.scope().isPresent()
        && r.scope().get() != workflow.get().memory().get()) {
      MemoryScope want = workflow.get().memory().get();
      Findings x = new Findings(f.path());
      x.add(
          SpecRule.MEMORY_SCOPE,
          1,
          1,
          "MEMORY.md has scope "
              + r.scope().get().id()
              + " but the workflow '"
              + workflow.get().name()
              + "' declares memory: "
              + want.id()
              + ".",
          "Set scope: " + want.id() + " in MEMORY.md, or change the workflow's memory.");
      d.addAll(x.sorted());
    }
    return report(f, d, r.completeness(), Optional.empty());
  }

  private Set<String> suppliedStems(SpecFile f) {
    Set<String> out = new LinkedHashSet<>();
    String file = Names.fileName(f.path());
    String stem = file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    if (Names.ETHOS_STEM.matcher(stem).matches()) {
      out.add(stem);
    }
    EthosChecker.check(f.path(), f.text(), Set.of(), limits)
        .profile()
        .ifPresent(p -> out.add(p.stem()));
    return out;
  }

  private static SpecReport report(
      SpecFile f, List<Diagnostic> diagnostics, int completeness, Optional<PolicyResult> policy) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    int errors = (int) sorted.stream().filter(d -> d.severity() == Severity.ERROR).count();
    int warnings = (int) sorted.stream().filter(d -> d.severity() == Severity.WARNING).count();
    int score = Math.max(0, completeness - 25 * errors - 5 * warnings);
    return SpecReport.builder()
        .path(f.path())
        .type(f.type())
        .diagnostics(sorted)
        .completeness(completeness)
        .score(score)
        .policy(policy)
        .build();
  }

  private static String directory(String path) {
    String p = path.replace('\\', '/');
    int i = p.lastIndexOf('/');
    return i < 0 ? "" : p.substring(0, i);
  }
}
