// Same input, same bytes, whatever versions of Jackson, SnakeYAML, JUnit and AssertJ the
// application brings: every consumer build wrote its compile result, exports and spec report to
// target/cromus-out; all of them must be identical to the first build's.
import groovy.io.FileType

// the builds that run the shared ConsumerTest (its source directory is named in their pom)
def builds = basedir.parentFile.listFiles()
        .findAll { new File(it, 'pom.xml').isFile() && new File(it, 'pom.xml').text.contains('/src/it/shared') }
        .sort { it.name }
assert builds.size() >= 5 : "consumer builds found: ${builds*.name}"

def read = { File build ->
    def dir = new File(build, 'target/cromus-out')
    assert dir.isDirectory() : "${build.name} wrote nothing to target/cromus-out (did its build fail?)"
    def files = new TreeMap<String, byte[]>()
    dir.eachFileRecurse(FileType.FILES) { f -> files[dir.toPath().relativize(f.toPath()).toString()] = f.bytes }
    files
}

def reference = builds[0]
def expected = read(reference)
assert expected.size() >= 10 : "${reference.name} wrote only ${expected.keySet()}"
builds.drop(1).each { build ->
    def actual = read(build)
    assert actual.keySet() == expected.keySet() : "${build.name} wrote other files than ${reference.name}: ${(actual.keySet() - expected.keySet()) + (expected.keySet() - actual.keySet())}"
    expected.each { name, bytes ->
        assert Arrays.equals(bytes, actual[name]) : "${build.name}/target/cromus-out/${name} differs from ${reference.name}'s"
    }
}
new File(basedir, 'compared.txt').text =
        "same bytes from ${builds*.name} in ${expected.size()} files:\n" + expected.keySet().join('\n') + '\n'
true
