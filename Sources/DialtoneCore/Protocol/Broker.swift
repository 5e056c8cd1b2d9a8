import Foundation

/// The one path by which money and numbers move (DESIGN §3.1).
///
/// Every purchase, every item of a batch and every release — from the TUI, `dialtone buy`,
/// `dialtone release` or anything added later — is carried out here, step by step in this
/// order: settle unresolved intents of the same identity (provider, endpoint, full account id,
/// number) → read the listing or owned entry again and compare every term the confirmation
/// showed → under the journal's exclusive lock, refuse while another intent of that identity is
/// open, check the spend limits, append and fsync the intent → send once with a `SendPermit`,
/// never retried → classify the answer by documented codes and statuses → reconcile an unknown
/// outcome against the intent's own account, from a complete read only → write the outcome line.
///
/// Provider clients' sending functions need a `SendPermit`, which only this type can make, so a
/// caller cannot skip a step: screens, commands and batches only say what was confirmed.
public final class Broker: Sendable {
    /// Where intents and outcomes are written.
    public let journal: PurchaseJournal
    let now: @Sendable () -> Date

    /// A broker writing to `journal`, stamping lines with `now`.
    public init(journal: PurchaseJournal, now: @escaping @Sendable () -> Date = { Date() }) {
        self.journal = journal
        self.now = now
    }

    /// Where a purchase or release stands, for a dialog to show.
    public enum Step: Sendable, Equatable {
        /// An earlier intent of the same identity is being settled first.
        case settlingEarlier
        /// The listing or owned entry is read again.
        case checking
        /// The intent is journalled and the one request is in flight.
        case sending
        /// The request got no clear answer; the owned list is read.
        case reconciling
    }

    /// How carrying out a confirmed request ended.
    public enum Carried<Subject: Sendable & Equatable, Outcome: Sendable & Equatable>: Sendable, Equatable {
        /// A term the confirmation showed is no longer true (`what` says which): nothing was
        /// sent, and the new listing or entry needs a confirmation of its own.
        case changed(Subject, what: String)
        case ended(Outcome)
    }

    /// How carrying out a confirmed purchase ended.
    public typealias PurchaseResult = Carried<PhoneNumber, PurchaseOutcome>
    /// How carrying out a confirmed release ended.
    public typealias ReleaseResult = Carried<OwnedNumber, ReleaseOutcome>
    /// How carrying out a confirmed routing change ended.
    public typealias AssignResult = Carried<OwnedNumber, AssignOutcome>

    /// Carries out the purchase of `confirmed` (exactly as the confirmation showed it) by
    /// `session`; `step` hears each step as it starts.
    public func buy(
        _ confirmed: PhoneNumber, by session: ProfileSession, step: @escaping @Sendable (Step) async -> Void = { _ in }
    ) async -> PurchaseResult {
        await carryOut(Request(
            e164: confirmed.e164, charging: confirmed,
            earlierEnds: { earlier in
                guard case .bought(let receipt) = earlier else { return nil }
                return .bought(receipt, reconciled: true)
            },
            unknown: { .unknown($0) }, refused: { .failed($0) },
            reread: { await Rereading.listing(of: confirmed, provider: session.provider) },
            change: { Terms.change(from: confirmed, to: $0) },
            intent: { JournalEntry(
                intentToBuy: confirmed, profile: session.name, accountID: session.provider.accountID, endpoint: session.endpoint, time: $0) },
            send: { await self.sendPurchase($0, intent: $1, session: session, step: step) }
        ), session: session, step: step)
    }

    /// Carries out the release of `confirmed` (exactly as the confirmation showed it) by
    /// `session`; `step` hears each step as it starts.
    public func release(
        _ confirmed: OwnedNumber, by session: ProfileSession, step: @escaping @Sendable (Step) async -> Void = { _ in }
    ) async -> ReleaseResult {
        await carryOutRelease(confirmed, cancelling: false, by: session, step: step)
    }

    /// Carries out the cancellation of `confirmed`'s pending release (exactly as the
    /// confirmation showed it) by `session`; `step` hears each step as it starts.
    public func cancelRelease(
        _ confirmed: OwnedNumber, by session: ProfileSession, step: @escaping @Sendable (Step) async -> Void = { _ in }
    ) async -> ReleaseResult {
        await carryOutRelease(confirmed, cancelling: true, by: session, step: step)
    }

