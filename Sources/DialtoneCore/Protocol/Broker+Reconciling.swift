import Foundation

/// Learning how an unanswered request ended, from the owned list of the intent's own account
/// (DESIGN §3.6): listed → bought (or not released); absent from a list that proves absence →
/// not bought (or released). A list that failed, stopped early, skipped an entry, repeated a
/// number or changed its total proves nothing about an absence: the intent stays open and the
/// message says why.
extension Broker {
    /// What an owned list says about one number.
    enum Sighting {
        case listed(OwnedNumber)
        case absent
        case unknown(DialtoneError)
    }

    /// Reconciles one purchase intent with `provider` — the client of the intent's own
    /// identity — and appends its `reconciled_*` line. The caller holds the intent's lock.
    func reconcilePurchase(_ intent: JournalEntry, provider: any NumberProvider) async -> PurchaseOutcome {
        concludePurchase(intent, Self.sight(intent.e164, in: await Self.readOwned(provider), provider: provider.kind), provider: provider.kind)
    }

    /// Reconciles one routing change the same way: the number read again in the owned list.
    func reconcileAssign(_ intent: JournalEntry, provider: any NumberProvider) async -> AssignOutcome {
        concludeAssign(intent, Self.sight(intent.e164, in: await Self.readOwned(provider), provider: provider.kind), provider: provider.kind)
    }

    /// Reconciles one release intent (or cancelled release) the same way.
    func reconcileRelease(_ intent: JournalEntry, provider: any NumberProvider) async -> ReleaseOutcome {
        concludeRelease(intent, Self.sight(intent.e164, in: await Self.readOwned(provider), provider: provider.kind), provider: provider.kind)
    }

    /// Every open intent in the journal made by one of `sessions` (same provider, account and
    /// endpoint) whose lock no other process holds, settled with that session's client: one
    /// owned-list read per account, however many intents it has.
    public func settleUnresolved(sessions: [ProfileSession]) async -> SettlementReport {
        let contents: JournalContents
        do {
            contents = try journal.read()
        } catch {
            return SettlementReport(journalError: .wrapping(error))
        }
        var report = SettlementReport(journalWarning: contents.warning(path: journal.path))
        let open = contents.unresolvedIntents
        var byAccount: [Int: [JournalEntry]] = [:]
        var settled: [UUID: Settlement] = [:]
        for intent in open {
            if let index = sessions.firstIndex(where: { $0.made(intent) }) {
                byAccount[index, default: []].append(intent)
            } else {
                settled[intent.id] = .noProfile
            }
        }
        for (index, intents) in byAccount.sorted(by: { $0.key < $1.key }) {
            for result in await settle(intents, session: sessions[index]) { settled[result.intent.id] = result.settlement }
        }
        report.settled = open.compactMap { intent in settled[intent.id].map { SettledIntent(intent: intent, settlement: $0) } }
        return report
    }

    /// The open intents of `identity`, settled with `session` (whose identity it is).
    public func settleOpenIntents(of identity: IntentIdentity, session: ProfileSession) async -> [SettledIntent] {
        guard let open = openIntents(of: identity), !open.isEmpty else { return [] }
        return await settle(open, session: session)
    }

    /// Whether the journal holds an open intent of `identity` (or cannot be read).
    public func hasOpenIntent(_ identity: IntentIdentity) -> Bool {
        openIntents(of: identity).map { !$0.isEmpty } ?? true
    }

    /// The journal's open intents of `identity`; `nil` when the journal cannot be read.
    private func openIntents(of identity: IntentIdentity) -> [JournalEntry]? {
        (try? journal.read())?.unresolvedIntents.filter { $0.identity == identity }
    }

    /// Before a new request: the identity's open intents are settled. What that found decides
    /// whether the request may go ahead.
    enum Earlier {
        case clear
        /// An earlier purchase of the number by the account went through.
        case bought(PurchaseReceipt)
        /// An earlier release of the number by the account went through.
        case released(ReleaseReceipt)
        /// An earlier cancelled release of the number by the account went through.
        case restored(ReleaseReceipt)
        /// An earlier routing change of the number by the account went through.
        case assigned(AssignReceipt)
        /// An earlier intent is still open: nothing may be sent.
        case unsettled(DialtoneError)
    }

