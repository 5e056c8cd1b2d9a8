import DialtoneCore
import DialtoneSandbox
import DialtoneViewModels
import Foundation

/// One fault setting of the sweep, driven through `AppModel` intents exactly as the TUI sends
/// them, with every key's intent → snapshot time recorded while requests are slow or failing.
@MainActor
struct FaultScenario {
    let name: String
    let faults: SandboxFaults
    /// The outcomes (`PurchaseOutcome.sweepLabel`) this fault can cause; any other fails the row.
    let causes: Set<String>
    /// Purchases attempted (each on a different number).
    var purchases = 4

    static let all: [FaultScenario] = [
        FaultScenario(name: "latency 0 ms", faults: .none, causes: ["bought"]),
        FaultScenario(name: "latency 200 ms", faults: SandboxFaults(latencyMilliseconds: 200), causes: ["bought"]),
        FaultScenario(name: "latency 1000 ms", faults: SandboxFaults(latencyMilliseconds: 1_000), causes: ["bought"], purchases: 2),
        // A 500 is served before the request is handled: the POST it answers committed nothing.
        FaultScenario(
            name: "5% errors", faults: SandboxFaults(errorRate: 0.05), causes: ["bought", "not bought", "failed server"],
            purchases: 12),
        FaultScenario(
            name: "429 burst", faults: SandboxFaults(rateLimitBurst: 3, retryAfterSeconds: 1), causes: ["bought", "failed rateLimited"]),
        FaultScenario(name: "drop after commit", faults: SandboxFaults(dropAfterCommit: 2), causes: ["bought", "bought (reconciled)"]),
    ]

    /// What one run observed.
    struct Observation {
        var keyTimes: [Double] = []
        var outcomes: [PurchaseOutcome] = []
        /// The text of every error message the app posted.
        var errorMessages: [String] = []
        var ignoredRepeats = 0
        /// The faults as far as the run left them unused (counted faults count down).
        var faultsLeft: SandboxFaults
        var audit: LedgerAudit.Result
    }

    /// Why the run does not show this fault at work: a counted fault never served, a purchase
    /// reconciled as bought without a dropped answer to explain it (or the reverse), an outcome
    /// the fault cannot cause. Empty when none.
    func findings(_ seen: Observation) -> [String] {
        var findings: [String] = []
        if seen.faultsLeft.rateLimitBurst > 0 {
            findings.append("\(seen.faultsLeft.rateLimitBurst) of \(faults.rateLimitBurst) 429s never served")
        }
        let dropped = faults.dropAfterCommit - seen.faultsLeft.dropAfterCommit
        if seen.faultsLeft.dropAfterCommit > 0 {
            findings.append("\(seen.faultsLeft.dropAfterCommit) of \(faults.dropAfterCommit) answers never dropped")
        }
        let reconciled = seen.outcomes.filter { $0.sweepLabel == "bought (reconciled)" }.count
        if reconciled != dropped { findings.append("\(dropped) answers dropped after the commit, \(reconciled) purchases reconciled as bought") }
        let foreign = Set(seen.outcomes.map(\.sweepLabel)).subtracting(causes)
        if !foreign.isEmpty { findings.append("outcomes this fault cannot cause: \(foreign.sorted().joined(separator: ", "))") }
        return findings
    }

