// the scope was read, the SOP compiled, and the report written in the verify phase
def log = new File(basedir, 'build.log').text
assert log.contains('--- cromus:0.1.0-SNAPSHOT:check (default) @ check-passes ---') || log.contains(':check (default) @ check-passes')
assert log.contains('BUILD SUCCESS')
def report = new File(basedir, 'target/cromus/cromus-check.txt').text
assert report.contains('Scope  scope.yaml')
// one log line for the passing workflow, not its whole report
assert log.contains('cromus:check  PASS  sops/refund-triage.md') || log.contains('cromus:check  WARN  sops/refund-triage.md')
assert !log.contains('Structural score')
assert report.contains('from sops/refund-triage.md')
assert !report.contains(' 1 FAIL')
