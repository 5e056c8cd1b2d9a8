import DialtoneSandbox

/// The kinds of fault the campaign injects; the row passes only when each one happened.
enum CampaignFault: String, CaseIterable, Sendable {
    case latency = "latency"
    case serverErrorAfterCommit = "5xx after commit"
    case droppedAnswer = "dropped answer"
    case malformedOwned = "malformed owned entries"
    case sigkill = "SIGKILL mid-flight"
}

/// One `dialtone` process of a round.
enum CampaignOperation: Sendable {
    case buy(String)
    /// Several numbers as one `buy --yes N1 N2 N3`.
    case batch([String])
    case release(String)
    /// `buy --yes` again of a number whose earlier purchase was killed or left unknown: a script
    /// that saw no answer and tries again.
    case retry(String)

    var name: String {
        switch self {
        case .buy: "buy"
        case .batch: "batch"
        case .release: "release"
        case .retry: "retry"
        }
    }

    var numbers: [String] {
        switch self {
        case .buy(let number), .release(let number), .retry(let number): [number]
        case .batch(let numbers): numbers
        }
    }

    /// The exit statuses a campaign process may end with (README, `buy` and `release` exits):
    /// 0 done, 1 failed (a number sold or released meanwhile), 3 outcome unknown. No campaign
    /// setting can cause the others — 2 usage, 4 declined (stock has known, fixed charges),
    /// 5 spend limit (none configured) — nor a crash.
    static let exitCodes: [Int32] = [0, 1, 3]

    var arguments: [String] {
        switch self {
        case .buy(let number), .retry(let number): ["buy", number, "--yes"]
        case .batch(let numbers): ["buy", "--yes"] + numbers
        case .release(let number): ["release", number, "--yes"]
        }
    }
}

/// One round: the faults set, then the operations started together; `kills` maps an operation's
/// index to how long after its first intent is journalled it gets SIGKILL.
struct CampaignRound: Sendable {
    var faults: SandboxFaults
    var operations: [CampaignOperation]
    var kills: [Int: Duration]

    var malformedOwned: Bool { faults.malformedOwnedEntries > 0 }
}

/// Draws the rounds from a seeded generator: the same seed and the same outcomes give the same
/// campaign. The first rounds each carry one fault kind in a shuffled order, so every kind
/// happens even in a short run; later rounds mix kinds at random.
struct CampaignPlanner {
    private var random: SeedRandom
    private var stock: [String]
    private var coverage: [CampaignFault]
    private var index = 0
    /// Whether `dialtone buy` takes several numbers at once.
    let batches: Bool

    init(seed: UInt64, stock: [String], batches: Bool) {
        random = SeedRandom(seed: seed)
        self.stock = stock
        self.batches = batches
        coverage = CampaignFault.allCases
        coverage.shuffle(using: &random)
    }

    /// The next round. `releasable`: numbers the journal calls bought; `retryable`: numbers whose
    /// purchase was killed or left unknown; `room`: how many more numbers the account may hold
    /// (`FaultCampaign.fleetCap`). Each number gets at most one later operation: the caller
    /// removes what a round used.
    mutating func next(releasable: [String], retryable: [String], room: Int) -> CampaignRound {
        defer { index += 1 }
        var kinds: Set<CampaignFault> = index < coverage.count ? [coverage[index]] : []
        for kind in CampaignFault.allCases where random.percent(30) { kinds.insert(kind) }
        var operations: [CampaignOperation] = []
        var room = room
        for _ in 0..<(2 + random.below(2)) where room > 0 {
            guard let number = takeStock() else { break }
            operations.append(.buy(number))
            room -= 1
        }
        if batches, random.percent(60) {
            let numbers = (0..<min(room, 2 + random.below(2))).compactMap { _ in takeStock() }
            if numbers.count > 1 { operations.append(.batch(numbers)) }
        }
        // A fleet near the cap gives numbers back faster.
        var released: [String] = []
        for _ in 0..<(room < 6 ? 3 : 1) where random.percent(70) {
            let candidates = releasable.filter { !released.contains($0) }
            guard !candidates.isEmpty else { break }
            released.append(random.pick(candidates))
        }
        operations += released.map(CampaignOperation.release)
        let retries = retryable.filter { !released.contains($0) }
        if !retries.isEmpty, random.percent(50) { operations.append(.retry(random.pick(retries))) }
        let faults = faults(for: kinds)
        var kills: [Int: Duration] = [:]
        if kinds.contains(.sigkill), !operations.isEmpty {
            for _ in 0..<(1 + random.below(2)) {
                kills[random.below(operations.count)] = .milliseconds(random.below(faults.purchaseLatencyMilliseconds))
            }
        }
        return CampaignRound(faults: faults, operations: operations, kills: kills)
    }

    private mutating func takeStock() -> String? {
        stock.isEmpty ? nil : stock.removeFirst()
    }

    private mutating func faults(for kinds: Set<CampaignFault>) -> SandboxFaults {
        var faults = SandboxFaults()
        if kinds.contains(.latency) {
            faults.latencyMilliseconds = random.pick([50, 150, 300])
            faults.purchaseLatencyMilliseconds = random.pick([200, 500, 900])
        }
        if kinds.contains(.serverErrorAfterCommit) { faults.gatewayTimeoutAfterCommit = 1 + random.below(2) }
        if kinds.contains(.droppedAnswer) { faults.dropAfterCommit = 1 + random.below(2) }
        if kinds.contains(.malformedOwned) {
            faults.malformedOwnedEntries = 2 + random.below(2)
            // An answer lost after the commit makes the buyer read the owned list under the fault.
            if faults.gatewayTimeoutAfterCommit == 0, faults.dropAfterCommit == 0 { faults.gatewayTimeoutAfterCommit = 1 }
        }
        if kinds.contains(.sigkill) {
            // The POST is held long enough to be killed in flight. A sale that still commits after
            // its client is gone must not be read as absent by a start racing the commit, so
            // either the sandbox aborts it, or every request is slow enough that no other process
            // of the round reads the journal after the victim's intent (FaultCampaign waits out
            // the hold before the next round).
            faults.purchaseLatencyMilliseconds = max(faults.purchaseLatencyMilliseconds, random.pick([800, 1_200]))
            faults.abortIfClientGone = random.percent(50)
            if !faults.abortIfClientGone { faults.latencyMilliseconds = max(faults.latencyMilliseconds, 150) }
        }
        return faults
    }
}
