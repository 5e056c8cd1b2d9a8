import Foundation
import Testing

/// The JSON-lines output of a headless command: one object per line.
enum JSONLines {
    /// Every line as an object whose values are all strings; any other line fails the test.
    static func strings(_ text: String) throws -> [[String: String]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String], "not an object of strings: \(line)")
        }
    }

    /// Every line as an object, each value as its text (numbers and booleans written out); any
    /// line that is not an object fails the test.
    static func described(_ text: String) throws -> [[String: String]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not an object: \(line)")
                .compactMapValues { "\($0)" }
        }
    }
}
