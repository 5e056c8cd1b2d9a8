import DialtoneCore
import Foundation

/// Sending: the confirmed quote goes to the core's `Broker`, which owns every step (DESIGN
/// §3.1); this shows the steps and the outcome.
extension PurchaseModel {
    /// Hands the confirmed listing to the broker: it re-reads the listing and sends only when
    /// every term still matches, else this shows the new quote and asks again.
    func recheckThenSend() {
        guard let quote = state.quote, let session else { return }
        let routed = RoutedPurchase(session: session, target: state.route.selected)
        state.phase = .checking
        flightTask = Task {
            let step: @Sendable (Broker.Step) async -> Void = { [weak self] step in await self?.show(step) }
            switch await broker.buy(quote.number, by: routed.buyer, step: step) {
            case .changed(let listing, let what):
                flightTask = nil
                showQuote(for: listing, listedAt: clock.date(), session: session, notice: "\(what); nothing was sent")
            case .ended(let outcome):
                if routed.routes(after: outcome) { state.phase = .routing }
                state.routing = await routed.route(after: outcome, of: quote.number, broker: broker)
                finish(outcome)
            }
        }
    }

    /// Opening a number whose earlier purchase by this account is still open: settle it first.
    func settleEarlier(of number: PhoneNumber, listedAt: Date?, session: ProfileSession) {
        state.phase = .reconciling
        flightTask = Task {
            let settled = await broker.settleOpenIntents(of: session.identity(of: number.e164), session: session)
            if let outcome = Self.earlierOutcome(settled, provider: session.provider.kind) { return finish(outcome) }
            flightTask = nil
            showQuote(for: number, listedAt: listedAt, session: session, notice: nil)
        }
    }

    /// What the dialog says after settling earlier intents: the purchase's outcome, or unknown
    /// while one stays open; `nil` when only other lines were settled (the number is quoted).
    private static func earlierOutcome(_ settled: [SettledIntent], provider: ProviderKind) -> PurchaseOutcome? {
        if let open = settled.first(where: \.settlement.leavesItOpen) {
            if case .purchase(let outcome) = open.settlement { return outcome }
            return .unknown(DialtoneError(.outcomeUnknown, provider: provider, detail: "another dialtone is settling an earlier request for this number"))
        }
        return settled.lazy.compactMap { result -> PurchaseOutcome? in
            if case .purchase(let outcome) = result.settlement { return outcome }
            return nil
        }.last
    }

    private func show(_ step: Broker.Step) {
        switch step {
        case .checking: state.phase = .checking
        case .sending: state.phase = .sending
        case .settlingEarlier, .reconciling: state.phase = .reconciling
        }
    }

    func finish(_ outcome: PurchaseOutcome) {
        flightTask = nil
        state.phase = .finished(outcome)
        onOutcome?(outcome)
    }
}
