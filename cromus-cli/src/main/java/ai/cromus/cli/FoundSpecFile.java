package ai.cromus.cli;

import ai.cromus.cli.internal.InputFiles;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecType;
import java.nio.file.Path;

/** A file to validate: where it is, the name it is reported under, its type. */
final class FoundSpecFile {
  final Path file;
  final String name;
  final SpecType type;

  FoundSpecFile(Path file, String name, SpecType type) {
    this.file = file;
    this.name = name;
    this.type = type;
  }

  SpecFile read() throws InputFiles.Unreadable {
    return SpecFile.of(name, InputFiles.read(file, ValidateCommand.MAX_BYTES), type);
  }
}
