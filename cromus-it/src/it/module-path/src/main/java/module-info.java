/** A tiny application that uses Cromus as named modules. */
module ai.cromus.it.modular {
  requires ai.cromus.core;
  requires ai.cromus.catalog;
  requires ai.cromus.export;
  requires ai.cromus.report;

  exports ai.cromus.it.modular;
}
