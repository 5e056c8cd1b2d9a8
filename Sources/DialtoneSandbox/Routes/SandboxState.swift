import Foundation
import GRDB
import Logging

/// What every route needs: the database, the live faults and a clock for timestamps.
struct SandboxState: Sendable {
    let database: any DatabaseWriter
    let faults: FaultInjector
    let logger: Logger

    /// Now, as the providers write timestamps (`2026-03-25T10:00:00Z`).
    func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
            .replacingOccurrences(of: "+0000", with: "Z")
    }
}
