import Foundation
import Testing

extension CLIRunner {
    /// The `state` of every journal line, in order.
    var journalStates: [String] {
        journal.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["state"] as? String
        }
    }

    /// The first number `dialtone inventory` lists for `country`.
    func firstListedNumber(country: String = "US") async throws -> String {
        let listing = try await run(["inventory", "--country", country, "--per-page", "1", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(listing.stdout.split(separator: "\n").first.map(String.init)?.utf8 ?? "".utf8))
        return try #require((object as? [String: String])?["number"])
    }
}
