import Foundation
import Testing

extension CLIRunner {
    /// The `state` of every journal line, in order.
    var journalStates: [String] {
        journal.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["state"] as? String
        }
    }

    /// Starts the journal with `count` settled purchases of another profile, years old: nothing a
    /// spend limit counts or a start settles, only more to read, so every read of the journal
    /// (and the spend check under its lock) takes a while.
    func writeOldPurchases(_ count: Int) throws {
        var text = ""
        for index in 0..<count {
            let id = UUID().uuidString
            for state in ["intent", "done"] {
                text += #"{"account_id":"MA_OLDPROFILE1","currency":"INR","e164":"+9180\#(String(format: "%08d", index))","#
                    + #""endpoint":"https://api.vobiz.ai","id":"\#(id)","kind":"purchase","monthly":"100","profile":"old","#
                    + #""provider":"vobiz","setup":"1","state":"\#(state)","time":"2020-01-01T00:00:00Z"}"# + "\n"
            }
        }
        let folder = (journalPath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try #require(FileManager.default.createFile(atPath: journalPath, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]))
    }

    /// The first number `dialtone inventory` lists for `country`.
    func firstListedNumber(country: String = "US") async throws -> String {
        let listing = try await run(["inventory", "--country", country, "--per-page", "1", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(listing.stdout.split(separator: "\n").first.map(String.init)?.utf8 ?? "".utf8))
        return try #require((object as? [String: String])?["number"])
    }
}
