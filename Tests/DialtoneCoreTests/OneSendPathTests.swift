import Foundation
import Testing

/// Issue 23: the providers' sending functions are reached from the core's `Broker` only. The
/// compiler already refuses a `SendPermit` made outside the core; this reads every source file
/// so that a new caller inside the core, or a permit passed along, fails here too.
@Suite struct OneSendPathTests {
    /// The repository's `Sources/` folder.
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Where sending is allowed: the broker's own files.
    private static let protocolFolder = "DialtoneCore/Protocol/"

    /// A call of a sending function, or a permit made or handed on.
    private static let sendPattern = try! NSRegularExpression(
        pattern: #"\.(purchase|release|cancelRelease|assign)\([^()]*(\([^()]*\)[^()]*)*permit:|SendPermit\(|permit: *\.|permit: *[a-z]"#)

    private static func swiftFiles() throws -> [(path: String, text: String)] {
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let relative = String(url.path.dropFirst(sources.path.count + 1))
            files.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }

    /// The lines of `text` that send, leaving out declarations (`func purchase(… permit: SendPermit)`).
    private static func sendingLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("//"), !trimmed.hasPrefix("///") else { return false }
            let range = NSRange(line.startIndex..., in: line)
            guard sendPattern.firstMatch(in: line, range: range) != nil else { return false }
            return !["func purchase(", "func release(", "func cancelRelease(", "func assign(", "struct SendPermit"].contains { line.contains($0) }
        }
    }

    @Test func onlyTheProtocolTypeCallsAProvidersSendFunction() throws {
        let files = try Self.swiftFiles()
        #expect(files.count > 100, "the scan found the sources")
        let offenders = files.filter { !$0.path.hasPrefix(Self.protocolFolder) }
            .flatMap { file in Self.sendingLines(file.text).map { "\(file.path): \($0.trimmingCharacters(in: .whitespaces))" } }
        #expect(offenders.isEmpty, "sending outside Broker:\n\(offenders.joined(separator: "\n"))")
        let inside = files.filter { $0.path.hasPrefix(Self.protocolFolder) }.flatMap { Self.sendingLines($0.text) }
        #expect(["provider.purchase(", "provider.release(", "provider.cancelRelease(", "provider.assign("].allSatisfy { send in inside.contains { $0.contains(send) } },
                "the scan recognises the broker's own sends, so it would recognise another")
    }

    @Test func theScanCatchesASendWrittenAnywhereElse() {
        let viewModel = """
            let receipt = try await session.provider.purchase(number, permit: permit)
            _ = try await client.release(owned, permit: SendPermit(intent: id))
            _ = try await client.cancelRelease(owned, permit: permit)
            _ = try await provider.assign(number, to: route, permit: permit)
            """
        #expect(Self.sendingLines(viewModel).count == 4)
    }
}
