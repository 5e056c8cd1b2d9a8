@testable import DialtoneCore
import Foundation

extension SendPermit {
    /// A permit for client tests that send a purchase or release straight to a server: only
    /// tests reach the core's internal initialiser; the product goes through `Broker`.
    static var test: SendPermit { SendPermit(intent: UUID()) }
}
