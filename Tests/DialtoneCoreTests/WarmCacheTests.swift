import DialtoneCore
import Foundation
import Testing

@Suite struct WarmCacheTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-cache-\(UUID().uuidString)")
    let key = WarmCache.Key(provider: .vobiz, endpoint: "https://api.vobiz.ai", accountID: "MA_ABCDEF1234", entry: "inventory")

    @Test func aSavedValueReadsBackWithItsTimeAndPrivateModes() throws {
        let cache = WarmCache(directory: directory)
        let savedAt = Date(timeIntervalSince1970: 1_750_000_000)
        cache.save(["+14155550100", "+14155550101"], for: key, savedAt: savedAt)
        let entry = try #require(cache.load([String].self, for: key))
        #expect(entry.value == ["+14155550100", "+14155550101"] && entry.savedAt == savedAt)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.count == 1, "written whole and renamed: no temporary file is left")
        #expect(!files[0].contains("MA_ABCDEF1234") && !files[0].contains("vobiz.ai"), "the name tells nothing of the account")
        #expect(try mode(directory.path) == 0o700)
        #expect(try mode(directory.appendingPathComponent(files[0]).path) == 0o600)
    }

    @Test func anotherAccountEndpointOrEntryReadsNothing() {
        let cache = WarmCache(directory: directory)
        cache.save([1, 2, 3], for: key)
        for other in [
            WarmCache.Key(provider: .vobiz, endpoint: key.endpoint, accountID: "MA_OTHER00001", entry: key.entry),
            WarmCache.Key(provider: .vobiz, endpoint: "http://127.0.0.1:9", accountID: key.accountID, entry: key.entry),
            WarmCache.Key(provider: .plivo, endpoint: key.endpoint, accountID: key.accountID, entry: key.entry),
            WarmCache.Key(provider: .vobiz, endpoint: key.endpoint, accountID: key.accountID, entry: "owned"),
        ] {
            #expect(cache.load([Int].self, for: other) == nil)
        }
    }

    @Test func aCorruptTornOrForeignFileReadsAsAbsent() throws {
        let cache = WarmCache(directory: directory)
        cache.save([1, 2, 3], for: key)
        let file = try #require(FileManager.default.contentsOfDirectory(atPath: directory.path).first)
        let path = directory.appendingPathComponent(file).path
        let whole = try #require(FileManager.default.contents(atPath: path))
        for broken in [Data(), whole.prefix(whole.count / 2), Data("{\"format\":99}".utf8), Data([0xFF, 0xFE, 0x00])] {
            try broken.write(to: URL(fileURLWithPath: path))
            #expect(cache.load([Int].self, for: key) == nil)
        }
        #expect(cache.load([String].self, for: key) == nil, "a value of another type")
    }

    @Test func anUnwritableFolderIsNotAnError() {
        let cache = WarmCache(directory: URL(fileURLWithPath: "/proc/dialtone-cannot-write-here"))
        cache.save([1], for: key)
        #expect(cache.load([Int].self, for: key) == nil)
    }

    private func mode(_ path: String) throws -> Int {
        try #require((FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue) & 0o777
    }
}
