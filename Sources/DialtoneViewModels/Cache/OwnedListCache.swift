import DialtoneCore
import Foundation

/// Each profile's last complete owned list on disk, shown at start (marked with its age) until
/// the fresh listings are in. Only for showing: reconciliation and releases ask the provider.
public struct OwnedListCache: Sendable {
    let cache: WarmCache

    public init(cache: WarmCache) {
        self.cache = cache
    }

    /// The saved lists of `sessions`, by position, read and decoded off the main actor.
    func load(for sessions: [ProfileSession]) async -> [Int: WarmCache.Entry<[OwnedNumber]>] {
        let (cache, keys) = (cache, sessions.map(Self.key))
        return await Task.detached(priority: .userInitiated) {
            var found: [Int: WarmCache.Entry<[OwnedNumber]>] = [:]
            for (position, key) in keys.enumerated() {
                if let entry = cache.load([OwnedNumber].self, for: key) { found[position] = entry }
            }
            return found
        }.value
    }

    /// Saves `numbers`, the complete list of `session`, off the main actor; the task ends once it is written.
    @discardableResult
    func save(_ numbers: [OwnedNumber], for session: ProfileSession, savedAt: Date) -> Task<Void, Never> {
        let (cache, key) = (cache, Self.key(session))
        return Task.detached(priority: .utility) { cache.save(numbers, for: key, savedAt: savedAt) }
    }

    static func key(_ session: ProfileSession) -> WarmCache.Key {
        WarmCache.Key(provider: session.provider.kind, endpoint: session.endpoint, accountID: session.provider.accountID, entry: "owned")
    }
}