    func settleEarlier(_ identity: IntentIdentity, session: ProfileSession, step: @Sendable (Step) async -> Void) async -> Earlier {
        // An unreadable journal settles nothing here; the intent's append fails on it next.
        guard let open = openIntents(of: identity), !open.isEmpty else { return .clear }
        await step(.settlingEarlier)
        var found = Earlier.clear
        for result in await settle(open, session: session) {
            let unsettled = "an earlier \(result.intent.kind.noun) of this number by this account is still unsettled"
            switch result.settlement {
            case .purchase(.bought(let receipt, _)): found = .bought(receipt)
            case .release(.released(let receipt, _)): found = .released(receipt)
            case .release(.restored(let receipt, _)): found = .restored(receipt)
            case .assign(.assigned(let receipt, _)): found = .assigned(receipt)
            case .purchase(.unknown(let error)), .release(.unknown(let error)), .assign(.unknown(let error)), .failed(let error):
                return .unsettled(DialtoneError(
                    .outcomeUnknown, provider: identity.provider, detail: "\(unsettled) (\(error.description)); nothing was sent"))
            case .inFlightElsewhere, .noProfile:
                return .unsettled(DialtoneError(
                    .outcomeUnknown, provider: identity.provider, detail: "\(unsettled): another dialtone is sending it; nothing was sent"))
            case .purchase, .release, .assign, .alreadySettled: continue
            }
        }
        return found
    }

    /// Locks each of `intents` (all `session`'s), reads the account's owned list once, and
    /// settles every intent it locked.
    private func settle(_ intents: [JournalEntry], session: ProfileSession) async -> [SettledIntent] {
        var results: [SettledIntent] = []
        var locked: [(JournalEntry, IntentLock)] = []
        for intent in intents {
            do {
                guard let lock = try journal.tryLockIntent(intent.id) else {
                    results.append(SettledIntent(intent: intent, settlement: .inFlightElsewhere))
                    continue
                }
                // Its sender may have written the outcome between the read and the lock.
                if (try? journal.read().isResolved(intent.id)) == true {
                    lock.release()
                    results.append(SettledIntent(intent: intent, settlement: .alreadySettled))
                    continue
                }
                locked.append((intent, lock))
            } catch {
                results.append(SettledIntent(intent: intent, settlement: .failed(.wrapping(error))))
            }
        }
        guard !locked.isEmpty else { return results }
        let kind = session.provider.kind
        let owned = await Self.readOwned(session.provider)
        for (intent, lock) in locked {
            let sighting = Self.sight(intent.e164, in: owned, provider: kind)
            let settlement: Settlement = switch intent.kind {
            case .purchase: .purchase(concludePurchase(intent, sighting, provider: kind))
            case .release, .cancelRelease: .release(concludeRelease(intent, sighting, provider: kind))
            case .assign: .assign(concludeAssign(intent, sighting, provider: kind))
            }
            lock.release()
            results.append(SettledIntent(intent: intent, settlement: settlement))
        }
        return results
    }

    static func readOwned(_ provider: any NumberProvider) async -> Result<OwnedList, DialtoneError> {
        do {
            return .success(try await provider.ownedNumberList(.all))
        } catch {
            return .failure(.wrapping(error, provider: provider.kind))
        }
    }

    static func sight(_ e164: String, in owned: Result<OwnedList, DialtoneError>, provider: ProviderKind) -> Sighting {
        switch owned {
        case .failure(let error):
            return .unknown(error)
        case .success(let list):
            if let match = list.numbers.first(where: { $0.e164 == e164 }) { return .listed(match) }
            if let why = list.whyNotProofOfAbsence { return .unknown(DialtoneError(.outcomeUnknown, provider: provider, detail: why)) }
            return .absent
        }
    }