    /// Carries out routing `confirmed` (exactly as the confirmation showed it, routing included)
    /// to `target`, or detaching it when `target` is `nil`, by `session`. Changing where a
    /// number routes can cut live calls, so it takes the same steps as a purchase: earlier
    /// intents settled, the owned entry read again (its routing must still be what was shown),
    /// the `assign` intent journalled under the lock, one request, an unanswered one checked
    /// against the owned list. `known` names trunks or applications (the account's list, when
    /// read) so the journal keeps the previous routing's name beside its id.
    public func assign(
        _ confirmed: OwnedNumber, to target: RouteTarget?, by session: ProfileSession, known: [RouteTarget] = [],
        step: @escaping @Sendable (Step) async -> Void = { _ in }
    ) async -> AssignResult {
        await assign(confirmed, to: target, by: session, known: known, comparingTerms: true, step: step)
    }

    /// Routes a number just bought to `target`, the second step of a purchase confirmed with a
    /// "Route to" choice the purchase could not carry (Vobiz). The same steps as `assign`; the
    /// confirmation showed no owned entry, so only the routing (none) and the status are compared.
    public func routeBought(
        _ receipt: PurchaseReceipt, country: String, to target: RouteTarget, by session: ProfileSession,
        step: @escaping @Sendable (Step) async -> Void = { _ in }
    ) async -> AssignResult {
        let bought = OwnedNumber(
            provider: receipt.provider, e164: receipt.e164, country: country, status: receipt.status, monthlyFee: receipt.monthlyFee,
            accountID: receipt.accountID)
        return await assign(bought, to: target, by: session, known: [target], comparingTerms: false, step: step)
    }

    private func assign(
        _ confirmed: OwnedNumber, to target: RouteTarget?, by session: ProfileSession, known: [RouteTarget], comparingTerms: Bool,
        step: @escaping @Sendable (Step) async -> Void
    ) async -> AssignResult {
        let kind = session.provider.kind
        guard let routeKind = session.provider.features.assignableRoute else {
            return .ended(.failed(DialtoneError(.unsupported, provider: kind, detail: "\(kind.displayName) documents no way to change where a number routes")))
        }
        if let target, target.route.kind != routeKind {
            return .ended(.failed(DialtoneError(.validation, provider: kind, detail: "\(kind.displayName) routes numbers to a \(routeKind.noun), not an \(target.route.kind.noun)")))
        }
        let before = confirmed.attachment(of: routeKind)
        guard before != target?.route.id else {
            let already = target.map { "it already routes to \($0.name)" } ?? "it routes to no \(routeKind.noun) already"
            return .ended(.failed(DialtoneError(.validation, provider: kind, detail: "\(already); nothing was sent")))
        }
        let from = before.map { id in
            known.first { $0.route == NumberRoute(kind: routeKind, id: id) } ?? RouteTarget(route: NumberRoute(kind: routeKind, id: id), name: nil)
        }
        return await carryOut(Request(
            e164: confirmed.e164, charging: nil,
            earlierEnds: { earlier in
                guard case .assigned(let receipt) = earlier, receipt.route == target?.route else { return nil }
                return .assigned(receipt, reconciled: true)
            },
            unknown: { .unknown($0) }, refused: { .failed($0) },
            reread: { await Rereading.ownedEntry(of: confirmed, provider: session.provider) },
            change: { current in
                if current.status == .pendingRelease { return "the number is pending release" }
                let now = current.attachment(of: routeKind)
                if now != before {
                    return "its \(routeKind.noun) changed from \(before ?? "none") to \(now ?? "none") since the confirmation"
                }
                return comparingTerms ? Terms.change(from: confirmed, to: current) : nil
            },
            intent: { time in
                JournalEntry(
                    intentToAssign: confirmed, from: from, to: target, profile: session.name, accountID: session.provider.accountID,
                    endpoint: session.endpoint, time: time)
            },
            send: { await self.sendAssign($0, intent: $1, session: session, step: step) }
        ), session: session, step: step)
    }

