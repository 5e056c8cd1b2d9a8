extension DialtoneError {
    /// Any error from a provider call as a `DialtoneError`; providers throw only that, but
    /// cancellation and foreign errors still need a place in the taxonomy.
    public static func wrapping(_ error: any Error, provider: ProviderKind? = nil) -> DialtoneError {
        switch error {
        case let error as DialtoneError: error
        case is CancellationError: DialtoneError(.cancelled, provider: provider)
        default: DialtoneError(.transport, provider: provider, detail: String(describing: error))
        }
    }

    /// Whether this error from a purchase or release certainly changed nothing: a refusal
    /// decided by status or documented code (a 4xx; Vobiz's `INSUFFICIENT_BALANCE` 500), a
    /// request that never left this machine, or a step that sent nothing. Every other error —
    /// a 5xx, a timeout, a reset, an unreadable answer — may hide a sale.
    public var isDefiniteRefusal: Bool {
        switch kind {
        case .unauthorized, .forbidden, .needsMainAccount, .notFound, .rateLimited, .validation,
             .insufficientBalance, .refused, .transport, .configuration, .unsupported, .spendLimit:
            true
        case .server, .timeout, .decoding, .outcomeUnknown, .cancelled, .redirected:
            false
        }
    }
}
