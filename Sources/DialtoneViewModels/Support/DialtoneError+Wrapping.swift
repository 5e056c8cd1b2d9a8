import DialtoneCore

extension DialtoneError {
    /// Any error from a provider call as a `DialtoneError`; providers throw only that, but
    /// cancellation and foreign errors still need a place in the taxonomy.
    static func wrapping(_ error: any Error, provider: ProviderKind? = nil) -> DialtoneError {
        switch error {
        case let error as DialtoneError: error
        case is CancellationError: DialtoneError(.cancelled, provider: provider)
        default: DialtoneError(.transport, provider: provider, detail: String(describing: error))
        }
    }
}
