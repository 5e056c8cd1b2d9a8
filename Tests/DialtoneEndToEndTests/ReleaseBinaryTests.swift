import Foundation
import Testing

/// The static release binary that `scripts/release` puts in `dist/` (`.ci/run` builds it before
/// the tests): it must be there, carry no Swift runtime library, and run on an unknown `TERM`.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ReleaseBinaryTests {
    /// The package's `dist/` folder.
    static let dist = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dist")

    /// `dist/dialtone`, or a failure that says how to build it.
    private func releaseBinary() throws -> String {
        let path = Self.dist.appendingPathComponent("dialtone").path
        try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is missing: run scripts/release (as .ci/run does)")
        return path
    }

    @Test func linksNoSwiftRuntimeLibrary() async throws {
        let binary = try releaseBinary()
        let ldd = try await CLIRunner(executable: "/usr/bin/ldd").run([binary])
        #expect(ldd.status == 0, "\(ldd.stderr)")
        for library in ["libswift", "libFoundation", "libdispatch", "libBlocksRuntime", "not found"] {
            #expect(!ldd.stdout.contains(library), "ldd lists \(library):\n\(ldd.stdout)")
        }
        #expect(ldd.stdout.contains("libncursesw") && ldd.stdout.contains("libsqlite3"), "the documented system libraries")
    }

    @Test func unknownTermShowsNumbersWithTheFallbackNotice() async throws {
        let binary = try releaseBinary()
        // xterm-kitty where this box lacks it (the usual case); a name no box has otherwise.
        let infocmp = try await CLIRunner(executable: "/usr/bin/infocmp").run(["xterm-kitty"])
        let term = infocmp.status == 0 ? "dt-none" : "xterm-kitty"
        let run = try TUIRun(environment: ["TERM": term], binary: binary)
        defer { run.close() }
        let screen = try await run.session.waitFor("numbers with the fallback notice", timeout: .seconds(60)) {
            $0.contains("TERM=\(term) unknown: using xterm-256color") && Self.listsNumbers($0)
        }
        #expect(screen.contains("SANDBOX"))
        try await run.quitAndCheckRestored()
    }

    /// Whether the screen shows rows of numbers (`+<digits>` at the start of a table row).
    static func listsNumbers(_ screen: String) -> Bool {
        screen.split(separator: "\n").filter { $0.drop { !$0.isLetter && !$0.isNumber && $0 != "+" }.hasPrefix("+") }.count >= 3
    }

    @Test func versionManualAndCompletionsComeWithIt() async throws {
        let binary = try releaseBinary()
        let version = try await CLIRunner(executable: binary).run(["--version"])
        #expect(version.stdout.hasPrefix("0.1.0 (") && !version.stdout.contains("unknown"), "\(version.stdout)")
        let checksum = try String(contentsOf: Self.dist.appendingPathComponent("dialtone.sha256"), encoding: .utf8)
        #expect(checksum.hasSuffix("  dialtone\n"))
        let manual = try String(contentsOf: Self.dist.appendingPathComponent("dialtone.1"), encoding: .utf8)
        #expect(manual.contains("doctor") && manual.contains("inventory"))
        for file in ["dialtone.bash", "_dialtone", "dialtone.fish"] {
            let script = try String(contentsOf: Self.dist.appendingPathComponent("completions/\(file)"), encoding: .utf8)
            #expect(script.contains("doctor"), "\(file) completes doctor")
        }
    }

    /// The archive for a slow link holds exactly the files of `dist/`, in one folder, and unpacks
    /// to the binary its checksum names; it is at most half the binary's size.
    @Test func compressedArchiveUnpacksToTheChecksummedBinary() async throws {
        let binary = try releaseBinary()
        let archives = try FileManager.default.contentsOfDirectory(atPath: Self.dist.path).filter { $0.hasSuffix(".tar.xz") }
        let archive = try #require(archives.count == 1 ? archives.first : nil, "one archive in dist/: \(archives)")
        #expect(archive.hasPrefix("dialtone-0.1.0-linux-") && archive.hasSuffix("\(Self.machine()).tar.xz"), "\(archive)")
        let path = Self.dist.appendingPathComponent(archive).path
        let sum = try await CLIRunner(executable: "/usr/bin/sha256sum").run([path])
        let recorded = try String(contentsOf: Self.dist.appendingPathComponent("\(archive).sha256"), encoding: .utf8)
        #expect(sum.stdout.prefix(64) == recorded.prefix(64) && recorded.hasSuffix("  \(archive)\n"))

        let folder = "dialtone-0.1.0"
        let listing = try await CLIRunner(executable: "/usr/bin/tar").run(["-tJf", path])
        let names = ["dialtone", "dialtone.sha256", "dialtone.1", "completions/",
                     "completions/dialtone.bash", "completions/_dialtone", "completions/dialtone.fish"]
        let expected: Set<String> = Set(names.map { "\(folder)/\($0)" })
        let listed: Set<String> = Set(listing.stdout.split(separator: "\n").map(String.init))
        #expect(listed == expected, "\(listing.stdout)")

        let unpacked = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: unpacked) }
        let untar = try await CLIRunner(executable: "/usr/bin/tar").run(["-xJf", path, "-C", unpacked.path])
        #expect(untar.status == 0, "\(untar.stderr)")
        let inside = unpacked.appendingPathComponent("\(folder)/dialtone").path
        let insideSum = try await CLIRunner(executable: "/usr/bin/sha256sum").run([inside])
        let binarySum = try await CLIRunner(executable: "/usr/bin/sha256sum").run([binary])
        #expect(!insideSum.stdout.isEmpty && insideSum.stdout.prefix(64) == binarySum.stdout.prefix(64))
        let checksum = try String(contentsOf: unpacked.appendingPathComponent("\(folder)/dialtone.sha256"), encoding: .utf8)
        #expect(checksum.prefix(64) == binarySum.stdout.prefix(64))

        let sizes = try [path, binary].map { try #require(FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) }
        #expect(sizes[0] * 2 <= sizes[1], "archive \(sizes[0]) B, binary \(sizes[1]) B")
    }

    /// `uname -m` of this machine, as the archive's name carries it.
    private static func machine() -> String {
        var name = utsname()
        uname(&name)
        return withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
