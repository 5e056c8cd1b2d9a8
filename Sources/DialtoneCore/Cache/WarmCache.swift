import Foundation

/// Answers kept on disk between runs so that a start draws at once: the last inventory page
/// and the owned list of each profile. Only ever shown, marked with their age: a purchase
/// re-reads the listing and reconciliation asks the provider, never this cache.
///
/// Files live in `$XDG_CACHE_HOME/dialtone` (else `~/.cache/dialtone`); the folder is 0700 and
/// every file 0600, written whole to a temporary file and renamed. A file that is missing,
/// unreadable, of another format or of another key is treated as absent.
public struct WarmCache: Sendable {
    /// Whose answer an entry holds and which one: provider, endpoint and account, plus a name
    /// such as `inventory` or `owned`.
    public struct Key: Sendable, Hashable, Codable {
        public var provider: ProviderKind
        public var endpoint: String
        public var accountID: String
        public var entry: String

        public init(provider: ProviderKind, endpoint: String, accountID: String, entry: String) {
            self.provider = provider
            self.endpoint = endpoint
            self.accountID = accountID
            self.entry = entry
        }

        /// A file name that names nothing of the key (FNV-1a of its fields).
        var fileName: String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in "\(provider.rawValue)\u{0}\(endpoint)\u{0}\(accountID)\u{0}\(entry)".utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return "\(entry.filter { $0.isLetter })-\(String(hash, radix: 16)).json"
        }
    }

    /// A value read back, with when it was saved.
    public struct Entry<Value: Sendable>: Sendable {
        public var value: Value
        public var savedAt: Date

        public init(value: Value, savedAt: Date) {
            self.value = value
            self.savedAt = savedAt
        }
    }

    /// The folder the files live in.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The cache of the user running Dialtone.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> WarmCache {
        WarmCache(directory: XDGDirectories.cache(environment).appendingPathComponent("dialtone"))
    }

    /// The value saved under `key`, or `nil` when there is none that can be read.
    public func load<Value: Codable & Sendable>(_ type: Value.Type, for key: Key) -> Entry<Value>? {
        guard let data = FileManager.default.contents(atPath: url(for: key).path),
              let envelope = try? Self.decoder.decode(Envelope<Value>.self, from: data),
              envelope.format == Envelope<Value>.currentFormat, envelope.key == key else { return nil }
        return Entry(value: envelope.value, savedAt: envelope.savedAt)
    }

    /// Saves `value` under `key`. Failing to write a cache is never an error the user must see:
    /// the next start is only slower.
    public func save<Value: Codable & Sendable>(_ value: Value, for key: Key, savedAt: Date = Date()) {
        let envelope = Envelope(format: Envelope<Value>.currentFormat, key: key, savedAt: savedAt, value: value)
        guard let data = try? Self.encoder.encode(envelope) else { return }
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let target = url(for: key)
            let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)")
            guard manager.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else { return }
            if rename(temporary.path, target.path) != 0 { try? manager.removeItem(at: temporary) }
        } catch {
            return
        }
    }

    private func url(for key: Key) -> URL { directory.appendingPathComponent(key.fileName) }

    private struct Envelope<Value: Codable>: Codable {
        static var currentFormat: Int { 1 }
        var format: Int
        var key: Key
        var savedAt: Date
        var value: Value
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        // The numbers of a saved owned list share their equal details, as when they were listed.
        decoder.userInfo[OwnedDetails.poolKey] = OwnedDetails.Pool()
        return decoder
    }
}