    /// A release, or the cancellation of a pending one: the owned entry read again must be as
    /// confirmed (and, to cancel, still pending release).
    private func carryOutRelease(
        _ confirmed: OwnedNumber, cancelling: Bool, by session: ProfileSession, step: @escaping @Sendable (Step) async -> Void
    ) async -> ReleaseResult {
        await carryOut(Request(
            e164: confirmed.e164, charging: nil,
            earlierEnds: { earlier in
                switch earlier {
                case .released(let receipt) where !cancelling: .released(receipt, reconciled: true)
                case .restored(let receipt) where cancelling: .restored(receipt, reconciled: true)
                default: nil
                }
            },
            unknown: { .unknown($0) }, refused: { .failed($0) },
            reread: { await Rereading.ownedEntry(of: confirmed, provider: session.provider) },
            change: { current in
                if cancelling, current.status != .pendingRelease { return "the number is no longer pending release" }
                return Terms.change(from: confirmed, to: current)
            },
            intent: { time in
                let (profile, account, endpoint) = (session.name, session.provider.accountID, session.endpoint)
                return cancelling
                    ? JournalEntry(intentToCancelRelease: confirmed, profile: profile, accountID: account, endpoint: endpoint, time: time)
                    : JournalEntry(intentToRelease: confirmed, profile: profile, accountID: account, endpoint: endpoint, time: time)
            },
            send: { await self.sendRelease($0, intent: $1, session: session, step: step) }
        ), session: session, step: step)
    }

    /// What one kind of request brings to the shared steps.
    struct Request<Subject: Sendable & Equatable, Outcome: Sendable & Equatable> {
        var e164: String
        /// The confirmed listing whose charge the spend limits check; `nil` for a release.
        var charging: PhoneNumber?
        /// The outcome when settling an earlier intent already did what this one asks.
        var earlierEnds: (Earlier) -> Outcome?
        var unknown: (DialtoneError) -> Outcome
        var refused: (DialtoneError) -> Outcome
        var reread: () async -> Rereading.Found<Subject>
        /// What changed since the confirmation, or `nil`.
        var change: (Subject) -> String?
        var intent: (Date) -> JournalEntry
        /// The one request, with the journalled and locked intent.
        var send: (Subject, JournalEntry) async -> Outcome
    }

    /// The steps, in order, for every request: settle earlier intents of the identity, read
    /// again and compare, open the intent under the journal's lock, send once.
    private func carryOut<Subject, Outcome>(
        _ request: Request<Subject, Outcome>, session: ProfileSession, step: @Sendable (Step) async -> Void
    ) async -> Carried<Subject, Outcome> {
        let earlier = await settleEarlier(session.identity(of: request.e164), session: session, step: step)
        if case .unsettled(let error) = earlier { return .ended(request.unknown(error)) }
        if let outcome = request.earlierEnds(earlier) { return .ended(outcome) }
        await step(.checking)
        let current: Subject
        switch await request.reread() {
        case .gone(let error): return .ended(request.refused(error))
        case .current(let found): current = found
        }
        if let what = request.change(current) { return .changed(current, what: what) }
        let intent = request.intent(now())
        switch open(intent, session: session, charging: request.charging) {
        case .failure(let error):
            return .ended(request.refused(error))
        case .success(let lock):
            defer { lock.release() }
            await step(.sending)
            return .ended(await request.send(current, intent))
        }
    }

    /// Appends and fsyncs `intent` with its lock taken, once the journal as it stands under the
    /// exclusive lock admits it: no other open intent of its identity, and, for a purchase
    /// (`charging` the confirmed listing), the spend limits. Nothing is written otherwise.
    private func open(_ intent: JournalEntry, session: ProfileSession, charging number: PhoneNumber?) -> Result<IntentLock, DialtoneError> {
        let (kind, limits, now) = (session.provider.kind, session.spendLimits, now)
        do {
            return .success(try journal.openIntent(intent) { contents in
                try Self.admit(intent, in: contents, provider: kind)
                guard let number, let refusal = limits.refusal(
                    charge: number.chargedNow?.amount, currency: number.currency, in: contents, now: now(), matching: session.made) else { return }
                throw DialtoneError(.spendLimit, provider: kind, detail: refusal)
            })
        } catch {
            return .failure(.wrapping(error, provider: kind))
        }
    }

    /// Refuses, under the journal's lock, an intent while another of the same identity is still
    /// open: another terminal is buying or releasing that number for that account right now.
    static func admit(_ intent: JournalEntry, in contents: JournalContents, provider: ProviderKind) throws {
        guard contents.unresolvedIntents.contains(where: { $0.id != intent.id && $0.identity == intent.identity }) else { return }
        throw DialtoneError(
            .validation, provider: provider,
            detail: "another \(intent.kind.noun) of this number by this account is still open (another dialtone, or an unknown outcome); nothing was sent")
    }
}
