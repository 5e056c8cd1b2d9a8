import Foundation
import Testing

/// Compares text with a golden file in `Goldens/`; `DIALTONE_RECORD_GOLDENS=1` (or a missing
/// file) writes the file instead.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Goldens")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appending(path: name + ".txt")
        let record = ProcessInfo.processInfo.environment["DIALTONE_RECORD_GOLDENS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(text + "\n" == expected, "golden \(name) differs; rerun with DIALTONE_RECORD_GOLDENS=1 to accept", sourceLocation: sourceLocation)
    }
}
