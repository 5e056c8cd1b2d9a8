import Foundation
import Testing

/// Compares text with a golden file in `Goldens/`. A missing or different file fails the test;
/// only `DIALTONE_RECORD_GOLDENS=1` writes the files, to be read by eye before committing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Goldens")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appending(path: name + ".txt")
        if ProcessInfo.processInfo.environment["DIALTONE_RECORD_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden \(name) is missing; record it with DIALTONE_RECORD_GOLDENS=1 and read it before committing", sourceLocation: sourceLocation)
            return
        }
        #expect(text + "\n" == expected, "golden \(name) differs; rerun with DIALTONE_RECORD_GOLDENS=1 to accept", sourceLocation: sourceLocation)
    }
}
