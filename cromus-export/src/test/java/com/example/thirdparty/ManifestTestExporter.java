package com.example.thirdparty;

import ai.cromus.core.CompileResult;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.export.Exporter;
import java.nio.charset.StandardCharsets;

/**
 * A third party's exporter, as a jar on the class path would bring it: registered in the test
 * sources' META-INF/services file. It writes the step ids, one per line.
 */
public final class ManifestTestExporter implements Exporter {
  @Override
  public String id() {
    return "test-manifest";
  }

  @Override
  public String description() {
    return "Test: the step ids, one per line";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    StringBuilder b = new StringBuilder();
    result.workflow().steps().forEach(s -> b.append(s.id()).append('\n'));
    return ExportBundle.builder()
        .target(id())
        .addFiles(
            ExportedFile.builder()
                .path("steps.txt")
                .content(b.toString().getBytes(StandardCharsets.UTF_8))
                .build())
        .build();
  }
}
