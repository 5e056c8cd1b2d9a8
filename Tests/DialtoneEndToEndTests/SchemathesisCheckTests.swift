import Testing

/// `scripts/schemathesis`: schemathesis, given seed 000's own OpenAPI fragment, finds nothing
/// wrong with the sandbox's Vobiz inventory — schema-valid requests answered 200 with a body the
/// schema admits, schema-violating ones refused. Schemathesis lives in a `VenvPython`
/// (`.build/schemathesis-venv`, which `scripts/test` makes); without it the check fails, saying
/// how to make it.
@Suite struct SchemathesisCheckTests {
    @Test func schemathesisFindsNothingWrongWithTheVobizInventory() async throws {
        let python = VenvPython(name: "SCHEMATHESIS", package: "schemathesis")
        guard let path = python.path else {
            Issue.record("\(python.missing)")
            return
        }
        let script = VenvPython.root.appendingPathComponent("scripts/schemathesis").path
        let run = try CLIRunner(executable: "/bin/bash", extra: [python.variable: path])
        let result = try await run.run([script, "--dialtone", CLIRunner.binary])
        let output = result.stdout + result.stderr
        #expect(result.status == 0, "scripts/schemathesis failed:\n\(output)")
        #expect(output.components(separatedBy: "No issues found").count == 3, "both runs, valid and violating requests:\n\(output)")
    }
}
