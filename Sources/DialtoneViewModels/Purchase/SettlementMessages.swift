import DialtoneCore

/// The messages settling the journal at start posts: one per open intent, and one for
/// unreadable journal lines.
enum SettlementMessages {
    static func drafts(for report: SettlementReport) -> [AppMessageDraft] {
        if let error = report.journalError { return [AppMessageDraft(level: .error, text: error.description)] }
        var drafts = report.journalWarning.map { [AppMessageDraft(level: .error, text: $0)] } ?? []
        drafts += report.settled.compactMap(draft)
        return drafts
    }

    /// `nil` when there is nothing to say (another run settled it meanwhile).
    private static func draft(_ result: SettledIntent) -> AppMessageDraft? {
        let intent = result.intent
        let what = "earlier \(intent.kind.noun) of \(NumberFormatting.readable(intent.e164)) (\(intent.profile))"
        switch result.settlement {
        case .alreadySettled:
            return nil
        case .noProfile:
            return AppMessageDraft(
                level: .error,
                text: "\(what): outcome unknown; no configured profile has its account and endpoint "
                    + "(\(intent.provider.displayName) \(Redactor.maskIdentifier(intent.accountID)) at \(intent.endpoint ?? "an unrecorded endpoint"))")
        case .inFlightElsewhere:
            return AppMessageDraft(level: .info, text: "\(what): in flight in another dialtone; left to it")
        case .failed(let error):
            return AppMessageDraft(level: .error, text: "\(what): \(error.description)")
        case .purchase(let outcome):
            return AppMessageDraft(level: outcome.isUnknown ? .error : .info, text: "\(what): \(outcome.summary)")
        case .release(let outcome):
            let action: ReleaseAction = intent.kind == .cancelRelease ? .cancelRelease : .release
            return AppMessageDraft(level: outcome.isUnknown ? .error : .info, text: "\(what): \(outcome.summary(of: action))")
        case .assign(let outcome):
            return AppMessageDraft(level: outcome.isUnknown ? .error : .info, text: "\(what): \(outcome.summary(of: intent.e164, to: intent.routeTo))")
        }
    }
}

/// A message produced away from the app model, stamped when the app model posts it.
public struct AppMessageDraft: Sendable, Hashable {
    public var level: AppMessage.Level
    public var text: String
}
