// the build failed for the right reason, with the report in the log and on disk
def log = new File(basedir, 'build.log').text
assert log.contains('cromus:check failed (failOn FAIL): sops/broken.md is FAIL.')
assert log.contains('sops/broken.md:4:1  error  SOP-NO-STEPS  No steps were found.')
// the failing report is logged once (the failure message does not repeat it)
assert log.count('sops/broken.md:4:1  error  SOP-NO-STEPS') == 1
def report = new File(basedir, 'target/cromus/cromus-check.txt')
assert report.isFile()
assert report.text.contains('Verdict  FAIL: 1 error in the input')
assert report.text.contains('cromus:check  2 workflows:')
