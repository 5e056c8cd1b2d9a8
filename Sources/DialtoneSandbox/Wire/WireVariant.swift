/// Which of the documented spellings a record is served in, derived from its row id like
/// `RecordIdentity` (nothing stored, the same on every run of a seed), so that end-to-end tests
/// meet every spelling a client must read, not only the commonest. Each is served for about one
/// record in four, independently of the others:
///
/// - a Vobiz owned number names its owner `auth_id` instead of `account_id` (seed 004's object,
///   seed 001's second answer);
/// - its fees are written with a point, `1.0` and `0.0` (seed 001's second answer; seed 004
///   types them `number`) instead of as integers;
/// - it has no `capabilities` (seed 001's second answer; seed 000's example);
/// - any record's timestamps carry fractional seconds (`2025-12-01T09:30:00.250Z`).
///
/// Seed 000's schema declares inventory fees integers and requires `account_id` and
/// `capabilities`, so inventory items vary only in their timestamps.
struct WireVariant: Sendable {
    var namesOwnerAsAuthID: Bool
    var writesFeesWithPoint: Bool
    var omitsCapabilities: Bool
    var hasFractionalSeconds: Bool

    init(recordID: Int64) {
        var mixer = SeedRandom(seed: UInt64(bitPattern: recordID) ^ 0x5EED_0F_5A11)
        namesOwnerAsAuthID = mixer.below(4) == 0
        writesFeesWithPoint = mixer.below(4) == 0
        omitsCapabilities = mixer.below(4) == 0
        hasFractionalSeconds = mixer.below(4) == 0
        milliseconds = 1 + mixer.below(999)
    }

    init(_ record: NumberRecord) { self.init(recordID: record.id) }

    /// The fraction of a second this record's timestamps carry, when they carry one.
    private var milliseconds: Int

    /// `timestamp` (`…T09:30:00Z`, as the sandbox stores it), with fractional seconds when
    /// this record is served with them: `…T09:30:00.250Z`.
    func timestamp(_ timestamp: String) -> String {
        guard hasFractionalSeconds, timestamp.hasSuffix("Z") else { return timestamp }
        let fraction = String(milliseconds + 1000).dropFirst()
        return timestamp.dropLast() + ".\(fraction)Z"
    }
}
