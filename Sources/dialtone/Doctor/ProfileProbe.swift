import DialtoneCore
import Foundation
import Synchronization

/// `doctor`'s checks of one profile: its credentials are present, one cheap authenticated call
/// is answered (the balance; Agni, which has none, lists its numbers), and the local clock
/// agrees with the provider's `Date` header.
struct ProfileProbe {
    let profile: Profile

    /// A local clock further than this from the provider's is red.
    static let maximumSkew: TimeInterval = 60

    func run() async -> [DoctorCheck] {
        let credentials = profile.credentials
        guard !credentials.authID.isEmpty, !credentials.token.value.isEmpty else {
            return [check("credentials", passed: false, detail: "no auth ID or token for \(credentials.provider.displayName)")]
        }
        var checks = [check("credentials", passed: true, detail: credentials.description)]
        let arrivals = ArrivalLog()
        let provider = profile.makeProvider(transport: HTTPTransport(observe: { arrivals.record($0) }))
        let started = ContinuousClock.now
        do {
            let answer = try await cheapCall(provider)
            let latency = ContinuousClock.now - started
            var account = check("account", passed: true, detail: "answered in \(Self.milliseconds(latency)) ms: \(answer)")
            account.measurements = [("latency_ms", String(Self.milliseconds(latency)))]
            checks.append(account)
        } catch {
            checks.append(check("account", passed: false, detail: DoctorCheck.message(for: error)))
        }
        checks.append(clockCheck(arrivals.last))
        return checks
    }

    /// The balance where there is one, else the owned list (Agni's only authenticated read).
    private func cheapCall(_ provider: any NumberProvider) async throws -> String {
        if provider.features.hasBalance {
            let account = try await provider.account(currency: nil)
            return account.balance.map { "balance \($0)" } ?? "account \(Redactor.maskIdentifier(account.id))"
        }
        let owned = try await provider.ownedNumberList(.all)
        return "\(Plural.count(owned.numbers.count, "number")) owned"
    }

    private func clockCheck(_ arrival: ArrivalLog.Arrival?) -> DoctorCheck {
        let providerName = profile.provider.displayName
        guard let arrival else { return check("clock", passed: false, detail: "not checked: \(providerName) did not answer") }
        guard let serverDate = arrival.serverDate else {
            return check("clock", passed: true, detail: "not checked: \(providerName) sent no Date header")
        }
        // The header has whole seconds: up to a second of difference is rounding, not skew.
        let skew = (arrival.receivedAt.timeIntervalSince(serverDate) - 0.5).rounded()
        let passed = abs(skew) <= Self.maximumSkew
        let detail = skew == 0
            ? "within a second of \(providerName)"
            : "local clock \(Int(abs(skew))) s \(skew > 0 ? "ahead of" : "behind") \(providerName)\(passed ? "" : " (more than \(Int(Self.maximumSkew)) s: fix NTP)")"
        var clock = check("clock", passed: passed, detail: detail)
        clock.measurements = [("clock_skew_s", String(Int(skew)))]
        return clock
    }

    private func check(_ name: String, passed: Bool, detail: String) -> DoctorCheck {
        DoctorCheck(name: name, profile: profile.name, passed: passed, detail: detail)
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}

/// The newest response's arrival time and `Date` header, recorded by the transport's observer.
final class ArrivalLog: Sendable {
    struct Arrival: Sendable {
        var receivedAt: Date
        var serverDate: Date?
    }

    private let latest = Mutex<Arrival?>(nil)

    var last: Arrival? { latest.withLock { $0 } }

    func record(_ response: WireResponse) {
        let arrival = Arrival(receivedAt: Date(), serverDate: response.header("date").flatMap(Self.httpDate))
        latest.withLock { $0 = arrival }
    }

    /// An RFC 9110 IMF-fixdate (`Tue, 01 Dec 2026 16:20:00 GMT`).
    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }
}