    /// The purchase's `reconciled_*` line; a failed write leaves it open for the next start.
    private func concludePurchase(_ intent: JournalEntry, _ sighting: Sighting, provider: ProviderKind) -> PurchaseOutcome {
        switch sighting {
        case .listed(let match):
            try? journal.append(intent.followed(by: .reconciledBought, at: now(), message: "found in the owned list"))
            let receipt = PurchaseReceipt(
                provider: provider, e164: match.e164, status: match.status, message: "found in the owned list",
                accountID: match.accountID, monthlyFee: match.monthlyFee)
            return .bought(receipt, reconciled: true)
        case .absent:
            try? journal.append(intent.followed(by: .reconciledNotBought, at: now(), message: "not in the complete owned list"))
            return .notBought
        case .unknown(let error):
            return .unknown(error)
        }
    }

    /// The release's (or cancelled release's) `reconciled_*` line; a failed write leaves it open
    /// for the next start.
    private func concludeRelease(_ intent: JournalEntry, _ sighting: Sighting, provider: ProviderKind) -> ReleaseOutcome {
        if intent.kind == .cancelRelease { return concludeCancelledRelease(intent, sighting, provider: provider) }
        switch sighting {
        case .listed(let match) where match.status == .pendingRelease:
            // Released into the provider's cooldown: it leaves the account when that ends.
            try? journal.append(intent.followed(by: .reconciledReleased, at: now(), message: "pending release in the owned list"))
            return .released(ReleaseReceipt(provider: provider, e164: intent.e164, message: "pending release in the owned list"), reconciled: true)
        case .listed:
            try? journal.append(intent.followed(by: .reconciledNotReleased, at: now(), message: "still in the owned list"))
            return .notReleased
        case .absent:
            try? journal.append(intent.followed(by: .reconciledReleased, at: now(), message: "no longer in the complete owned list"))
            return .released(ReleaseReceipt(provider: provider, e164: intent.e164, message: "no longer in the owned list"), reconciled: true)
        case .unknown(let error):
            return .unknown(error)
        }
    }

    /// A cancelled release with no answer: listed and no longer pending → restored; listed
    /// pending, or absent from a list that proves it (the cooldown ended) → not restored.
    private func concludeCancelledRelease(_ intent: JournalEntry, _ sighting: Sighting, provider: ProviderKind) -> ReleaseOutcome {
        switch sighting {
        case .listed(let match) where match.status != .pendingRelease:
            try? journal.append(intent.followed(by: .reconciledRestored, at: now(), message: "\(match.status.label) in the owned list"))
            return .restored(ReleaseReceipt(provider: provider, e164: intent.e164, message: "\(match.status.label) in the owned list"), reconciled: true)
        case .listed:
            try? journal.append(intent.followed(by: .reconciledNotRestored, at: now(), message: "still pending release in the owned list"))
            return .notRestored
        case .absent:
            try? journal.append(intent.followed(by: .reconciledNotRestored, at: now(), message: "no longer in the complete owned list"))
            return .notRestored
        case .unknown(let error):
            return .unknown(error)
        }
    }

    /// A routing change with no answer: listed with the attachment asked → assigned; listed
    /// otherwise, or absent from a list that proves it → not assigned.
    private func concludeAssign(_ intent: JournalEntry, _ sighting: Sighting, provider: ProviderKind) -> AssignOutcome {
        switch sighting {
        case .listed(let match):
            let kind = intent.routeKind ?? .trunk
            let attached = match.attachment(of: kind)
            let routing = attached.map { "the number routes to \(kind.noun) \($0)" } ?? "the number routes to no \(kind.noun)"
            guard attached == intent.routeTo?.route.id else {
                try? journal.append(intent.followed(by: .reconciledNotAssigned, at: now(), message: "\(routing) in the owned list"))
                return .notAssigned(where: routing)
            }
            let message = "\(routing) in the owned list"
            try? journal.append(intent.followed(by: .reconciledAssigned, at: now(), message: message))
            return .assigned(AssignReceipt(provider: provider, e164: intent.e164, route: intent.routeTo?.route, message: message), reconciled: true)
        case .absent:
            try? journal.append(intent.followed(by: .reconciledNotAssigned, at: now(), message: "no longer in the complete owned list"))
            return .notAssigned(where: "the number is no longer the account's")
        case .unknown(let error):
            return .unknown(error)
        }
    }
}
