/// How an intent left open by an unanswered request, a crash or another terminal was settled.
public enum Settlement: Sendable, Equatable {
    /// A purchase intent, reconciled against its own account's owned list.
    case purchase(PurchaseOutcome)
    /// A release intent, reconciled against its own account's owned list.
    case release(ReleaseOutcome)
    /// A routing change, reconciled against its own account's owned list.
    case assign(AssignOutcome)
    /// Another dialtone holds its lock (its request is in flight): left to it.
    case inFlightElsewhere
    /// Another dialtone wrote its outcome between the journal's read and the lock.
    case alreadySettled
    /// No configured profile has its provider, account and endpoint, so no client may read
    /// its owned list.
    case noProfile
    /// Its lock could not be taken.
    case failed(DialtoneError)

    /// The intent is still open afterwards.
    public var leavesItOpen: Bool {
        switch self {
        case .purchase(let outcome): outcome.isUnknown
        case .release(let outcome): outcome.isUnknown
        case .assign(let outcome): outcome.isUnknown
        case .inFlightElsewhere, .noProfile, .failed: true
        case .alreadySettled: false
        }
    }
}

/// One open intent and how it was settled.
public struct SettledIntent: Sendable, Equatable {
    public var intent: JournalEntry
    public var settlement: Settlement

    public init(intent: JournalEntry, settlement: Settlement) {
        self.intent = intent
        self.settlement = settlement
    }
}

/// What settling the journal's open intents at start found.
public struct SettlementReport: Sendable, Equatable {
    /// Every open intent, in journal order.
    public var settled: [SettledIntent] = []
    /// Lines the journal could not read, for people.
    public var journalWarning: String?
    /// The journal itself could not be read.
    public var journalError: DialtoneError?

    public init(settled: [SettledIntent] = [], journalWarning: String? = nil, journalError: DialtoneError? = nil) {
        self.settled = settled
        self.journalWarning = journalWarning
        self.journalError = journalError
    }
}
