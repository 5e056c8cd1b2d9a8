import ArgumentParser
import DialtoneCore
import DialtoneViewModels

/// Every session's owned numbers read one after the other, as `owned` and `costs` read them: what
/// failed, what was read only in part and how many entries could not be read, beside the numbers.
struct OwnedListing {
    var numbers: [OwnedNumber] = []
    var failures: [DialtoneError] = []
    var partial: [PartialListing] = []
    var skipped = 0

    static func read(_ sessions: [ProfileSession], query: OwnedQuery = .all) async -> OwnedListing {
        var listing = OwnedListing()
        for session in sessions {
            do {
                let list = try await session.provider.ownedNumberList(query)
                listing.numbers += list.numbers
                listing.skipped += list.skippedEntries
                if let reason = list.incompleteReason {
                    listing.partial.append(PartialListing(profile: session.name, provider: session.provider.kind, reason: reason))
                }
            } catch {
                listing.failures.append(error as? DialtoneError ?? DialtoneError(.transport, provider: session.provider.kind))
            }
        }
        return listing
    }

    /// Says on stderr what was left out (lists read in part, unreadable entries, failures) and
    /// exits 1 when a listing failed, 6 when one was read only in part.
    func finish(json: Bool) throws {
        for listing in partial { Self.reportPartial(listing, json: json) }
        SkippedNotice.write(skipped, json: json)
        for failure in failures { _ = CommandFailure.exit(failure, json: json) }
        if !failures.isEmpty { throw ExitCode(CommandFailure.Code.failed.rawValue) }
        if !partial.isEmpty { throw ExitCode(CommandFailure.Code.partial.rawValue) }
    }

    /// Says on stderr that a profile's list was read only in part (the figures printed are not all).
    private static func reportPartial(_ listing: PartialListing, json: Bool) {
        guard json else { return StandardError.write("dialtone: \(listing.description)") }
        let fields = [
            "\"profile\":\(RecordWriter.jsonString(listing.profile))",
            "\"provider\":\(RecordWriter.jsonString(listing.provider.rawValue))",
            "\"reason\":\(RecordWriter.jsonString(listing.reason))",
        ]
        StandardError.write("{\"partial\":{\(fields.joined(separator: ","))}}")
    }
}
