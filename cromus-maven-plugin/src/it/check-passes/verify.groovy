// the scope was read, the SOP compiled, and the report written in the verify phase
def log = new File(basedir, 'build.log').text
assert log.contains('--- cromus:0.1.0-SNAPSHOT:check (default) @ check-passes ---') || log.contains(':check (default) @ check-passes')
assert log.contains('BUILD SUCCESS')
def report = new File(basedir, 'target/cromus/cromus-check.txt').text
assert report.startsWith('Scope  scope.yaml\n')
assert report.contains('from sops/refund-triage.md')
assert !report.contains(' 1 FAIL')