    func run() async throws -> Observation {
        let sandbox = try await SandboxSessions.start(numbers: 2_000)
        defer { Task { await sandbox.stop() } }
        let folder = try SandboxSessions.temporaryFolder("faults")
        let journal = PurchaseJournal(path: folder + "/purchases.jsonl")
        let session = SandboxSessions.vobizSession(sandbox)
        let audit = try await LedgerAudit(sandbox: sandbox, provider: session.provider, currencies: ["USD", "INR", "EUR"])
        sandbox.setFaults(faults)
        let app = AppModel(sessions: [session], journal: journal, country: "US")
        var keys = KeyRecorder(app: app)

        app.start()
        await keys.pressWhile(timeout: .seconds(60)) { app.snapshot.inventory.rows.isEmpty && app.snapshot.inventory.error == nil }
        if app.snapshot.inventory.rows.isEmpty {
            keys.press(.retry)
            await keys.pressWhile(timeout: .seconds(60)) { app.snapshot.inventory.rows.isEmpty }
        }
        var outcomes: [PurchaseOutcome] = []
        for _ in 0..<purchases {
            guard let outcome = await buySelected(app, keys: &keys) else { continue }
            outcomes.append(outcome)
        }
        let errors = app.snapshot.messages.filter { $0.level == .error }.map(\.text)
        let faultsLeft = sandbox.faults
        sandbox.setFaults(.none)  // the audit reads the truth, not a faulty answer
        let result = try await audit.verify(journal: journal)
        return Observation(
            keyTimes: keys.times, outcomes: outcomes, errorMessages: errors, ignoredRepeats: keys.repeatsWhileInFlight,
            faultsLeft: faultsLeft, audit: result)
    }

    /// Opens the dialog on the selected row, waits out the arming delay, types the digits, presses Buy, then hammers Enter and
    /// `b` while the request is in flight. Returns how it ended.
    private func buySelected(_ app: AppModel, keys: inout KeyRecorder) async -> PurchaseOutcome? {
        keys.press(.moveDown)
        keys.press(.buy)
        guard app.snapshot.overlay == .confirm, let digits = app.snapshot.purchase.requiredDigits else {
            keys.press(.back)
            return nil
        }
        // A person reads the quote: Buy arms only after the dialog has been up for the arming delay.
        await keys.pressWhile(timeout: .seconds(5)) { app.snapshot.purchase.gate.armingTenths > 0 }
        for digit in digits { keys.press(.typeCharacter(digit)) }
        keys.press(.toggleFocus)
        keys.press(.accept)
        for _ in 0..<10 where app.snapshot.purchase.isInFlight {
            keys.pressRepeat(.accept)
            keys.pressRepeat(.buy)
        }
        await keys.pressWhile(timeout: .seconds(60)) { app.snapshot.purchase.isInFlight }
        guard case .finished(let outcome) = app.snapshot.purchase.phase else { return nil }
        for _ in 0..<5 where app.snapshot.overlay != nil { keys.press(.accept); keys.press(.back) }
        return outcome
    }
}

/// Sends intents and records each one's key → frame time (intent, snapshot and render; network
/// never runs on this path).
@MainActor
struct KeyRecorder {
    private var timer: FrameTimer
    private(set) var repeatsWhileInFlight = 0

    init(app: AppModel) { timer = FrameTimer(app: app) }

    var times: [Double] { timer.times }

    mutating func press(_ intent: AppIntent) { timer.press(intent) }

    /// A key a user repeats during a purchase: must be ignored.
    mutating func pressRepeat(_ intent: AppIntent) {
        repeatsWhileInFlight += 1
        press(intent)
    }

    /// Moves up and down every 5 ms while `condition` holds, as a user scrolling during a slow request.
    mutating func pressWhile(timeout: Duration, _ condition: () -> Bool) async {
        let deadline = ContinuousClock.now + timeout
        var down = true
        while condition(), ContinuousClock.now < deadline {
            press(down ? .moveDown : .moveUp)
            down.toggle()
            try? await Task.sleep(for: .milliseconds(5))
        }
    }
}

extension PurchaseOutcome {
    /// How the sweep names an outcome in its tally and in `FaultScenario.causes`.
    var sweepLabel: String {
        switch self {
        case .bought(_, let reconciled): reconciled ? "bought (reconciled)" : "bought"
        case .failed(let error): "failed \(error.kind.rawValue)"
        case .notBought: "not bought"
        case .unknown: "unknown"
        }
    }
}
