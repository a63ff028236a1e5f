package ai.cromus.cli;

import ai.cromus.cli.internal.Futures;
import ai.cromus.cli.internal.InputFiles;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reports of the listed files. The ETHOS and policy files are read first: they make the context
 * every file is checked under. Then each folder's files (those whose names share the part before
 * the last {@code /}: all a file's report depends on besides the context) are read and validated
 * together, one folder after the other on each thread.
 */
final class FolderValidation {
  /** Fewer files than this are validated on the calling thread: a pool would cost more. */
  private static final int PARALLEL_FROM = 256;

  final List<FoundSpecFile> files;
  final SpecValidator validator;
  final SpecReport[] reports;
  final InputFiles.Unreadable[] errors;
  final SpecFile[] shared;

  FolderValidation(List<FoundSpecFile> files, SpecValidator validator) {
    this.files = files;
    this.validator = validator;
    this.reports = new SpecReport[files.size()];
    this.errors = new InputFiles.Unreadable[files.size()];
    this.shared = new SpecFile[files.size()];
  }

  void run(int threads) {
    List<SpecFile> context = new ArrayList<>();
    Map<String, List<Integer>> folders = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      FoundSpecFile f = files.get(i);
      if (f.type == SpecType.ETHOS || f.type == SpecType.POLICY) {
        try {
          shared[i] = f.read();
          context.add(shared[i]);
        } catch (InputFiles.Unreadable e) {
          errors[i] = e;
        }
      }
      folders.computeIfAbsent(folder(f.name), k -> new ArrayList<>()).add(i);
    }
    int k = firstErrorIndex();
    if (k >= 0) {
      // read one by one, the command would have stopped at an earlier file it cannot read
      for (int i = 0; i < k; i++) {
        try {
          if (shared[i] == null) {
            files.get(i).read();
          }
        } catch (InputFiles.Unreadable e) {
          errors[i] = e;
          return;
        }
      }
      return;
    }
    SpecValidator.Context c = validator.context(context);
    List<List<Integer>> groups = new ArrayList<>(folders.values());
    if (threads == 1 || files.size() < PARALLEL_FROM) {
      for (List<Integer> g : groups) {
        validate(g, c);
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "cromus-validate");
              t.setDaemon(true);
              return t;
            });
    try {
      // a few batches per thread, so that a slow folder does not leave the others idle
      int batch = Math.max(1, groups.size() / (threads * 8));
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < groups.size(); from += batch) {
        List<List<Integer>> part = groups.subList(from, Math.min(groups.size(), from + batch));
        done.add(
            pool.submit(
                () -> {
                  for (List<Integer> g : part) {
                    validate(g, c);
                  }
                }));
      }
      for (Future<?> f : done) {
        Futures.join(f);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads and validates one folder's files; a file that cannot be read leaves them all. */
  private void validate(List<Integer> group, SpecValidator.Context c) {
    List<SpecFile> texts = new ArrayList<>(group.size());
    for (int i : group) {
      if (shared[i] != null) {
        texts.add(shared[i]);
        continue;
      }
      try {
        texts.add(files.get(i).read());
      } catch (InputFiles.Unreadable e) {
        errors[i] = e;
        return;
      }
    }
    List<SpecReport> r = validator.validateAll(texts, c);
    for (int k = 0; k < group.size(); k++) {
      reports[group.get(k)] = r.get(k);
    }
  }

  /** The first file, in order, that could not be read. */
  Optional<InputFiles.Unreadable> firstError() {
    int i = firstErrorIndex();
    return i < 0 ? Optional.empty() : Optional.of(errors[i]);
  }

  private int firstErrorIndex() {
    for (int i = 0; i < errors.length; i++) {
      if (errors[i] != null) {
        return i;
      }
    }
    return -1;
  }

  /** The folder part of a logical name, as {@link SpecValidator} groups files. */
  private static String folder(String name) {
    String p = name.replace('\\', '/');
    int i = p.lastIndexOf('/');
    return i < 0 ? "" : p.substring(0, i);
  }
}
